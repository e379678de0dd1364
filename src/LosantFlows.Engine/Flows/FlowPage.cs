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
            IReadOnlyList<UnreadableItem>? unreadable = null)
        {
            _body = body;
            Unreadable = unreadable ?? System.Array.Empty<UnreadableItem>();
            Items = items;
            Count = count;
            TotalCount = totalCount;
            Page = page;
            PerPage = perPage;
        }

        /// <summary>The page's items in server order, with PSTypeName <c>Losant.Flow</c> or <c>Losant.FlowVersion</c>.</summary>
        public IReadOnlyList<PSObject> Items { get; }

        /// <summary>
        /// The items that cannot become PowerShell objects (keys that differ only in case, an empty or reserved key), in page
        /// order, each with its place on the page and a message naming it. They are not in <see cref="Items"/>.
        /// </summary>
        public IReadOnlyList<UnreadableItem> Unreadable { get; }

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
