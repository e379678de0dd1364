using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>A request the API refuses: HTTP status and the error.json body <c>{type, message}</c>.</summary>
public sealed class ApiError(int status, string type, string message) : Exception(message)
{
    /// <summary>HTTP status code.</summary>
    public int Status { get; } = status;

    /// <summary>Losant error type (Validation, NotFound, Unauthorized).</summary>
    public string Type { get; } = type;

    /// <summary>400 Validation naming the field.</summary>
    public static ApiError Validation(string message) => new(400, "Validation", message);

    /// <summary>404 for an application id that is well formed but not served.</summary>
    public static ApiError ApplicationNotFound() => new(404, "NotFound", "Application was not found");

    /// <summary>404 for a flow id that is well formed but not stored in the application (flowVersions.get).</summary>
    public static ApiError FlowNotFound() => new(404, "NotFound", "Flow was not found");

    /// <summary>401 for a missing or wrong bearer token.</summary>
    public static ApiError Unauthorized() => new(401, "Unauthorized", "Unauthorized");

    /// <summary>The error.json body.</summary>
    public JsonObject ToJson() => new() { ["type"] = Type, ["message"] = Message };
}
