using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>Builds the flow.json and flowVersion.json documents the server stores and returns.</summary>
public sealed class FlowDocuments(ObjectIdGenerator ids, TimeProvider clock, string actorId)
{
    private static readonly HashSet<string> ServerOwned =
        ["id", "flowId", "applicationId", "creationDate", "lastUpdated", "createdById", "createdByType",
         "lastUpdatedById", "lastUpdatedByType", "stats"];

    /// <summary>The id generator shared by every document.</summary>
    public ObjectIdGenerator Ids { get; } = ids;

    /// <summary>Now, formatted as Losant dates.</summary>
    public string Now() => JsonDates.Format(clock.GetUtcNow());

    /// <summary>
    /// A new flow document: server fields first (id, flowId, applicationId, dates, created/updated by the API token),
    /// then every client field in the client's order (deep copies; a null, which flowPost allows only for
    /// iconData, means "not set" and is left out because flow.json has no null there), then defaults for enabled (false), flowClass (cloud),
    /// triggers/nodes/globals ([]), then stats. Client values for server-owned keys are ignored.
    /// </summary>
    public JsonObject NewFlow(string applicationId, JsonObject fields)
    {
        var id = Ids.Next();
        var now = Now();
        var doc = new JsonObject
        {
            ["id"] = id,
            ["flowId"] = id,
            ["applicationId"] = applicationId,
            ["creationDate"] = now,
            ["lastUpdated"] = now,
            ["createdById"] = actorId,
            ["createdByType"] = "apiToken",
            ["lastUpdatedById"] = actorId,
            ["lastUpdatedByType"] = "apiToken",
        };
        foreach (var (key, value) in fields)
        {
            if (!ServerOwned.Contains(key) && value is not null)
            {
                doc[key] = value?.DeepClone();
            }
        }

        AddDefaults(doc);
        doc["stats"] = new JsonObject { ["runCount"] = 0, ["errorCount"] = 0 };
        return doc;
    }

    /// <summary>
    /// A flow given directly by a test or seed file: every given field kept (including id and dates);
    /// missing server fields and defaults filled in.
    /// </summary>
    public JsonObject SeedFlow(string applicationId, JsonObject given)
    {
        var doc = (JsonObject)given.DeepClone();
        var id = doc["id"] is JsonValue v && v.TryGetValue(out string? s) && ObjectIds.IsValid(s) ? s : Ids.Next();
        var now = Now();
        doc["id"] = id;
        doc["flowId"] ??= id;
        doc["applicationId"] = applicationId;
        doc["creationDate"] ??= now;
        doc["lastUpdated"] ??= (string?)doc["creationDate"];
        AddDefaults(doc);
        doc["stats"] ??= new JsonObject { ["runCount"] = 0, ["errorCount"] = 0 };
        return doc;
    }

    /// <summary>
    /// A named version of <paramref name="flow"/> built from an import entry: flowVersion.json non-experience shape
    /// (experience flows get the experience shape with name/description/versions).
    /// </summary>
    public JsonObject NewVersion(StoredFlow flow, JsonObject fields)
    {
        var id = Ids.Next();
        var now = Now();
        var experience = flow.FlowClass == "experience";
        var doc = new JsonObject
        {
            ["id"] = id,
            ["flowVersionId"] = id,
            ["flowId"] = flow.Id,
            ["applicationId"] = (string?)flow.Document["applicationId"],
            ["creationDate"] = now,
            ["lastUpdated"] = now,
        };
        if (experience)
        {
            doc["name"] = flow.Name;
            CopyIfPresent(flow.Document, doc, "description");
            doc["flowClass"] = "experience";
            doc["versions"] = new JsonArray((string?)fields["version"]);
        }
        else
        {
            doc["createdById"] = actorId;
            doc["createdByType"] = "apiToken";
            doc["lastUpdatedById"] = actorId;
            doc["lastUpdatedByType"] = "apiToken";
            doc["version"] = (string?)fields["version"];
            doc["flowClass"] = flow.FlowClass;
            CopyIfPresent(fields, doc, "notes");
        }

        doc["enabled"] = false;
        foreach (var key in new[] { "triggers", "nodes", "globals" })
        {
            doc[key] = fields[key]?.DeepClone() ?? new JsonArray();
        }

        if (!experience)
        {
            CopyIfPresent(fields, doc, "minimumAgentVersion");
            CopyIfPresent(fields, doc, "customNodeConfig");
        }

        doc["stats"] = new JsonObject { ["runCount"] = 0, ["errorCount"] = 0 };
        return doc;
    }

    /// <summary>The develop version of a flow as a flowVersion.json document (id = the flow id; no flowVersionId).</summary>
    public static JsonObject DevelopVersion(StoredFlow flow)
    {
        var source = flow.Document;
        var experience = flow.FlowClass == "experience";
        var doc = new JsonObject();
        foreach (var key in new[] { "id", "flowId", "applicationId", "creationDate", "lastUpdated" })
        {
            CopyIfPresent(source, doc, key);
        }

        if (experience)
        {
            doc["name"] = flow.Name;
            CopyIfPresent(source, doc, "description");
            doc["flowClass"] = "experience";
            doc["versions"] = new JsonArray(flow.Versions.Select(v => (JsonNode?)JsonValue.Create(VersionName(v))).ToArray());
        }
        else
        {
            foreach (var key in new[] { "createdById", "createdByType", "lastUpdatedById", "lastUpdatedByType" })
            {
                CopyIfPresent(source, doc, key);
            }

            doc["version"] = "develop";
            doc["flowClass"] = flow.FlowClass;
        }

        foreach (var key in new[] { "enabled", "triggers", "nodes", "globals" })
        {
            CopyIfPresent(source, doc, key);
        }

        if (!experience)
        {
            CopyIfPresent(source, doc, "minimumAgentVersion");
            CopyIfPresent(source, doc, "customNodeConfig");
        }

        CopyIfPresent(source, doc, "stats");
        return doc;
    }

    /// <summary>The version name of a stored version document (experience versions keep it in versions[0]).</summary>
    public static string? VersionName(JsonObject version) =>
        (string?)version["version"] ?? (version["versions"] is JsonArray { Count: > 0 } a ? (string?)a[0] : null);

    private static void AddDefaults(JsonObject doc)
    {
        doc["enabled"] ??= false;
        doc["flowClass"] ??= "cloud";
        doc["triggers"] ??= new JsonArray();
        doc["nodes"] ??= new JsonArray();
        doc["globals"] ??= new JsonArray();
    }

    private static void CopyIfPresent(JsonObject from, JsonObject to, string key)
    {
        if (from.TryGetPropertyValue(key, out var value) && value is not null)
        {
            to[key] = value.DeepClone();
        }
    }
}
