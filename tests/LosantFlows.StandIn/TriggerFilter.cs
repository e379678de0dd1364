using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace LosantFlows.StandIn;

/// <summary>One triggerFilter entry (flowTriggerFilter.json): type and key are each optional.</summary>
public sealed record TriggerFilterEntry(string? Type, string? Key)
{
    /// <summary>True when every given part equals the trigger's (ordinal comparison).</summary>
    public bool Matches(JsonNode? trigger) =>
        trigger is JsonObject t
        && (Type is null || string.Equals(Type, StringOf(t["type"]), StringComparison.Ordinal))
        && (Key is null || string.Equals(Key, StringOf(t["key"]), StringComparison.Ordinal));

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}

/// <summary>
/// Parses triggerFilter from the query: the indexed form <c>triggerFilter[0][type]=…&amp;triggerFilter[0][key]=…</c>
/// (what both official clients send; brackets raw or percent-encoded), or a JSON array in <c>triggerFilter=</c>.
/// </summary>
public static partial class TriggerFilter
{
    private const int MaxEntries = 100;
    private const int MaxLength = 1024;

    [GeneratedRegex(@"^triggerFilter\[(\d+)\]\[([^\]]*)\]$")]
    private static partial Regex IndexedKey();

    /// <summary>The entries in index order, or null when no triggerFilter is given. 400 on a malformed one.</summary>
    public static IReadOnlyList<TriggerFilterEntry>? Parse(IQueryCollection query)
    {
        var json = QueryValues.Text(query, "triggerFilter");
        if (json is not null)
        {
            return FromJson(json);
        }

        var parts = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var (name, values) in query)
        {
            if (!name.StartsWith("triggerFilter", StringComparison.Ordinal))
            {
                continue;
            }

            var match = IndexedKey().Match(name);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw ApiError.Validation($"\"{name}\" is not allowed");
            }

            var field = match.Groups[2].Value;
            if (field is not ("type" or "key"))
            {
                throw ApiError.Validation($"\"triggerFilter[{index}].{field}\" is not allowed");
            }

            if (!parts.TryGetValue(index, out var entry))
            {
                parts[index] = entry = [];
            }

            entry[field] = Check($"triggerFilter[{index}].{field}", values.ToString());
        }

        if (parts.Count == 0)
        {
            return null;
        }

        if (parts.Count > MaxEntries)
        {
            throw ApiError.Validation($"\"triggerFilter\" must contain less than or equal to {MaxEntries} items");
        }

        return parts.Values.Select(p => new TriggerFilterEntry(p.GetValueOrDefault("type"), p.GetValueOrDefault("key"))).ToArray();
    }

    private static List<TriggerFilterEntry> FromJson(string text)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw ApiError.Validation("\"triggerFilter\" must be an array");
        }

        if (node is not JsonArray array)
        {
            throw ApiError.Validation("\"triggerFilter\" must be an array");
        }

        if (array.Count > MaxEntries)
        {
            throw ApiError.Validation($"\"triggerFilter\" must contain less than or equal to {MaxEntries} items");
        }

        var result = new List<TriggerFilterEntry>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                throw ApiError.Validation($"\"triggerFilter[{i}]\" must be an object");
            }

            string? type = null, key = null;
            foreach (var (name, value) in item)
            {
                var path = $"triggerFilter[{i}].{name}";
                if (name is not ("type" or "key"))
                {
                    throw ApiError.Validation($"\"{path}\" is not allowed");
                }

                var text2 = value is JsonValue v && v.TryGetValue(out string? s) ? s : throw ApiError.Validation($"\"{path}\" must be a string");
                if (name == "type") type = Check(path, text2); else key = Check(path, text2);
            }

            result.Add(new TriggerFilterEntry(type, key));
        }

        return result;
    }

    private static string Check(string path, string value) =>
        value.Length <= MaxLength ? value : throw ApiError.Validation($"\"{path}\" length must be less than or equal to {MaxLength} characters long");
}
