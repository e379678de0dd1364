using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// A flow as the server keeps it: the flow.json document (its develop version) and its named versions. Once stored,
/// the document is changed only through <see cref="ApplicationStore.Changed"/> (which drops what is derived from it),
/// under <see cref="StandInState.Sync"/> like every other use.
/// </summary>
public sealed class StoredFlow(JsonObject document)
{
    /// <summary>Nesting of a flow inside a flows.json body: the envelope object, then its items array.</summary>
    private const int DepthInList = 2;

    private byte[]? listItem;

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

    /// <summary>
    /// The document as a flows.json item, UTF-8, written as the server writes bodies; written on first use and kept
    /// until <see cref="ForgetDerived"/>. The array is never changed once handed out.
    /// </summary>
    public byte[] ListItemUtf8 => listItem ??= JsonResponses.SerializeToUtf8(Document, DepthInList);

    /// <summary>The named version called <paramref name="version"/>, or null.</summary>
    public JsonObject? FindVersion(string version) =>
        Versions.FirstOrDefault(v => string.Equals((string?)v["version"], version, StringComparison.Ordinal));

    /// <summary>The named version with id <paramref name="versionId"/>, or null.</summary>
    public JsonObject? FindVersionById(string versionId) =>
        Versions.FirstOrDefault(v => string.Equals((string?)v["id"], versionId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Drops what was derived from <see cref="Document"/> (its written bytes), after the document changed.</summary>
    internal void ForgetDerived() => listItem = null;
}
