using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace LosantFlows.StandIn.Contract;

/// <summary>
/// Losant's published JSON schemas (draft-07, <c>../shared/losant-api/schemas</c>, read in place) compiled once per
/// folder with JsonSchema.Net, formats asserted. Each file is registered under https://schemas.losant.local/&lt;file&gt;;
/// a <c>#/definitions/x</c> reference resolves to the sibling x.json through an added <c>definitions.x = {"$ref": "x.json"}</c>.
/// A check first asks for the verdict only (flag output); a failing value is evaluated again with hierarchical output
/// to describe the error. Valid verdicts are remembered by schema and JSON text (up to 512), so the same page or body
/// seen again costs one serialisation. Evaluations are serialised (one at a time per folder).
/// </summary>
public sealed partial class LosantSchemas
{
    /// <summary>The base URI the files are registered under.</summary>
    public static readonly Uri BaseUri = new("https://schemas.losant.local/");

    private const int RememberedVerdicts = 512;

    private static readonly ConcurrentDictionary<string, Lazy<LosantSchemas>> Loaded = new(StringComparer.Ordinal);
    private static readonly Lazy<LosantSchemas> DefaultSchemas = new(() => Load(
        SchemaDirectory.Locate() ?? throw new DirectoryNotFoundException(
            $"Losant's schemas were not found: no {SchemaDirectory.RelativeToRepository} beside a folder holding LosantFlows.sln above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}.")));

    private readonly Dictionary<string, JsonNode> published = new(StringComparer.Ordinal);
    private readonly EvaluationOptions fast = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private readonly EvaluationOptions detailed = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
    private readonly object gate = new();
    private readonly ConcurrentDictionary<string, bool> validTexts = new(StringComparer.Ordinal);

    private LosantSchemas(string directory)
    {
        Directory = directory;
        foreach (var path in System.IO.Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            if (JsonNode.Parse(text) is not JsonObject root || !root.ContainsKey("$schema"))
            {
                continue; // apiInfo.json and globalParams.json describe the API; they are not schemas.
            }

            AddDefinitionShims(root, text);
            root["$id"] = new Uri(BaseUri, name).ToString();
            published[name] = root;
            var compiled = root.ToJsonString();
            fast.SchemaRegistry.Register(JsonSchema.FromText(compiled));
            detailed.SchemaRegistry.Register(JsonSchema.FromText(compiled));
        }

        if (published.Count == 0)
        {
            throw new DirectoryNotFoundException($"No JSON schema files in {directory}.");
        }
    }

    /// <summary>The schemas found by <see cref="SchemaDirectory.Locate"/>; throws DirectoryNotFoundException when there are none.</summary>
    public static LosantSchemas Default => DefaultSchemas.Value;

    /// <summary>The full path of the folder the schemas were read from.</summary>
    public string Directory { get; }

    /// <summary>The schema file names loaded (e.g. "flows.json").</summary>
    public IReadOnlyCollection<string> FileNames => published.Keys;

