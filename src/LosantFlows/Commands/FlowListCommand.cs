using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using LosantFlows.Conversion;
using LosantFlows.Engine;

namespace LosantFlows.Commands
{
    /// <summary>
    /// The listing parameters that <c>Get-LosantFlow</c> and <c>Get-LosantFlowVersion</c> share (Losant actions
    /// flows.get and flows.getByVersion, https://docs.losant.com/rest-api/flows), and the paging loop: without
    /// <c>-Page</c> every page is fetched in turn, each item written as its page arrives, and no page is requested
    /// once the pipeline wants no more.
    /// </summary>
    public abstract class FlowListCommand : LosantCmdlet
    {
        /// <summary>The application's id (24 hexadecimal characters).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateLosantId]
        public string ApplicationId { get; set; } = "";

        /// <summary>Field to sort by: name (default), id, creationDate or lastUpdated.</summary>
        [Parameter]
        [ValidateSet("name", "id", "creationDate", "lastUpdated")]
        public string? SortField { get; set; }

        /// <summary>Sort direction: asc (default) or desc.</summary>
        [Parameter]
        [ValidateSet("asc", "desc")]
        public string? SortDirection { get; set; }

        /// <summary>The one 0-based page to return; without it every page is returned.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? Page { get; set; }

        /// <summary>Items per request (API default 100).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? PerPage { get; set; }

        /// <summary>The field <c>-Filter</c> applies to; only <c>name</c>, which is also the default.</summary>
        [Parameter]
        [ValidateSet("name")]
        public string? FilterField { get; set; }

        /// <summary>A name filter; <c>*</c> matches any characters (for example <c>ops*</c>).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.FlowNameCompleter))]
        public string? Filter { get; set; }

        /// <summary>Workflow class: cloud (the API's default), edge, embedded, customNode or experience.</summary>
        [Parameter]
        [ValidateSet("cloud", "edge", "embedded", "customNode", "experience")]
        public string? FlowClass { get; set; }

        /// <summary>Trigger filters: hashtables or objects with <c>type</c> and/or <c>key</c>.</summary>
        [Parameter]
        public object[]? TriggerFilter { get; set; }

        /// <summary>Also return the custom nodes the workflows use (<c>customNodes</c>, <c>customNodeVersions</c>).</summary>
        [Parameter]
        public SwitchParameter IncludeCustomNodes { get; set; }

        /// <summary>
        /// An advanced query (hashtable, PSCustomObject or JSON text); it overrides -Filter, -TriggerFilter and -FlowClass.
        /// </summary>
        [Parameter]
        public object? Query { get; set; }

        /// <summary>Domain scope of the request, sent as the <c>losantdomain</c> header (rarely needed).</summary>
        [Parameter]
        [ValidateHeaderText]
        public string? LosantDomain { get; set; }

        /// <summary>
        /// The engine call that fetches one page for <paramref name="query"/> (its parameters are read when the call
        /// starts), or null when a page takes more than one call (then <see cref="TryFetch"/> is overridden and pages
        /// are not fetched ahead).
        /// </summary>
        internal virtual Func<IRequestObserver, CancellationToken, Task<FlowPage>>? PageRequest(FlowListQuery query) => null;

        /// <summary>Fetches one page for <paramref name="query"/>; a failure is written as an error and gives false.</summary>
        internal virtual bool TryFetch(FlowListQuery query, out FlowPage page) =>
            TryCall(PageRequest(query) ?? throw new InvalidOperationException("A listing cmdlet must give PageRequest or override TryFetch."), ApplicationId, out page);

        /// <summary>Adds the parameters of the derived cmdlet to the query, once per input.</summary>
        internal virtual void AddOwnParameters(FlowListQuery query)
        {
        }

        /// <summary>The shared listing parameters, checked and converted.</summary>
        internal FlowListQuery BuildQuery()
        {
            var query = new FlowListQuery
            {
                SortField = SortField,
                SortDirection = SortDirection,
                PerPage = PerPage,
                FilterField = FilterField ?? (Filter != null ? "name" : null),
                Filter = Filter,
                FlowClass = FlowClass,
                IncludeCustomNodes = IncludeCustomNodes.IsPresent ? true : (bool?)null,
                LosantDomain = LosantDomain,
            };
            try
            {
                query.TriggerFilter = TriggerFilter == null ? null : QueryParameters.ToTriggerFilter(TriggerFilter);
                query.Query = Query == null ? null : QueryParameters.ToQueryJson(Query);
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, "Losant.InvalidParameter", ErrorCategory.InvalidArgument, e.ParamName));
            }

