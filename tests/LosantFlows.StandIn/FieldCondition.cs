using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// One field's condition in an advanced query. Operators: $eq $ne $gt $lt $gte $lte $startsWith $endsWith $contains
/// $in $nin, plus $ci (true = string comparisons ignore case). Array fields (triggers, nodes, customNodeSupports) match
/// when any element matches (for $ne/$nin: when no element equals), as MongoDB does. Object operands (triggers, nodes)
/// match an element when every given key is equal (config: every given config key equal).
/// </summary>
public static class FieldCondition
{
    private static readonly HashSet<string> Operators =
        ["$eq", "$ne", "$gt", "$lt", "$gte", "$lte", "$startsWith", "$endsWith", "$contains", "$ci", "$in", "$nin"];

    /// <summary>400 when the condition at <paramref name="path"/> uses an unknown operator or a wrong operand type.</summary>
    public static void Validate(JsonNode? condition, string path, bool objectField)
    {
        if (condition is JsonArray)
        {
            throw ApiError.Validation($"\"{path}\" must not be an array");
        }

        if (condition is not JsonObject ops || (objectField && !ops.Any(p => p.Key.StartsWith('$'))))
        {
            if (objectField && condition is not JsonObject)
            {
                throw ApiError.Validation($"\"{path}\" must be an object");
            }

            return;
        }

        foreach (var (op, operand) in ops)
        {
            var at = $"{path}.{op}";
            if (!Operators.Contains(op))
            {
                throw ApiError.Validation($"\"{at}\" is not allowed");
            }

            var ok = op switch
            {
                "$ci" => operand is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
                "$in" or "$nin" => operand is JsonArray { Count: <= 100 },
                "$startsWith" or "$endsWith" or "$contains" => operand is JsonValue s && s.TryGetValue(out string? text) && text.Length > 0,
                _ => operand is not JsonArray && (objectField || operand is not JsonObject),
            };
            if (!ok)
            {
                throw ApiError.Validation($"\"{at}\" has an invalid value");
            }
        }
    }

    /// <summary>True when <paramref name="actual"/> (null when the document lacks the field) satisfies the condition.</summary>
    public static bool Matches(JsonNode? condition, JsonNode? actual, bool dateField)
    {
        var isOperatorObject = condition is JsonObject o && o.Any(p => p.Key.StartsWith('$'));
        if (!isOperatorObject)
        {
            return Test("$eq", condition, actual, ignoreCase: false, dateField);
        }

        var ops = (JsonObject)condition!;
        var ignoreCase = ops["$ci"] is JsonValue ci && ci.GetValue<bool>();
        return ops.Where(p => p.Key != "$ci").All(p => Test(p.Key, p.Value, actual, ignoreCase, dateField));
    }

    private static bool Test(string op, JsonNode? operand, JsonNode? actual, bool ignoreCase, bool dateField)
    {
        var elements = actual is JsonArray array ? array.ToList() : [actual];
        if (actual is JsonArray { Count: 0 })
        {
            elements = [null];
        }

        return op switch
        {
            "$ne" => !elements.Any(e => Values.Equal(e, operand, ignoreCase, dateField)),
            "$nin" => !elements.Any(e => ((JsonArray)operand!).Any(x => Values.Equal(e, x, ignoreCase, dateField))),
            "$in" => elements.Any(e => ((JsonArray)operand!).Any(x => Values.Equal(e, x, ignoreCase, dateField))),
            _ => elements.Any(e => TestOne(op, operand, e, ignoreCase, dateField)),
        };
    }

    private static bool TestOne(string op, JsonNode? operand, JsonNode? value, bool ignoreCase, bool dateField)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return op switch
        {
            "$eq" => Values.Equal(value, operand, ignoreCase, dateField),
            "$startsWith" => Values.Text(value) is { } s && s.StartsWith((string)operand!, comparison),
            "$endsWith" => Values.Text(value) is { } s && s.EndsWith((string)operand!, comparison),
            "$contains" => Values.Text(value) is { } s && s.Contains((string)operand!, comparison),
            "$gt" => Values.Compare(value, operand, ignoreCase, dateField) is > 0,
            "$gte" => Values.Compare(value, operand, ignoreCase, dateField) is >= 0,
            "$lt" => Values.Compare(value, operand, ignoreCase, dateField) is < 0,
            "$lte" => Values.Compare(value, operand, ignoreCase, dateField) is <= 0,
            _ => false,
        };
    }
}