    /// <summary>The schemas in <paramref name="directory"/>, compiled on first use and cached for the process.</summary>
    public static LosantSchemas Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        return Loaded.GetOrAdd(full, d => new Lazy<LosantSchemas>(() => new LosantSchemas(d))).Value;
    }

    /// <summary>
    /// Throws <see cref="SchemaViolationException"/> listing every error when <paramref name="json"/> does not validate
    /// against <paramref name="schemaFileName"/> (e.g. "flows.json") of <see cref="Default"/>.
    /// </summary>
    public static void AssertValid(string schemaFileName, string json)
    {
        var errors = Validate(schemaFileName, json);
        if (errors.Count > 0)
        {
            throw new SchemaViolationException(
                $"Not valid against {schemaFileName}:\n{string.Join("\n", errors)}\n--- body ---\n{(json.Length <= 4000 ? json : json[..4000] + "…")}");
        }
    }

    /// <summary>The errors of <paramref name="json"/> against <paramref name="schemaFileName"/> of <see cref="Default"/>; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string schemaFileName, string json) => Default.Errors(schemaFileName, json);

    /// <summary>
    /// The errors of <paramref name="json"/> against <paramref name="schemaFileName"/>, empty when valid: first the most
    /// specific one (as <see cref="SchemaViolation"/> text, rooted at "$"), then every error JsonSchema.Net reports
    /// ("location (evaluation path): keyword: message").
    /// </summary>
    public IReadOnlyList<string> Errors(string schemaFileName, string json)
    {
        var instance = JsonNode.Parse(json);
        if (IsValid(schemaFileName, instance))
        {
            return [];
        }

        lock (gate)
        {
            var results = Get(detailed, schemaFileName).Evaluate(instance, detailed);
            var all = ViolationReader.Failures(results)
                .Select(f => $"{f.Detail.InstanceLocation} ({f.Detail.EvaluationPath}): {f.Keyword}: {f.Message}");
            return all.Prepend(ReadViolation(results, instance, "$", schemaFileName).ToString()).ToArray();
        }
    }

    /// <summary>True when <paramref name="instance"/> validates against <paramref name="schemaFileName"/>.</summary>
    public bool IsValid(string schemaFileName, JsonNode? instance)
    {
        var schema = Get(fast, schemaFileName);
        var key = schemaFileName + "\n" + (instance?.ToJsonString() ?? "null");
        if (validTexts.ContainsKey(key))
        {
            return true;
        }

        bool valid;
        lock (gate)
        {
            valid = schema.Evaluate(instance, fast).IsValid;
        }

        if (valid)
        {
            if (validTexts.Count >= RememberedVerdicts)
            {
                validTexts.Clear();
            }

            validTexts[key] = true;
        }

        return valid;
    }

    /// <summary>
    /// Null when <paramref name="instance"/> validates against <paramref name="schemaFileName"/>; else the most specific
    /// violation, its path rooted at <paramref name="rootName"/> (the parameter name: "flow", "importData", "query" …).
    /// </summary>
    public SchemaViolation? FindViolation(string schemaFileName, JsonNode? instance, string rootName)
    {
        if (IsValid(schemaFileName, instance))
        {
            return null;
        }

        lock (gate)
        {
            var results = Get(detailed, schemaFileName).Evaluate(instance, detailed);
            return results.IsValid ? null : ReadViolation(results, instance, rootName, schemaFileName);
        }
    }

    private SchemaViolation ReadViolation(EvaluationResults results, JsonNode? instance, string rootName, string schemaFileName) =>
        ViolationReader.Read(results, instance, rootName, schemaFileName, SchemaNodeAt);

    private JsonSchema Get(EvaluationOptions options, string schemaFileName)
    {
        if (!published.ContainsKey(schemaFileName))
        {
            throw new ArgumentException($"No schema {schemaFileName} in {Directory}.", nameof(schemaFileName));
        }

        return (JsonSchema)options.SchemaRegistry.Get(new Uri(BaseUri, schemaFileName));
    }

    private JsonNode? SchemaNodeAt(Uri location)
    {
        var file = Path.GetFileName(location.GetLeftPart(UriPartial.Path));
        if (!published.TryGetValue(file, out var node))
        {
            return null;
        }

        var fragment = Uri.UnescapeDataString(location.Fragment.TrimStart('#'));
        foreach (var raw in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }

        return node;
    }

    [GeneratedRegex("\"\\$ref\"\\s*:\\s*\"#/definitions/([A-Za-z0-9_]+)\"")]
    private static partial Regex DefinitionRef();

    private static void AddDefinitionShims(JsonObject root, string text)
    {
        var definitions = root["definitions"] as JsonObject ?? new JsonObject();
        foreach (var target in DefinitionRef().Matches(text).Select(m => m.Groups[1].Value).Distinct())
        {
            definitions[target] ??= new JsonObject { ["$ref"] = target + ".json" };
        }

        if (definitions.Count > 0)
        {
            root["definitions"] = definitions;
        }
    }
}
