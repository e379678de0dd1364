using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>One paletteResponse.json customNodes entry for a customNode flow.</summary>
public static class PaletteEntry
{
    private static readonly string[] Copied = ["id", "name", "description", "shortDescription", "iconData", "docsUrl", "category", "customNodeConfig"];

    /// <summary>
    /// id, name, description, shortDescription, iconData, docsUrl, category, customNodeConfig (those present), then
    /// flowVersionId and version of the default version when the flow has one (defaultVersionId naming a stored
    /// version), else version "develop"; compatibleFlowClasses has true for each customNodeSupports entry
    /// (cloud when customNodeSupports is absent or empty).
    /// </summary>
    public static JsonObject For(StoredFlow flow)
    {
        var entry = new JsonObject();
        foreach (var key in Copied)
        {
            if (flow.Document[key] is { } value)
            {
                entry[key] = value.DeepClone();
            }
        }

        var defaultVersion = Values.Text(flow.Document["defaultVersionId"]) is { } id ? flow.FindVersionById(id) : null;
        if (defaultVersion is not null)
        {
            entry["flowVersionId"] = Values.Text(defaultVersion["id"]);
            entry["version"] = FlowDocuments.VersionName(defaultVersion);
        }
        else
        {
            entry["version"] = "develop";
        }

        var classes = new JsonObject();
        foreach (var supported in (flow.Document["customNodeSupports"] as JsonArray ?? []).Select(Values.Text).OfType<string>())
        {
            classes[supported] = true;
        }

        if (classes.Count == 0)
        {
            classes["cloud"] = true;
        }

        entry["compatibleFlowClasses"] = classes;
        return entry;
    }
}
