using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>flows.post: validates a flowPost.json body and stores the new flow.</summary>
public static class FlowCreator
{
    /// <summary>Checks <paramref name="body"/> (400 naming the field) and returns the stored flow.json document.</summary>
    public static JsonObject Create(StandInState state, ApplicationStore store, JsonNode? body)
    {
        var fields = body as JsonObject ?? throw ApiError.Validation("\"flow\" must be an object");
        foreach (var (key, value) in fields)
        {
            if (!FlowFieldsCheck.CheckShared(key, value, $"flow.{key}"))
            {
                throw ApiError.Validation($"\"flow.{key}\" is not allowed");
            }
        }

        Check.Required(fields, "name", "flow");
        var copy = (JsonObject)fields.DeepClone();
        FlowFieldsCheck.DropUnset(copy);
        var doc = state.Documents.NewFlow(store.ApplicationId, copy);
        store.Add(new StoredFlow(doc));
        return doc;
    }
}
