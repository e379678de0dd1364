using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// Reads faults from JSON: an array (or one object) of <c>{"kind":…, "times":…, "retryAfter":…, "delayMs":…,
/// "method":…, "pathContains":…}</c>; kind is a <see cref="FaultKind"/> name (case-insensitive), the rest optional.
/// </summary>
public static class FaultScript
{
    private static readonly string[] Keys = ["kind", "times", "retryAfter", "delayMs", "method", "pathContains"];

    /// <summary>The faults in <paramref name="json"/>; throws FormatException naming the first bad entry.</summary>
    public static IReadOnlyList<Fault> Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Faults must be JSON: {e.Message}", e);
        }

        var items = root switch
        {
            JsonArray array => array.ToList(),
            JsonObject single => [single],
            _ => throw new FormatException("Faults must be a JSON array of fault objects (or one fault object)."),
        };
        return items.Select((item, i) => Read(item as JsonObject ?? throw new FormatException($"faults[{i}] must be an object."), $"faults[{i}]")).ToList();
    }

    private static Fault Read(JsonObject item, string at)
    {
        string? kindText = null;
        int times = 1, delayMs = 0;
        string? retryAfter = null, method = null, pathContains = null;
        foreach (var (rawKey, value) in item)
        {
            var key = Keys.FirstOrDefault(k => string.Equals(k, rawKey, StringComparison.OrdinalIgnoreCase))
                ?? throw new FormatException($"{at}.{rawKey} is not a fault setting (expected {string.Join(", ", Keys)}).");
            switch (key)
            {
                case "kind": kindText = Text(value, $"{at}.kind"); break;
                case "times": times = Integer(value, $"{at}.times", 1); break;
                case "delayMs": delayMs = Integer(value, $"{at}.delayMs", 0); break;
                case "retryAfter": retryAfter = value is JsonValue v && v.TryGetValue<double>(out var seconds) ? seconds.ToString(CultureInfo.InvariantCulture) : Text(value, $"{at}.retryAfter"); break;
                case "method": method = Text(value, $"{at}.method"); break;
                default: pathContains = Text(value, $"{at}.pathContains"); break;
            }
        }

        if (kindText is null)
        {
            throw new FormatException($"{at}.kind is required.");
        }

        if (kindText.Length == 0 || !char.IsLetter(kindText[0]) || !Enum.TryParse<FaultKind>(kindText, ignoreCase: true, out var kind))
        {
            throw new FormatException($"{at}.kind \"{kindText}\" is not one of {string.Join(", ", Enum.GetNames<FaultKind>())}.");
        }

        return new Fault(kind, times, retryAfter, delayMs, method, pathContains);
    }

    private static string Text(JsonNode? value, string at) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text : throw new FormatException($"{at} must be a string.");

    private static int Integer(JsonNode? value, string at, int minimum) =>
        value is JsonValue v && v.TryGetValue<int>(out var number) && number >= minimum
            ? number
            : throw new FormatException($"{at} must be an integer of at least {minimum}.");
}
