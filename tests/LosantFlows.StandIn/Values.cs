using System.Text.Json;
using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>Comparisons of JSON scalars for advanced queries.</summary>
public static class Values
{
    /// <summary>The string value of a node, or null when it is not a string.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>
    /// Equality: strings (ordinal, or ignoring case), numbers by value, booleans, null = missing. An object operand
    /// equals an object value when every key it gives is equal (nested objects the same way). Date fields compare
    /// as instants, with numbers read as milliseconds since the epoch.
    /// </summary>
    public static bool Equal(JsonNode? value, JsonNode? operand, bool ignoreCase, bool dateField)
    {
        if (operand is JsonObject pattern)
        {
            return value is JsonObject obj && pattern.All(p => Equal(obj[p.Key], p.Value, ignoreCase, dateField: false));
        }

        if (value is null || operand is null)
        {
            return value is null && operand is null;
        }

        if (dateField && Instant(value) is { } a && Instant(operand) is { } b)
        {
            return a == b;
        }

        return Compare(value, operand, ignoreCase, dateField) == 0;
    }

    /// <summary>Order of two scalars of the same kind; null when they cannot be compared.</summary>
    public static int? Compare(JsonNode? value, JsonNode? operand, bool ignoreCase, bool dateField)
    {
        if (value is not JsonValue a || operand is not JsonValue b)
        {
            return null;
        }

        if (dateField && Instant(a) is { } da && Instant(b) is { } db)
        {
            return da.CompareTo(db);
        }

        var (ka, kb) = (a.GetValueKind(), b.GetValueKind());
        if (ka == JsonValueKind.String && kb == JsonValueKind.String)
        {
            return string.Compare(a.GetValue<string>(), b.GetValue<string>(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        if (ka == JsonValueKind.Number && kb == JsonValueKind.Number)
        {
            return Number(a).CompareTo(Number(b));
        }

        if (IsBool(ka) && IsBool(kb))
        {
            return (ka == JsonValueKind.True).CompareTo(kb == JsonValueKind.True);
        }

        return null;
    }

    private static double Number(JsonValue v) =>
        double.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsBool(JsonValueKind kind) => kind is JsonValueKind.True or JsonValueKind.False;

    private static DateTimeOffset? Instant(JsonNode node)
    {
        if (node is not JsonValue v)
        {
            return null;
        }

        return v.GetValueKind() switch
        {
            JsonValueKind.String => JsonDates.TryParse(v.GetValue<string>(), out var d) ? d : null,
            JsonValueKind.Number => DateTimeOffset.FromUnixTimeMilliseconds((long)Number(v)),
            _ => null,
        };
    }
}
