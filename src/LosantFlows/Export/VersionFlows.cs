using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using LosantFlows.Conversion;
using LosantFlows.Engine;

namespace LosantFlows.Export
{
    /// <summary>
    /// The workflows behind the versions that <c>Export-LosantFlow -Version</c> lists. Losant's Workflow Version objects
    /// (<c>flowVersion.json</c>) carry no name, description or icon, which an export needs; they are fetched once per
    /// page of versions with flows.get and the advanced query <c>{"id": {"$in": [ids]}}</c> (at most 100 ids a request).
    /// </summary>
    internal sealed class VersionFlows
    {
        /// <summary>The most ids one <c>$in</c> condition takes (advancedFlowQuery.json).</summary>
        public const int MaxIdsPerQuery = 100;

        private readonly Dictionary<string, PSObject> _flows = new Dictionary<string, PSObject>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The workflow ids of <paramref name="versions"/> not fetched yet, each once, in groups of at most 100.</summary>
        /// <param name="versions">A page of versions.</param>
        /// <returns>The groups of ids to ask for.</returns>
        public IEnumerable<IReadOnlyList<string>> Missing(IEnumerable<PSObject> versions)
        {
            var ids = versions.Select(FlowIdOf).Where(id => id != null && !_flows.ContainsKey(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            for (var start = 0; start < ids.Count; start += MaxIdsPerQuery)
            {
                yield return ids.Skip(start).Take(MaxIdsPerQuery).ToList()!;
            }
        }

        /// <summary>The listing that fetches the workflows with the given ids.</summary>
        /// <param name="ids">At most 100 workflow ids.</param>
        /// <param name="losantDomain">The <c>losantdomain</c> header of the listing, or null.</param>
        /// <returns>The query: the ids in one page.</returns>
        public static FlowListQuery QueryFor(IReadOnlyList<string> ids, string? losantDomain) => new FlowListQuery
        {
            Query = PSJson.SerializeToString(new Dictionary<string, object> { ["id"] = new Dictionary<string, object> { ["$in"] = ids } }),
            Page = 0,
            PerPage = ids.Count,
            LosantDomain = losantDomain,
        };

        /// <summary>Remembers fetched workflows by id.</summary>
        /// <param name="flows">Workflows from flows.get.</param>
        public void Add(IEnumerable<PSObject> flows)
        {
            foreach (var flow in flows)
            {
                if (PropertyBag.Get(flow, "id") is string id)
                {
                    _flows[id] = flow;
                }
            }
        }

        /// <summary>The workflow of a version, or null when it was not found.</summary>
        /// <param name="version">A version from the listing.</param>
        /// <returns>The workflow, or null.</returns>
        public PSObject? For(object version)
        {
            var id = FlowIdOf(version);
            return id != null && _flows.TryGetValue(id, out var flow) ? flow : null;
        }

        private static string? FlowIdOf(object version) => (PropertyBag.Get(version, "flowId") ?? PropertyBag.Get(version, "id")) as string;
    }
}
