using Microsoft.AspNetCore.Http;

namespace LosantFlows.StandIn;

/// <summary>The query parameters of flows.get and flows.getByVersion, parsed and checked (400 naming the parameter).</summary>
public sealed class ListRequest
{
    /// <summary>Allowed sortField values.</summary>
    public static readonly IReadOnlyList<string> SortFields = ["name", "id", "creationDate", "lastUpdated"];

    /// <summary>Allowed flowClass values.</summary>
    public static readonly IReadOnlyList<string> FlowClasses = ["edge", "embedded", "cloud", "customNode", "experience"];

    /// <summary>Allowed sortField values of flowVersions.get.</summary>
    public static readonly IReadOnlyList<string> VersionSortFields = ["version", "id", "creationDate", "lastUpdated"];

    private static readonly HashSet<string> FlowVersionQueryFields =
        ["name", "id", "creationDate", "lastUpdated", "flowClass", "enabled", "version", "triggers", "nodes", "customNodeSupports"];

    private static readonly HashSet<string> FlowQueryFields =
        ["name", "id", "creationDate", "lastUpdated", "flowClass", "enabled", "defaultVersion", "triggers", "nodes", "customNodeSupports"];

    private static readonly HashSet<string> VersionQueryFields =
        ["name", "id", "creationDate", "lastUpdated", "flowClass", "enabled", "flowId"];

    /// <summary>name (default), id, creationDate or lastUpdated.</summary>
    public string SortField { get; private init; } = "name";

    /// <summary>asc (default) or desc, lower-case.</summary>
    public string SortDirection { get; private init; } = "asc";

    /// <summary>0-based page.</summary>
    public int Page { get; private init; }

    /// <summary>Items per page (default 100).</summary>
    public int PerPage { get; private init; } = 100;

    /// <summary>"name" (flows) or "version" (flowVersions.get), or null.</summary>
    public string? FilterField { get; private init; }

    /// <summary>The glob as given, or null.</summary>
    public string? Filter { get; private init; }

    /// <summary>The flow class to list; null when an advanced query is given (it overrides flowClass).</summary>
    public string? FlowClass { get; private init; }

    /// <summary>triggerFilter entries, or null.</summary>
    public IReadOnlyList<TriggerFilterEntry>? TriggerFilter { get; private init; }

    /// <summary>includeCustomNodes.</summary>
    public bool IncludeCustomNodes { get; private init; }

    /// <summary>The advanced query, or null.</summary>
    public AdvancedQuery? Query { get; private init; }

    /// <summary>allVersions (flows.get only).</summary>
    public bool AllVersions { get; private init; }

    /// <summary>The version name (getByVersion only).</summary>
    public string? Version { get; private init; }

    /// <summary>Parses flows.get (<paramref name="byVersion"/> false) or flows.getByVersion parameters.</summary>
    public static ListRequest Parse(IQueryCollection query, bool byVersion)
    {
        string? version = null;
        if (byVersion)
        {
            version = QueryValues.Text(query, "version") ?? throw ApiError.Validation("\"version\" is required");
        }

        // The global parameters are accepted (and change nothing here); malformed booleans are still refused.
        QueryValues.Boolean(query, "_actions", false);
        QueryValues.Boolean(query, "_links", true);
        QueryValues.Boolean(query, "_embedded", true);

        var queryText = QueryValues.Text(query, "query");
        var advanced = queryText is null ? null : AdvancedQuery.Parse(queryText, byVersion ? VersionQueryFields : FlowQueryFields);
        var filterField = QueryValues.OneOf(query, "filterField", ["name"]);
        var filter = QueryValues.Text(query, "filter");
        var flowClass = QueryValues.OneOf(query, "flowClass", FlowClasses);
        var triggerFilter = StandIn.TriggerFilter.Parse(query);
        return new ListRequest
        {
            Version = version,
            SortField = QueryValues.OneOf(query, "sortField", SortFields) ?? "name",
            SortDirection = QueryValues.OneOf(query, "sortDirection", ["asc", "desc"]) ?? "asc",
            Page = QueryValues.Integer(query, "page", 0, 0),
            PerPage = QueryValues.Integer(query, "perPage", 100, 1),
            IncludeCustomNodes = QueryValues.Boolean(query, "includeCustomNodes", false),
            AllVersions = !byVersion && QueryValues.Boolean(query, "allVersions", false),
            Query = advanced,
            FilterField = advanced is null ? filterField : null,
            Filter = advanced is null ? filter : null,
            FlowClass = advanced is null ? flowClass ?? "cloud" : null,
            TriggerFilter = advanced is null ? triggerFilter : null,
        };
    }

    /// <summary>
    /// Parses flowVersions.get parameters (apiInfo.json <c>flowVersions.actions.get.params</c>): sortField version (default),
    /// id, creationDate or lastUpdated; sortDirection; page; perPage; filterField (only version); filter; includeCustomNodes;
    /// query (advancedFlowVersionQuery fields), which overrides filterField and filter. flowClass is not a parameter of it.
    /// </summary>
    public static ListRequest ParseFlowVersions(IQueryCollection query)
    {
        QueryValues.Boolean(query, "_actions", false);
        QueryValues.Boolean(query, "_links", true);
        QueryValues.Boolean(query, "_embedded", true);

        var queryText = QueryValues.Text(query, "query");
        var advanced = queryText is null ? null : AdvancedQuery.Parse(queryText, FlowVersionQueryFields);
        var filterField = QueryValues.OneOf(query, "filterField", ["version"]);
        var filter = QueryValues.Text(query, "filter");
        return new ListRequest
        {
            SortField = QueryValues.OneOf(query, "sortField", VersionSortFields) ?? "version",
            SortDirection = QueryValues.OneOf(query, "sortDirection", ["asc", "desc"]) ?? "asc",
            Page = QueryValues.Integer(query, "page", 0, 0),
            PerPage = QueryValues.Integer(query, "perPage", 100, 1),
            IncludeCustomNodes = QueryValues.Boolean(query, "includeCustomNodes", false),
            Query = advanced,
            FilterField = advanced is null ? filterField : null,
            Filter = advanced is null ? filter : null,
        };
    }

    /// <summary>The glob to apply: only when both filterField (name, or version for flowVersions.get) and filter are given.</summary>
    public NameGlob? NameFilter() => FilterField is not null && Filter is not null ? NameGlob.Parse(Filter) : null;
}