            AddOwnParameters(query);
            return query;
        }

        /// <summary>Writes the items of the requested page, or of every page in turn.</summary>
        protected override void ProcessRecord()
        {
            var paging = PagingParameters;
            foreach (var item in Items(BuildQuery(), paging?.Skip ?? 0, paging?.First ?? ulong.MaxValue))
            {
                WriteItem(item);
            }
        }

        /// <summary>
        /// Writes each page's JSON text exactly as the API sent it (<c>-AsJson</c>): the one page of <c>-Page</c>, or
        /// every page in turn; <c>-Skip</c> and <c>-First</c> choose the pages that hold those items.
        /// </summary>
        internal void WritePagesAsJson()
        {
            var query = BuildQuery();
            var perPage = (ulong)(PerPage ?? 100);
            var skip = Page.HasValue ? 0 : PagingParameters?.Skip ?? 0;
            var first = Page.HasValue ? ulong.MaxValue : PagingParameters?.First ?? ulong.MaxValue;
            query.Page = Page ?? (int)Math.Min(skip / perPage, int.MaxValue);
            var end = first == ulong.MaxValue || skip > ulong.MaxValue - first ? ulong.MaxValue : skip + first;
            while (first > 0 && TryFetch(query, out var page))
            {
                WriteObject(page.Json);
                if (Page.HasValue || IsLastPage(page, query.Page.Value) || (ulong)(query.Page.Value + 1) * perPage >= end)
                {
                    return;
                }

                query.Page++;
            }
        }

        /// <summary>Writes one listed item; derived cmdlets that do more with each item override it.</summary>
        internal virtual void WriteItem(PSObject item)
        {
            ItemsWritten++;
            WriteObject(item);
        }

        /// <summary>How many listed items this invocation has written.</summary>
        internal long ItemsWritten { get; private set; }

        /// <summary>
        /// The listed items: the one page of <c>-Page</c> (<paramref name="skip"/> and <paramref name="first"/> counted within
        /// it), or every page in turn from the one holding item <paramref name="skip"/>, fetched only as the caller asks for
        /// more, at most <paramref name="first"/> items.
        /// A failed page ends the listing after its error is written.
        /// </summary>
        internal IEnumerable<PSObject> Items(FlowListQuery query, ulong skip, ulong first)
        {
            if (Page.HasValue)
            {
                query.Page = Page;
                if (TryFetch(query, out var single))
                {
                    WriteTotalCount(single);
                    foreach (var entry in Take(InPageOrder(single), ref skip, ref first))
                    {
                        if (entry is PSObject item) yield return item;
                        else WriteUnreadable((UnreadableItem)entry);
                    }
                }

                yield break;
            }

            var progress = new ProgressReporter(this, $"Listing the workflows of application {ApplicationId}");
            try
            {
                foreach (var item in AllPages(query, skip, first, progress))
                {
                    yield return item;
                }
            }
            finally
            {
                progress.Complete();
            }
        }

        /// <summary>
        /// Every page in turn. Once the pipeline has taken half of a page, the next one is requested while it takes the
        /// rest (one page ahead at most; cancelled if the pipeline stops), so that a listing consumed to the end overlaps
        /// download and processing, while <c>Select-Object -First</c> with less than half a page sends one request.
        /// </summary>
        private IEnumerable<PSObject> AllPages(FlowListQuery query, ulong skip, ulong first, ProgressReporter progress)
        {
            var perPage = PerPage ?? 100;
            var toSkip = skip % (ulong)perPage;
            var toWrite = first;
            var listed = 0L;
            query.Page = (int)Math.Min(skip / (ulong)perPage, int.MaxValue);
            var firstPage = query.Page.Value;
            var ahead = StartPage(query);
            try
            {
                while (toWrite > 0 && FinishPage(ahead, query, firstPage, listed, out var page))
                {
                    ahead?.Dispose();
                    ahead = null;
                    if (listed == 0)
                    {
                        WriteTotalCount(page);
                    }

                    var entries = InPageOrder(page);
                    listed += entries.Count;
                    progress.Report($"Page {query.Page.Value + 1}: {listed} of {page.TotalCount} workflows", listed, page.TotalCount);
                    var wanted = Math.Min(toWrite, (ulong)entries.Count - Math.Min(toSkip, (ulong)entries.Count));
                    var morePages = !IsLastPage(page, query.Page.Value) && wanted < toWrite;
                    var items = Take(entries, ref toSkip, ref toWrite);
                    page = null!;
                    entries = null!;
                    var advanced = false;
                    for (var i = 0; i < items.Count; i++)
                    {
                        // Only the items not yet written stay referenced, so that the pipeline's consumed objects can be
                        // collected while the next page is fetched and parsed.
                        var entry = items[i];
                        items[i] = null!;
                        if (entry is PSObject item) yield return item;
                        else WriteUnreadable((UnreadableItem)entry);
                        if (morePages && i == items.Count / 2)
                        {
                            query.Page++;
                            advanced = true;
                            ahead = StartPage(query);
                        }
                    }

                    if (!morePages)
                    {
                        yield break;
                    }

                    if (!advanced)
                    {
                        query.Page++;
                    }
                }
            }
            finally
            {
                ahead?.Dispose();
            }
        }

        /// <summary>
        /// The page's items in the server's order: each a PSObject, or an <see cref="UnreadableItem"/> in its place, so that
        /// <c>-Skip</c> and <c>-First</c> count the same positions whatever the page size.
        /// </summary>
        private static List<object> InPageOrder(FlowPage page)
        {
            var entries = new List<object>(page.Items.Count + page.Unreadable.Count);
            var readable = 0;
            foreach (var unreadable in page.Unreadable)
            {
                while (entries.Count < unreadable.Position && readable < page.Items.Count) entries.Add(page.Items[readable++]);
                entries.Add(unreadable);
            }

            while (readable < page.Items.Count) entries.Add(page.Items[readable++]);
            return entries;
        }

        /// <summary>The items of a page after skipping and up to the number still wanted; updates both counters.</summary>
        private static List<object> Take(IReadOnlyList<object> items, ref ulong toSkip, ref ulong toWrite)
        {
            var taken = new List<object>();
            foreach (var item in items)
            {
                if (toSkip > 0)
                {
                    toSkip--;
                }
                else if (toWrite > 0)
                {
                    toWrite--;
                    taken.Add(item);
                }
            }

            return taken;
        }

        /// <summary>Starts fetching the page of <paramref name="query"/> now, when this cmdlet can (see <see cref="PageRequest"/>).</summary>
        private PendingCall<FlowPage>? StartPage(FlowListQuery query)
        {
            var request = PageRequest(query);
            return request == null ? null : Start(request);
        }

        private bool FinishPage(PendingCall<FlowPage>? started, FlowListQuery query, int firstPage, long listed, out FlowPage page)
        {
            FailureContext = query.Page > firstPage
                ? $"The listing stopped at page {query.Page + 1}; {listed} item(s) of the earlier pages were already written."
                : null;
            try
            {
                return started != null ? TryFinish(started, ApplicationId, out page) : TryFetch(query, out page);
            }
            finally
            {
                FailureContext = null;
            }
        }

        /// <summary>True when no page follows <paramref name="page"/>, the page numbered <paramref name="number"/>.</summary>
        private bool IsLastPage(FlowPage page, int number) =>
            (page.Items.Count == 0 && page.Unreadable.Count == 0) || (number + 1L) * (PerPage ?? 100) >= page.TotalCount;

        /// <summary>A non-terminating error for an item that cannot become an object, in its place; the listing goes on.</summary>
        private void WriteUnreadable(UnreadableItem item) =>
            WriteError(new ErrorRecord(new InvalidDataException(item.Message), "Losant.UnreadableItem", ErrorCategory.InvalidData, item.Id ?? ApplicationId));

        private void WriteTotalCount(FlowPage page)
        {
            if (PagingParameters != null && PagingParameters.IncludeTotalCount)
            {
                WriteObject(PagingParameters.NewTotalCount((ulong)Math.Max(0, page.TotalCount), 1.0));
            }
        }
    }
}
