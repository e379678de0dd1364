using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace LosantFlows.StandIn.Contract;

/// <summary>
/// The <c>triggerFilter</c> query parameter as the JSON array flowTriggerFilter.json describes: every
/// <c>triggerFilter[i][name]=value</c> becomes <c>{name: value}</c> in entry i (entries in index order, every name
/// kept, so an extra one is seen); a <c>triggerFilter=</c> value is parsed as JSON.
/// </summary>
public static partial class TriggerFilterDocument
{
    [GeneratedRegex(@"^triggerFilter\[(\d+)\]\[([^\]]*)\]$")]
    private static partial Regex IndexedKey();

    /// <summary>The array, or null when there is no triggerFilter or it cannot be read as one (the endpoint then answers).</summary>
    public static JsonNode? From(IQueryCollection query)
    {
        if (query.TryGetValue("triggerFilter", out var raw) && raw.Count == 1 && !string.IsNullOrEmpty(raw[0]))
        {
            try
            {
                return JsonNode.Parse(raw[0]!);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var entries = new SortedDictionary<int, JsonObject>();
        foreach (var (name, values) in query)
        {
            var match = IndexedKey().Match(name);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                continue;
            }

            if (!entries.TryGetValue(index, out var entry))
            {
                entries[index] = entry = [];
            }

            entry[match.Groups[2].Value] = values.ToString();
        }

        return entries.Count == 0 ? null : new JsonArray(entries.Values.Select(e => (JsonNode?)e).ToArray());
    }
}
