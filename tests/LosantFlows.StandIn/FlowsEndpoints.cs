using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LosantFlows.StandIn;

/// <summary>
/// The five Flows actions under /applications/{applicationId}/flows. Checks run in this order: bearer token (401),
/// application id format (400), application served (404), then parameters and body (400).
/// </summary>
public static class FlowsEndpoints
{
    /// <summary>Maps flows.get, flows.getByVersion, flows.import, flows.palette and flows.post.</summary>
    public static void Map(IEndpointRouteBuilder app, StandInState state, string token)
    {
        var flows = app.MapGroup("/applications/{applicationId}/flows");
        flows.MapGet("", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, null, (store, _) => (200, FlowsReader.List(store, ListRequest.Parse(http.Request.Query, byVersion: false)))));
        flows.MapGet("/version", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, null, (store, _) => (200, FlowsReader.ByVersion(store, ListRequest.Parse(http.Request.Query, byVersion: true)))));
        flows.MapGet("/palette", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, null, (store, _) => (200, FlowsReader.Palette(store))));
        flows.MapPost("", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, "flow", (store, body) =>
            {
                var includeCustomNodes = QueryValues.Boolean(http.Request.Query, "includeCustomNodes", false);
                var created = (JsonObject)FlowCreator.Create(state, store, body).DeepClone();
                if (includeCustomNodes)
                {
                    CustomNodeReferences.Attach(created, created["nodes"], store);
                }

                return (201, created);
            }));
        flows.MapPost("/import", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, "importData", (store, body) => (201, FlowImporter.Import(state, store, body))));
    }

    private static async Task<IResult> Run(
        HttpContext http, StandInState state, string token, string applicationId, string? bodyParameter,
        Func<ApplicationStore, JsonNode?, (int Status, JsonNode Body)> work)
    {
        try
        {
            var store = Authorize(http, state, token, applicationId);
            var body = bodyParameter is null ? null : await JsonResponses.ReadBodyAsync(http.Request, bodyParameter).ConfigureAwait(false);
            lock (state.Sync)
            {
                var (status, result) = work(store, body);
                return JsonResponses.Json(result, status);
            }
        }
        catch (ApiError error)
        {
            return JsonResponses.Error(error);
        }
    }

    private static ApplicationStore Authorize(HttpContext http, StandInState state, string token, string applicationId)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(header[scheme.Length..].Trim(), token, StringComparison.Ordinal))
        {
            throw ApiError.Unauthorized();
        }

        if (!ObjectIds.IsValid(applicationId))
        {
            throw ApiError.Validation("\"applicationId\" must be a valid object id (24 hexadecimal characters)");
        }

        return state.Find(applicationId) ?? throw ApiError.ApplicationNotFound();
    }
}
