using System.Collections.Generic;

namespace LosantFlows.Engine
{
    /// <summary>
    /// Query parameters of flows.get and flows.getByVersion (apiInfo.json <c>flows.actions.get.params</c>, API-NOTES §1.2).
    /// Each is sent only when set, in apiInfo order; unset parameters take the server defaults (sortField name, sortDirection asc,
    /// page 0, perPage 100, flowClass cloud).
    /// </summary>
    public sealed class FlowListQuery
    {
        /// <summary><c>sortField</c>: name, id, creationDate or lastUpdated.</summary>
        public string? SortField { get; set; }

        /// <summary><c>sortDirection</c>: asc or desc.</summary>
        public string? SortDirection { get; set; }

        /// <summary><c>page</c>: 0-based page number.</summary>
        public int? Page { get; set; }

        /// <summary><c>perPage</c>: items per page (server default 100, no documented maximum).</summary>
        public int? PerPage { get; set; }

        /// <summary><c>filterField</c>: only <c>name</c>.</summary>
        public string? FilterField { get; set; }

        /// <summary><c>filter</c>: glob on the filter field, e.g. <c>my*flow</c>.</summary>
        public string? Filter { get; set; }

        /// <summary><c>flowClass</c>: edge, embedded, cloud, customNode or experience.</summary>
        public string? FlowClass { get; set; }

        /// <summary><c>triggerFilter</c>: sent as <c>triggerFilter[i][type]</c> then <c>triggerFilter[i][key]</c>, null members skipped.</summary>
        public IReadOnlyList<TriggerFilterEntry>? TriggerFilter { get; set; }

        /// <summary><c>includeCustomNodes</c>: sent as <c>true</c>/<c>false</c>.</summary>
        public bool? IncludeCustomNodes { get; set; }

        /// <summary><c>query</c>: advanced query (advancedFlowQuery.json / advancedFlowByVersionQuery.json) as compact JSON text, already validated; sent verbatim.</summary>
        public string? Query { get; set; }

        /// <summary><c>allVersions</c> (flows.get only; ignored by getByVersion): sent as <c>true</c>/<c>false</c>.</summary>
        public bool? AllVersions { get; set; }

        /// <summary>Value of the <c>losantdomain</c> header, or null.</summary>
        public string? LosantDomain { get; set; }
    }
}
