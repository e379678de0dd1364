using System.Collections.Generic;
using System.Management.Automation;
using System.Text;

namespace LosantFlows.Engine
{
    /// <summary>One page of a collection answer (schemas <c>flows.json</c> Workflows, <c>flowVersions.json</c> Workflow Versions).</summary>
    public sealed class FlowPage
    {
        private readonly byte[] _body;

        internal FlowPage(IReadOnlyList<PSObject> items, long count, long totalCount, long page, long perPage, byte[] body,
            IReadOnlyList<string>? unreadable = null)
        {
            _body = body;
            Unreadable = unreadable ?? System.Array.Empty<string>();
            Items = items;
            Count = count;
            TotalCount = totalCount;
            Page = page;
            PerPage = perPage;
        }

        /// <summary>The page's items in server order, with PSTypeName <c>Losant.Flow</c> or <c>Losant.FlowVersion</c>.</summary>
        public IReadOnlyList<PSObject> Items { get; }

        /// <summary>
        /// One message per item that cannot become a PowerShell object (keys that differ only in case, an empty or reserved
        /// key), naming the workflow, e.g. <c>The workflow 'ops' (5f…), item 3 of the page, in the answer to flows.get cannot be
        /// read: The JSON object has the keys 'message' and 'Message', …</c>. Such items are not in <see cref="Items"/>.
        /// </summary>
        public IReadOnlyList<string> Unreadable { get; }

        /// <summary>Envelope <c>count</c>: items on this page (<see cref="Items"/>.Count when the envelope has none).</summary>
        public long Count { get; }

        /// <summary>Envelope <c>totalCount</c>: items matching the query on all pages (<see cref="Count"/> when absent).</summary>
        public long TotalCount { get; }

        /// <summary>Envelope <c>page</c>: 0-based page number (0 when absent).</summary>
        public long Page { get; }

        /// <summary>Envelope <c>perPage</c>: page size the server applied (0 when absent).</summary>
        public long PerPage { get; }

        /// <summary>The page exactly as the API sent it: the whole envelope as JSON text.</summary>
        public string Json => Encoding.UTF8.GetString(_body);
    }
}
