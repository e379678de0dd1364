using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>Checks of the flow fields flowPost.json and flowsImportPost.json share.</summary>
public static class FlowFieldsCheck
{
    /// <summary>The properties flowPost.json declares.</summary>
    public static readonly string[] PostFields =
    [
        "name", "description", "shortDescription", "iconData", "docsUrl", "category", "enabled", "triggers", "nodes",
        "globals", "flowClass", "minimumAgentVersion", "customNodeConfig", "customNodeSupports",
    ];

    /// <summary>
    /// Checks the field <paramref name="key"/> if it is one of the shared ones; false when the key is not a shared
    /// field (the caller decides whether it is allowed).
    /// </summary>
    public static bool CheckShared(string key, JsonNode? value, string at)
    {
        switch (key)
        {
            case "name": Check.String(value, at, 1, 255); return true;
            case "description": Check.String(value, at, 0, 32767); return true;
            case "shortDescription": Check.String(value, at, 0, 1024); return true;
            case "iconData": Check.IconDataOrNull(value, at); return true;
            case "docsUrl": Check.String(value, at, 0, 1024); return true;
            case "category": Check.OneOf(value, at, "data", "experience", "logic", "output", "debug", ""); return true;
            case "enabled": Check.Boolean(value, at); return true;
            case "triggers": GraphCheck.Triggers(value, at); return true;
            case "nodes": GraphCheck.Nodes(value, at); return true;
            case "globals": Check.Globals(value, at); return true;
            case "flowClass": Check.OneOf(value, at, "cloud", "edge", "embedded", "experience", "customNode"); return true;
            case "minimumAgentVersion": Check.MinimumAgentVersion(value, at); return true;
            case "customNodeConfig": CustomNodeConfigCheck.Validate(value, at); return true;
            case "customNodeSupports":
                var supports = Check.Array(value, at, 1);
                for (var i = 0; i < supports.Count; i++)
                {
                    Check.OneOf(supports[i], $"{at}[{i}]", "cloud", "edge");
                }

                return true;
            default: return false;
        }
    }

    /// <summary>Removes values the stored flow.json document cannot hold: iconData null and category "".</summary>
    public static void DropUnset(JsonObject fields)
    {
        if (fields.ContainsKey("iconData") && fields["iconData"] is null)
        {
            fields.Remove("iconData");
        }

        if (Values.Text(fields["category"]) == "")
        {
            fields.Remove("category");
        }
    }
}
