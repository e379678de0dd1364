using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// customNodeConfig as flowPost.json requires it: outputCount (1|2), resultMode (optional|required|none) and fields
/// (≤100 objects, each with a known type and a label; select fields also defaultValue and options), plus
/// resultDescription; nothing else. Deeper per-field-type rules are not checked.
/// </summary>
public static class CustomNodeConfigCheck
{
    private static readonly string[] FieldTypes = ["checkbox", "select", "stringTemplate", "numberTemplate", "jsonTemplate", "payloadPath", "section"];

    /// <summary>400 naming the first problem under <paramref name="path"/>.</summary>
    public static void Validate(JsonNode? value, string path)
    {
        var config = Check.Object(value, path);
        Check.Keys(config, path, "outputCount", "resultMode", "resultDescription", "fields");
        var outputCount = Check.Required(config, "outputCount", path);
        if (outputCount.ToJsonString() is not ("1" or "2"))
        {
            throw ApiError.Validation($"\"{path}.outputCount\" must be one of [1, 2]");
        }

        Check.OneOf(Check.Required(config, "resultMode", path), $"{path}.resultMode", "optional", "required", "none");
        if (config.ContainsKey("resultDescription"))
        {
            Check.String(config["resultDescription"], $"{path}.resultDescription", 0, 32767);
        }

        var fields = Check.Array(Check.Required(config, "fields", path), $"{path}.fields", 100);
        for (var i = 0; i < fields.Count; i++)
        {
            var at = $"{path}.fields[{i}]";
            var field = Check.Object(fields[i], at);
            Check.OneOf(Check.Required(field, "type", at), $"{at}.type", FieldTypes);
            Check.String(Check.Required(field, "label", at), $"{at}.label", 1, 1024);
            if (Values.Text(field["type"]) == "select")
            {
                Check.Required(field, "defaultValue", at);
                Check.Array(Check.Required(field, "options", at), $"{at}.options", 100);
            }
        }
    }
}
