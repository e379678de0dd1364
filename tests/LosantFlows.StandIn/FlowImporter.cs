using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// flows.import: stores every flow and version of a checked body with new ids, all or nothing, and returns
/// flowsImportResult.json. Imported flows and versions are disabled. Stored flows keep the flowPost fields in the
/// given order; id/applicationId are replaced; any other extra string key (_type, _exportDate, a version export's
/// flowId/version/notes …) is dropped. defaultVersionId is kept only when it names a version imported with it
/// (rewritten to its new id). Custom-node nodes (type CustomNodeNode) whose config.flowId / config.flowVersionId
/// name an imported flow / version by its old id are rewritten to the new id.
/// </summary>
public static class FlowImporter
{
    /// <summary>Imports <paramref name="body"/> into <paramref name="store"/>.</summary>
    public static JsonObject Import(StandInState state, ApplicationStore store, JsonNode? body)
    {
        var (flows, versions) = ImportCheck.Validate(body);
        var targets = ResolveVersionTargets(store, flows, versions);

        var flowMap = new JsonObject();
        var versionMap = new JsonObject();
        var created = new List<StoredFlow>();
        var bodyIndexToFlow = new Dictionary<int, StoredFlow>();
        for (var i = 0; i < flows.Count; i++)
        {
            var given = (JsonObject)flows[i]!;
            var fields = new JsonObject();
            foreach (var (key, value) in given)
            {
                if (FlowFieldsCheck.PostFields.Contains(key) || key == "defaultVersionId")
                {
                    fields[key] = value?.DeepClone();
                }
            }

            FlowFieldsCheck.DropUnset(fields);
            fields["enabled"] = false;
            var flow = new StoredFlow(state.Documents.NewFlow(store.ApplicationId, fields));
            created.Add(flow);
            bodyIndexToFlow[i] = flow;
            if (Values.Text(given["id"]) is { } oldId)
            {
                flowMap[oldId] = flow.Id;
            }
        }

        var newVersions = new List<JsonObject>();
        for (var i = 0; i < versions.Count; i++)
        {
            var given = (JsonObject)versions[i]!;
            var flow = targets[i].BodyIndex is { } index ? bodyIndexToFlow[index] : targets[i].Existing!;
            var doc = state.Documents.NewVersion(flow, given);
            flow.Versions.Add(doc);
            newVersions.Add(doc);
            if (Values.Text(given["id"]) is { } oldId)
            {
                versionMap[oldId] = Values.Text(doc["id"]);
            }
        }

        foreach (var flow in created)
        {
            Remap(flow.Document["nodes"], flowMap, versionMap);
            var oldDefault = Values.Text(flow.Document["defaultVersionId"]);
            if (oldDefault is not null && Values.Text(versionMap[oldDefault]) is { } newDefault && flow.FindVersionById(newDefault) is not null)
            {
                flow.Document["defaultVersionId"] = newDefault;
            }
            else
            {
                flow.Document.Remove("defaultVersionId");
            }
        }

        newVersions.ForEach(v => Remap(v["nodes"], flowMap, versionMap));
        store.AddRange(created);
        return new JsonObject
        {
            ["flows"] = new JsonArray(created.Select(f => (JsonNode?)f.Document.DeepClone()).ToArray()),
            ["flowVersions"] = new JsonArray(newVersions.Select(v => (JsonNode?)v.DeepClone()).ToArray()),
            ["importedFlowIdMap"] = flowMap,
            ["importedVersionIdMap"] = versionMap,
        };
    }

    private static List<(int? BodyIndex, StoredFlow? Existing)> ResolveVersionTargets(ApplicationStore store, JsonArray flows, JsonArray versions)
    {
        var byOldId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < flows.Count; i++)
        {
            if (Values.Text(flows[i]!["id"]) is { } id && !byOldId.TryAdd(id, i))
            {
                throw ApiError.Validation($"\"importData.flows[{i}].id\" duplicates the id of another imported flow");
            }
        }

        var targets = new List<(int?, StoredFlow?)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < versions.Count; i++)
        {
            var at = $"importData.flowVersions[{i}]";
            var flowId = Values.Text(Check.Required((JsonObject)versions[i]!, "flowId", at))!;
            (int?, StoredFlow?) target = byOldId.TryGetValue(flowId, out var index) ? (index, null)
                : store.Find(flowId) is { } existing ? (null, existing)
                : throw ApiError.Validation($"\"{at}.flowId\" does not name an imported or existing workflow");
            var name = Values.Text(versions[i]!["version"])!;
            var key = $"{target.Item1?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? target.Item2!.Id}/{name}";
            if (!names.Add(key) || target.Item2?.FindVersion(name) is not null)
            {
                throw ApiError.Validation($"\"{at}.version\" \"{name}\" already exists for that workflow");
            }

            targets.Add(target);
        }

        return targets;
    }

    private static void Remap(JsonNode? nodes, JsonObject flowMap, JsonObject versionMap)
    {
        foreach (var node in CustomNodeReferences.Nodes(nodes))
        {
            var config = (JsonObject)node["config"]!;
            if (Values.Text(config["flowId"]) is { } flowId && Values.Text(flowMap[flowId]) is { } newFlowId)
            {
                config["flowId"] = newFlowId;
            }

            if (Values.Text(config["flowVersionId"]) is { } versionId && Values.Text(versionMap[versionId]) is { } newVersionId)
            {
                config["flowVersionId"] = newVersionId;
            }
        }
    }
}
