using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// Custom-node references inside a flow's nodes. The stand-in's reference shape: a node whose <c>type</c> is
/// <c>CustomNodeNode</c> and whose <c>config.flowId</c> is the id of a customNode-class flow; an optional
/// <c>config.flowVersionId</c> names the version used (absent = the custom node's develop version).
/// (None of the real exports reference a custom node, and the schemas leave node config open, so this is a choice.)
/// </summary>
public static class CustomNodeReferences
{
    /// <summary>The node type that instantiates a custom node.</summary>
    public const string NodeType = "CustomNodeNode";

    /// <summary>The custom-node nodes of a nodes array.</summary>
    public static IEnumerable<JsonObject> Nodes(JsonNode? nodes) =>
        (nodes as JsonArray ?? []).OfType<JsonObject>()
            .Where(n => Values.Text(n["type"]) == NodeType && n["config"] is JsonObject);

    /// <summary>
    /// Adds <c>customNodes</c> (flow.json documents) and <c>customNodeVersions</c> (flowVersion.json documents) to
    /// <paramref name="target"/>: every custom node the given nodes reference, followed transitively, each once,
    /// in order of first reference. References to unknown flows are skipped.
    /// </summary>
    public static void Attach(JsonObject target, JsonNode? nodes, ApplicationStore store)
    {
        var flows = new List<StoredFlow>();
        var versions = new List<JsonObject>();
        var pending = new Queue<JsonNode?>();
        pending.Enqueue(nodes);
        while (pending.Count > 0)
        {
            foreach (var node in Nodes(pending.Dequeue()))
            {
                var config = (JsonObject)node["config"]!;
                var flow = store.Find(Values.Text(config["flowId"]));
                if (flow is null || flow.FlowClass != "customNode")
                {
                    continue;
                }

                if (!flows.Contains(flow))
                {
                    flows.Add(flow);
                    pending.Enqueue(flow.Document["nodes"]);
                }

                if (Values.Text(config["flowVersionId"]) is { } versionId && flow.FindVersionById(versionId) is { } version
                    && !versions.Contains(version))
                {
                    versions.Add(version);
                    pending.Enqueue(version["nodes"]);
                }
            }
        }

        target["customNodes"] = new JsonArray(flows.Select(f => (JsonNode?)f.Document.DeepClone()).ToArray());
        target["customNodeVersions"] = new JsonArray(versions.Select(v => (JsonNode?)v.DeepClone()).ToArray());
    }
}
