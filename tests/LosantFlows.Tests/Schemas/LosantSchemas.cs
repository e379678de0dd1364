using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Xunit;

namespace LosantFlows.Tests.Schemas;

/// <summary>
/// Validates JSON against Losant's schemas in ../shared/losant-api/schemas with JsonSchema.Net (draft-07, formats
/// asserted). Each file is registered (in SchemaRegistry.Global, once) under https://schemas.losant.local/&lt;file&gt; as its $id; a
/// <c>#/definitions/x</c> reference is made to resolve to the sibling x.json by adding
/// <c>definitions.x = {"$ref": "x.json"}</c> to the loaded copy.
/// </summary>
public static partial class LosantSchemas
{
    /// <summary>The base URI the schema files are registered under.</summary>
    public static readonly Uri BaseUri = new("https://schemas.losant.local/");

    private static readonly Lazy<SchemaRegistry> Registry = new(LoadAll);

    [GeneratedRegex("\"\\$ref\"\\s*:\\s*\"#/definitions/([A-Za-z0-9_]+)\"")]
    private static partial Regex DefinitionRef();

    /// <summary>
    /// Fails the test (Xunit assert) listing every error when <paramref name="json"/> does not validate against
    /// <paramref name="schemaFileName"/> (e.g. "flows.json").
    /// </summary>
    public static void AssertValid(string schemaFileName, string json)
    {
        var errors = Validate(schemaFileName, json);
        Assert.True(errors.Count == 0, $"Not valid against {schemaFileName}:\n{string.Join("\n", errors)}\n--- body ---\n{Truncate(json)}");
    }

    /// <summary>The validation errors ("location: message"), empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string schemaFileName, string json)
    {
        var registry = Registry.Value;
        var schema = (JsonSchema)registry.Get(new Uri(BaseUri, schemaFileName));
        var options = new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        };
        var result = schema.Evaluate(JsonNode.Parse(json), options);
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToArray();
    }

    private static SchemaRegistry LoadAll()
    {
        var registry = SchemaRegistry.Global;
        foreach (var path in Directory.GetFiles(LosantApiFiles.SchemasDirectory, "*.json"))
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            if (JsonNode.Parse(text) is not JsonObject root || !root.ContainsKey("$schema"))
            {
                continue; // apiInfo.json and globalParams.json are API descriptions, not schemas.
            }

            root["$id"] = new Uri(BaseUri, name).ToString();
            var definitions = root["definitions"] as JsonObject ?? new JsonObject();
            foreach (var target in DefinitionRef().Matches(text).Select(m => m.Groups[1].Value).Distinct())
            {
                definitions[target] ??= new JsonObject { ["$ref"] = target + ".json" };
            }

            if (definitions.Count > 0)
            {
                root["definitions"] = definitions;
            }

            var schema = JsonSchema.FromText(root.ToJsonString());
            registry.Register(schema);
        }

        return registry;
    }

    private static string Truncate(string json) => json.Length <= 4000 ? json : json[..4000] + "…";
}
