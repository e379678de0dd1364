using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;

namespace LosantFlows.StandIn.Contract;

/// <summary>
/// Turns JsonSchema.Net's hierarchical output into one <see cref="SchemaViolation"/>: among the errors on failing
/// paths only (a branch that failed inside a <c>oneOf</c> that held is ignored), the one at the deepest instance
/// location (the first one on a tie), which inside a failing <c>oneOf</c> is the branch that got furthest. The wording is
/// built from the failing keyword's value in the schema file ("is required", "must be a string" …).
/// </summary>
internal static class ViolationReader
{
    private static readonly HashSet<string> Summaries = ["oneOf", "anyOf", "allOf", "if", "then", "else", "$ref"];

    /// <summary>Every error on a failing path of <paramref name="results"/> (hierarchical output), depth first.</summary>
    public static IEnumerable<(EvaluationResults Detail, string Keyword, string Message)> Failures(EvaluationResults results)
    {
        if (results.IsValid)
        {
            yield break;
        }

        foreach (var (keyword, message) in results.Errors ?? new Dictionary<string, string>())
        {
            yield return (results, keyword, message);
        }

        foreach (var child in results.Details ?? [])
        {
            foreach (var failure in Failures(child))
            {
                yield return failure;
            }
        }
    }

    /// <summary>The most specific violation in <paramref name="results"/> (an invalid hierarchical evaluation).</summary>
    public static SchemaViolation Read(EvaluationResults results, JsonNode? instance, string rootName, string schemaFile, Func<Uri, JsonNode?> schemaNode)
    {
        var errors = Failures(results).ToList();
        var leaves = errors.Where(e => !Summaries.Contains(e.Keyword)).ToList();
        var candidates = leaves.Count > 0 ? leaves : errors;
        if (candidates.Count == 0)
        {
            return new SchemaViolation(rootName, "is not valid", schemaFile);
        }

        var best = candidates.OrderByDescending(e => Segments(e.Detail.InstanceLocation.ToString()).Count).First();
        var segments = Segments(best.Detail.InstanceLocation.ToString());
        var keywordSchema = schemaNode(best.Detail.SchemaLocation);
        var path = FieldPath.Render(rootName, instance, segments);
        if (best.Keyword == "required" && At(instance, segments) is JsonObject obj && (keywordSchema as JsonObject)?["required"] is JsonArray required)
        {
            var missing = required.Select(Values.Text).FirstOrDefault(name => name is not null && !obj.ContainsKey(name));
            if (missing is not null)
            {
                return new SchemaViolation(FieldPath.Append(path, missing), "is required", schemaFile);
            }
        }

        return new SchemaViolation(path, Problem(best.Keyword, keywordSchema, best.Message), schemaFile);
    }

    private static string Problem(string keyword, JsonNode? schema, string message)
    {
        var value = (schema as JsonObject)?[keyword];
        var number = value is JsonValue v && v.TryGetValue(out long n) ? n.ToString(CultureInfo.InvariantCulture) : null;
        return keyword switch
        {
            "" or "false" => "is not allowed",
            "type" when value is not null => "must be " + TypeWords(value),
            "enum" when value is JsonArray options => $"must be one of [{string.Join(", ", options.Select(Text))}]",
            "const" when value is not null => $"must be {Text(value)}",
            "minLength" when number is not null => $"length must be at least {number} characters long",
            "maxLength" when number is not null => $"length must be less than or equal to {number} characters long",
            "minItems" when number is not null => $"must contain at least {number} items",
            "maxItems" when number is not null => $"must contain less than or equal to {number} items",
            "minimum" when number is not null => $"must be greater than or equal to {number}",
            "maximum" when number is not null => $"must be less than or equal to {number}",
            "pattern" when value is not null => $"must match the pattern {Text(value)}",
            "format" when value is not null => $"must be a valid {Text(value)}",
            _ => message,
        };
    }

    private static string TypeWords(JsonNode type)
    {
        var names = type is JsonArray list ? list.Select(t => Text(t)).ToList() : [Text(type)];
        var words = names.Select(t => t switch
        {
            "object" => "an object",
            "array" => "an array",
            "integer" => "an integer",
            "null" => "null",
            _ => "a " + t,
        }).ToList();
        return words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    private static string Text(JsonNode? node) => Values.Text(node) ?? node?.ToJsonString() ?? "null";

    private static JsonNode? At(JsonNode? instance, IReadOnlyList<string> segments)
    {
        var node = instance;
        foreach (var segment in segments)
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }

        return node;
    }

    private static List<string> Segments(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
}
