using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>A flow as the server keeps it: the flow.json document (its develop version) and its named versions.</summary>
public sealed class StoredFlow(JsonObject document)
{
    /// <summary>The flow.json document; key order is the order the response is written in.</summary>
    public JsonObject Document { get; } = document;

    /// <summary>Named versions (flowVersion.json documents), in creation order.</summary>
    public List<JsonObject> Versions { get; } = [];

    /// <summary>The flow id.</summary>
    public string Id => (string)Document["id"]!;

    /// <summary>The flow name.</summary>
    public string Name => (string?)Document["name"] ?? "";

    /// <summary>The flowClass (cloud when absent).</summary>
    public string FlowClass => Document["flowClass"] is JsonValue v && v.TryGetValue(out string? s) ? s : "cloud";

    /// <summary>The named version called <paramref name="version"/>, or null.</summary>
    public JsonObject? FindVersion(string version) =>
        Versions.FirstOrDefault(v => string.Equals((string?)v["version"], version, StringComparison.Ordinal));

    /// <summary>The named version with id <paramref name="versionId"/>, or null.</summary>
    public JsonObject? FindVersionById(string versionId) =>
        Versions.FirstOrDefault(v => string.Equals((string?)v["id"], versionId, StringComparison.OrdinalIgnoreCase));
}
