using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>flows.get, flows.getByVersion and flows.palette over one application's store.</summary>
public static class FlowsReader
{
    /// <summary>Nesting of an item inside a flows.json body: the envelope object, then its items array.</summary>
    private const int ItemDepth = 2;

    /// <summary>
    /// flows.get: the flows.json envelope, written as UTF-8. The flows come from the store's kept list orders (the
    /// flowClass one when no advanced query overrides it), filtered only when a glob, triggerFilter or query is given;
    /// only the page's items are written, from each flow's kept bytes (written afresh with includeCustomNodes).
    /// Everything is read now, under the caller's lock; the envelope is written later from what was read.
    /// </summary>
    public static ResponseBody List(ApplicationStore store, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var glob = request.NameFilter();
        var ordered = request.FlowClass is { } flowClass
            ? store.Ordered(request.SortField, request.SortDirection, flowClass)
            : store.Ordered(request.SortField, request.SortDirection);
        var selected = request.Query is null && glob is null && request.TriggerFilter is null
            ? ordered
            : ordered.Where(f => FlowFilter.Selects(request, glob, f)).ToList();
        var items = Envelope.Slice(selected, request)
            .Select(f => request.IncludeCustomNodes ? JsonResponses.SerializeToUtf8(Project(f.Document, request, store), ItemDepth) : f.ListItemUtf8)
            .ToArray();
        var totalCount = selected.Count;
        var applicationId = store.ApplicationId;
        return ResponseBody.FromUtf8(() => EnvelopeWriter.Write(items, totalCount, request, applicationId, includeFlowClass: true));
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
