using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// flowVersions.get (apiInfo.json <c>flowVersions.actions.get</c>) over one application's store: a flow's versions,
/// develop first among equals, then its named versions, as a flowVersions.json envelope with the flow's id.
/// </summary>
public static class FlowVersionsReader
{
    /// <summary>
    /// The versions of flow <paramref name="flowId"/> (develop and every named version) that pass the request's
    /// version glob or advanced query, sorted (version by default) and paged. 400 for a malformed flow id; 404
    /// <c>{"type":"NotFound","message":"Flow was not found"}</c> when the application has no such flow.
    /// </summary>
    public static JsonObject List(ApplicationStore store, string flowId, ListRequest request)
    {
        if (!ObjectIds.IsValid(flowId))
        {
            throw ApiError.Validation("\"flowId\" must be a valid object id (24 hexadecimal characters)");
        }

        var flow = store.Find(flowId) ?? throw ApiError.FlowNotFound();
        var glob = request.NameFilter();
        var all = new List<(string Name, JsonObject Document)> { ("develop", FlowDocuments.DevelopVersion(flow)) };
        all.AddRange(flow.Versions.Select(v => (FlowDocuments.VersionName(v) ?? "", v)));
        var selected = all.Where(v => request.Query is { } query
            ? query.Matches(name => Field(flow, v.Name, v.Document, name))
            : glob is null || glob.IsMatch(v.Name)).ToList();
        var sorted = Sorting.Apply(
            selected, request,
            (v, field) => field == "version" ? v.Name : Sorting.Field(v.Document, field),
            v => Sorting.Field(v.Document, "id") ?? flow.Id).ToList();
        var envelope = Envelope.Page(sorted, v => (JsonObject)v.Document.DeepClone(), request, store.ApplicationId, includeFlowClass: false);
        envelope["flowId"] = flow.Id;
        if (request.IncludeCustomNodes)
        {
            foreach (var item in envelope["items"]!.AsArray())
            {
                CustomNodeReferences.Attach(item!.AsObject(), item["nodes"], store);
            }
        }

        return envelope;
    }

    /// <summary>A field of one version as advancedFlowVersionQuery.json names it (name, flowClass and customNodeSupports from the flow).</summary>
    private static JsonNode? Field(StoredFlow flow, string versionName, JsonObject version, string name) => name switch
    {
        "name" => JsonValue.Create(flow.Name),
        "flowClass" => JsonValue.Create(flow.FlowClass),
        "version" => JsonValue.Create(versionName),
        "customNodeSupports" => flow.Document["customNodeSupports"],
        _ => version[name],
    };
}
