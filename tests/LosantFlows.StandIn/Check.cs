using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LosantFlows.StandIn;

/// <summary>Small value checks that throw 400 Validation with a message naming the field path (Joi-style wording).</summary>
public static partial class Check
{
    [GeneratedRegex(@"^(0|([1-9]\d*))\.(0|([1-9]\d*))\.(0|([1-9]\d*))$")]
    private static partial Regex AgentVersion();

    [GeneratedRegex(@"^data:image/(jpg|jpeg|png|svg\+xml);base64,[0-9a-zA-Z+/=]*$")]
    private static partial Regex IconData();

    [GeneratedRegex("^[0-9a-zA-Z_-]{1,255}$")]
    private static partial Regex GlobalKey();

    /// <summary>A string of <paramref name="min"/>..<paramref name="max"/> characters.</summary>
    public static string String(JsonNode? value, string path, int min, int max)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            throw ApiError.Validation($"\"{path}\" must be a string");
        }

        var text = v.GetValue<string>();
        if (text.Length < min)
        {
            throw ApiError.Validation(min == 1 ? $"\"{path}\" is not allowed to be empty" : $"\"{path}\" length must be at least {min} characters long");
        }

        if (text.Length > max)
        {
            throw ApiError.Validation($"\"{path}\" length must be less than or equal to {max} characters long");
        }

        return text;
    }

    /// <summary>A boolean.</summary>
    public static void Boolean(JsonNode? value, string path)
    {
        if (value is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw ApiError.Validation($"\"{path}\" must be a boolean");
        }
    }

    /// <summary>An object.</summary>
    public static JsonObject Object(JsonNode? value, string path) =>
        value as JsonObject ?? throw ApiError.Validation($"\"{path}\" must be an object");

    /// <summary>An array of at most <paramref name="max"/> items.</summary>
    public static JsonArray Array(JsonNode? value, string path, int max = int.MaxValue)
    {
        var array = value as JsonArray ?? throw ApiError.Validation($"\"{path}\" must be an array");
        if (array.Count > max)
        {
            throw ApiError.Validation($"\"{path}\" must contain less than or equal to {max} items");
        }

        return array;
    }

    /// <summary>One of <paramref name="allowed"/>.</summary>
    public static void OneOf(JsonNode? value, string path, params string[] allowed)
    {
        var text = value is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        if (text is null || !allowed.Contains(text, StringComparer.Ordinal))
        {
            throw ApiError.Validation($"\"{path}\" must be one of [{string.Join(", ", allowed)}]");
        }
    }

    /// <summary>A 24-hex object id.</summary>
    public static string ObjectId(JsonNode? value, string path)
    {
        var text = String(value, path, 0, int.MaxValue);
        return ObjectIds.IsValid(text) ? text : throw ApiError.Validation($"\"{path}\" must be a valid object id (24 hexadecimal characters)");
    }

    /// <summary>An x.y.z version.</summary>
    public static void MinimumAgentVersion(JsonNode? value, string path)
    {
        if (!AgentVersion().IsMatch(String(value, path, 0, 255)))
        {
            throw ApiError.Validation($"\"{path}\" must be a version of the form x.y.z");
        }
    }

    /// <summary>A data:image/…;base64 URI or null.</summary>
    public static void IconDataOrNull(JsonNode? value, string path)
    {
        if (value is null)
        {
            return;
        }

        if (!IconData().IsMatch(String(value, path, 0, 32767)))
        {
            throw ApiError.Validation($"\"{path}\" must be a base64 data URI of a jpg, jpeg, png or svg+xml image");
        }
    }

    /// <summary>A globals array: at most 100 <c>{key, json}</c> objects, both required, nothing else.</summary>
    public static void Globals(JsonNode? value, string path)
    {
        var array = Array(value, path, 100);
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"{path}[{i}]";
            var item = Object(array[i], at);
            Keys(item, at, "key", "json");
            if (!GlobalKey().IsMatch(String(Required(item, "key", at), $"{at}.key", 1, 255)))
            {
                throw ApiError.Validation($"\"{at}.key\" may only contain letters, digits, '_' and '-'");
            }

            String(Required(item, "json", at), $"{at}.json", 1, 32767);
        }
    }

    /// <summary>The value of a required key.</summary>
    public static JsonNode Required(JsonObject obj, string key, string path) =>
        obj[key] ?? throw ApiError.Validation($"\"{path}.{key}\" is required");

    /// <summary>400 for the first key of <paramref name="obj"/> that is not in <paramref name="allowed"/>.</summary>
    public static void Keys(JsonObject obj, string path, params string[] allowed)
    {
        foreach (var (key, _) in obj)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw ApiError.Validation($"\"{path}.{key}\" is not allowed");
            }
        }
    }
}
