using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>Decides which stored flows a list request selects (flowClass, name glob, triggerFilter, advanced query).</summary>
public static class FlowFilter
{
    /// <summary>
    /// True when <paramref name="flow"/> passes the request's filters. With an advanced query, flowClass, filter and
    /// triggerFilter are ignored; with allVersions the flow also passes when one of its named versions matches
    /// (the version's enabled, dates, triggers and nodes in place of the flow's).
    /// </summary>
    public static bool Selects(ListRequest request, NameGlob? glob, StoredFlow flow)
    {
        if (request.Query is { } query)
        {
            return query.Matches(name => FlowField(flow, flow.Document, name))
                || (request.AllVersions && flow.Versions.Any(v => query.Matches(name => FlowField(flow, v, name))));
        }

        if (!string.Equals(flow.FlowClass, request.FlowClass, StringComparison.Ordinal))
        {
            return false;
        }

        if (glob is not null && !glob.IsMatch(flow.Name))
        {
            return false;
        }

        return request.TriggerFilter is not { } entries
            || (flow.Document["triggers"] as JsonArray ?? []).Any(t => entries.Any(e => e.Matches(t)));
    }

    /// <summary>A field of a flow (or, for allVersions, of one of its versions) as advancedFlowQuery names it.</summary>
    public static JsonNode? FlowField(StoredFlow flow, JsonObject source, string name) => name switch
    {
        "id" => JsonValue.Create(flow.Id),
        "name" => JsonValue.Create(flow.Name),
        "flowClass" => JsonValue.Create(flow.FlowClass),
        "defaultVersion" => flow.Document["defaultVersionId"],
        "customNodeSupports" => flow.Document["customNodeSupports"],
        _ => source[name],
    };

    /// <summary>A field of a flow version as advancedFlowByVersionQuery names it (name and flowClass from the flow).</summary>
    public static JsonNode? VersionField(StoredFlow flow, JsonObject version, string name) => name switch
    {
        "name" => JsonValue.Create(flow.Name),
        "flowClass" => JsonValue.Create(flow.FlowClass),
        "flowId" => JsonValue.Create(flow.Id),
        _ => version[name],
    };
}
