using System.Text.Json;
using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// An advanced query (advancedFlowQuery.json / advancedFlowByVersionQuery.json): <c>$and</c>, <c>$or</c>, <c>$nor</c>
/// over field conditions; a field's condition is a plain value (meaning <c>$eq</c>) or an operator object.
/// Validated when parsed (400 naming the offending path), evaluated against any document through a field reader.
/// </summary>
public sealed class AdvancedQuery
{
    private static readonly HashSet<string> Logical = ["$and", "$or", "$nor"];

    private readonly JsonObject root;

    private AdvancedQuery(JsonObject root) => this.root = root;

    /// <summary>Parses the <c>query</c> parameter's JSON text; <paramref name="fields"/> are the queryable fields.</summary>
    public static AdvancedQuery Parse(string text, IReadOnlySet<string> fields)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw ApiError.Validation("\"query\" must be valid JSON");
        }

        if (node is not JsonObject obj)
        {
            throw ApiError.Validation("\"query\" must be an object");
        }

        Validate(obj, "query", fields);
        return new AdvancedQuery(obj);
    }

    /// <summary>True when the document whose fields <paramref name="field"/> reads satisfies the query.</summary>
    public bool Matches(Func<string, JsonNode?> field) => MatchesObject(root, field);

    private static void Validate(JsonObject query, string path, IReadOnlySet<string> fields)
    {
        foreach (var (key, value) in query)
        {
            var at = $"{path}.{key}";
            if (Logical.Contains(key))
            {
                if (value is not JsonArray list)
                {
                    throw ApiError.Validation($"\"{at}\" must be an array");
                }

                if (list.Count > 100)
                {
                    throw ApiError.Validation($"\"{at}\" must contain less than or equal to 100 items");
                }

                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is not JsonObject sub)
                    {
                        throw ApiError.Validation($"\"{at}[{i}]\" must be an object");
                    }

                    Validate(sub, $"{at}[{i}]", fields);
                }
            }
            else if (!fields.Contains(key))
            {
                throw ApiError.Validation($"\"{at}\" is not allowed");
            }
            else
            {
                FieldCondition.Validate(value, at, key is "triggers" or "nodes");
            }
        }
    }

    private static bool MatchesObject(JsonObject query, Func<string, JsonNode?> field)
    {
        foreach (var (key, value) in query)
        {
            var ok = key switch
            {
                "$and" => ((JsonArray)value!).All(q => MatchesObject((JsonObject)q!, field)),
                "$or" => ((JsonArray)value!).Any(q => MatchesObject((JsonObject)q!, field)),
                "$nor" => !((JsonArray)value!).Any(q => MatchesObject((JsonObject)q!, field)),
                _ => FieldCondition.Matches(value, field(key), key is "creationDate" or "lastUpdated"),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
