using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>flows.get, flows.getByVersion and flows.palette over one application's store.</summary>
public static class FlowsReader
{
    /// <summary>flows.get: the flows.json envelope.</summary>
    public static JsonObject List(ApplicationStore store, ListRequest request)
    {
        var glob = request.NameFilter();
        var selected = store.Flows.Where(f => FlowFilter.Selects(request, glob, f)).ToList();
        var sorted = Sorting.Apply(selected, request, (f, field) => Sorting.Field(f.Document, field), f => f.Id).ToList();
        return Envelope.Page(sorted, f => Project(f.Document, request, store), request, store.ApplicationId, includeFlowClass: true);
    }

    /// <summary>flows.getByVersion: for each selected flow that has the version, that version (flowVersions.json).</summary>
    public static JsonObject ByVersion(ApplicationStore store, ListRequest request)
    {
        var glob = request.NameFilter();
        var versions = new List<(StoredFlow Flow, JsonObject Version)>();
        foreach (var flow in store.Flows)
        {
            var version = request.Version == "develop" ? FlowDocuments.DevelopVersion(flow) : flow.FindVersion(request.Version!);
            if (version is null)
            {
                continue;
            }

            var selected = request.Query is { } query
                ? query.Matches(name => FlowFilter.VersionField(flow, version, name))
                : FlowFilter.Selects(request, glob, flow);
            if (selected)
            {
                versions.Add((flow, version));
            }
        }

        var sorted = Sorting.Apply(
            versions, request,
            (p, field) => field == "name" ? p.Flow.Name : Sorting.Field(p.Version, field),
            p => Sorting.Field(p.Version, "id") ?? p.Flow.Id).ToList();
        return Envelope.Page(sorted, p => Project(p.Version, request, store), request, store.ApplicationId, includeFlowClass: false);
    }

    /// <summary>flows.palette: the application's customNode flows (paletteResponse.json), by name.</summary>
    public static JsonObject Palette(ApplicationStore store)
    {
        var nodes = store.Flows.Where(f => f.FlowClass == "customNode")
            .OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => (JsonNode?)PaletteEntry.For(f)).ToArray();
        return new JsonObject { ["applicationId"] = store.ApplicationId, ["customNodes"] = new JsonArray(nodes) };
    }

    private static JsonObject Project(JsonObject document, ListRequest request, ApplicationStore store)
    {
        var copy = (JsonObject)document.DeepClone();
        if (request.IncludeCustomNodes)
        {
            CustomNodeReferences.Attach(copy, document["nodes"], store);
        }

        return copy;
    }
}
