using System.Collections.Generic;
using System.Globalization;

namespace LosantFlows.Engine.Flows
{
    /// <summary>Lays out <see cref="FlowListQuery"/> as query parameters in apiInfo.json order (API-NOTES §1.2, §1.5).</summary>
    internal static class FlowQueryParams
    {
        /// <summary>flows.get: … flowClass, triggerFilter, includeCustomNodes, query, allVersions.</summary>
        internal static List<KeyValuePair<string, string>> ForGet(FlowListQuery query)
        {
            var list = Common(query);
            AddTail(list, query);
            Add(list, "allVersions", query.AllVersions);
            return list;
        }

        /// <summary>flows.getByVersion: … flowClass, version, triggerFilter, includeCustomNodes, query.</summary>
        internal static List<KeyValuePair<string, string>> ForGetByVersion(FlowListQuery query, string version)
        {
            var list = Common(query);
            Add(list, "version", version);
            AddTail(list, query);
            return list;
        }

        /// <summary>
        /// flowVersions.get: sortField, sortDirection, page, perPage, filterField, filter, includeCustomNodes, query
        /// (apiInfo.json <c>flowVersions.actions.get.params</c>); flowClass, triggerFilter and allVersions are not parameters of it.
        /// </summary>
        internal static List<KeyValuePair<string, string>> ForFlowVersions(FlowListQuery query)
        {
            var list = Paging(query);
            Add(list, "includeCustomNodes", query.IncludeCustomNodes);
            Add(list, "query", query.Query);
            return list;
        }

        private static List<KeyValuePair<string, string>> Common(FlowListQuery query)
        {
            var list = Paging(query);
            Add(list, "flowClass", query.FlowClass);
            return list;
        }

        private static List<KeyValuePair<string, string>> Paging(FlowListQuery query)
        {
            var list = new List<KeyValuePair<string, string>>();
            Add(list, "sortField", query.SortField);
            Add(list, "sortDirection", query.SortDirection);
            Add(list, "page", query.Page?.ToString(CultureInfo.InvariantCulture));
            Add(list, "perPage", query.PerPage?.ToString(CultureInfo.InvariantCulture));
            Add(list, "filterField", query.FilterField);
            Add(list, "filter", query.Filter);
            return list;
        }

        private static void AddTail(List<KeyValuePair<string, string>> list, FlowListQuery query)
        {
            if (query.TriggerFilter != null)
            {
                for (var i = 0; i < query.TriggerFilter.Count; i++)
                {
                    var entry = query.TriggerFilter[i];
                    if (entry == null) continue;
                    var prefix = "triggerFilter[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    Add(list, prefix + "[type]", entry.Type);
                    Add(list, prefix + "[key]", entry.Key);
                }
            }

            Add(list, "includeCustomNodes", query.IncludeCustomNodes);
            Add(list, "query", query.Query);
        }

        internal static void Add(List<KeyValuePair<string, string>> list, string name, bool? value)
        {
            if (value.HasValue) list.Add(new KeyValuePair<string, string>(name, value.Value ? "true" : "false"));
        }

        private static void Add(List<KeyValuePair<string, string>> list, string name, string? value)
        {
            if (value != null) list.Add(new KeyValuePair<string, string>(name, value));
        }
    }
}
