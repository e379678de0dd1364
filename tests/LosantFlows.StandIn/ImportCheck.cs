using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>Validates a flowsImportPost.json body (400 naming the field, e.g. <c>"importData.flows[0].name" is required</c>).</summary>
public static class ImportCheck
{
    private const int MaxItems = 1000;

    /// <summary>The checked flows and flowVersions arrays (empty when absent).</summary>
    public static (JsonArray Flows, JsonArray Versions) Validate(JsonNode? body)
    {
        var root = body as JsonObject ?? throw ApiError.Validation("\"importData\" must be an object");
        Check.Keys(root, "importData", "flows", "flowVersions");
        var flows = root.ContainsKey("flows") ? Check.Array(root["flows"], "importData.flows", MaxItems) : [];
        var versions = root.ContainsKey("flowVersions") ? Check.Array(root["flowVersions"], "importData.flowVersions", MaxItems) : [];
        for (var i = 0; i < flows.Count; i++)
        {
            Flow(Check.Object(flows[i], $"importData.flows[{i}]"), $"importData.flows[{i}]");
        }

        for (var i = 0; i < versions.Count; i++)
        {
            Version(Check.Object(versions[i], $"importData.flowVersions[{i}]"), $"importData.flowVersions[{i}]");
        }

        return (flows, versions);
    }

    private static void Flow(JsonObject flow, string at)
    {
        foreach (var (key, value) in flow)
        {
            var path = $"{at}.{key}";
            switch (key)
            {
                case "id" or "applicationId": Check.ObjectId(value, path); break;
                case "defaultVersionId": if (value is not null) { Check.ObjectId(value, path); } break;
                default:
                    if (!FlowFieldsCheck.CheckShared(key, value, path))
                    {
                        Check.String(value, path, 0, 1024);
                    }

                    break;
            }
        }

        Check.Required(flow, "name", at);
    }

    private static void Version(JsonObject version, string at)
    {
        foreach (var (key, value) in version)
        {
            var path = $"{at}.{key}";
            switch (key)
            {
                case "id" or "flowId" or "applicationId": Check.ObjectId(value, path); break;
                case "version": Check.String(value, path, 1, 255); break;
                case "notes": Check.String(value, path, 0, 32767); break;
                case "enabled" or "triggers" or "nodes" or "globals" or "minimumAgentVersion" or "customNodeConfig":
                    FlowFieldsCheck.CheckShared(key, value, path);
                    break;
                default: Check.String(value, path, 0, 1024); break;
            }
        }

        var name = Values.Text(Check.Required(version, "version", at))!;
        if (name.Equals("develop", StringComparison.OrdinalIgnoreCase) || name.Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiError.Validation($"\"{at}.version\" must not be \"develop\" or \"default\"");
        }
    }
}
