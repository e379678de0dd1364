using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using LosantFlows.StandIn.Contract;

namespace LosantFlows.StandIn;

/// <summary>
/// The five Flows actions under /applications/{applicationId}/flows, and flowVersions.get under
/// /applications/{applicationId}/flows/{flowId}/versions. Checks run in this order: bearer token (401),
/// then an injected fault (see <see cref="Fault"/>) takes its turn, then application id format (400), application
/// served (404), parameters and body (400).
/// </summary>
public static class FlowsEndpoints
{
    /// <summary>Maps flows.get, flows.getByVersion, flows.import, flows.palette, flows.post and flowVersions.get.</summary>
    public static void Map(IEndpointRouteBuilder app, StandInState state, string token)
    {
        var flows = app.MapGroup("/applications/{applicationId}/flows");
        flows.MapGet("", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, FlowAction.Get, null, (store, _) => (200, FlowsReader.List(store, ListRequest.Parse(http.Request.Query, byVersion: false)))));
        flows.MapGet("/version", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, FlowAction.GetByVersion, null, (store, _) => (200, FlowsReader.ByVersion(store, ListRequest.Parse(http.Request.Query, byVersion: true)))));
        flows.MapGet("/palette", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, FlowAction.Palette, null, (store, _) => (200, FlowsReader.Palette(store))));
        flows.MapPost("", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, FlowAction.Post, "flow", (store, body) =>
            {
                var includeCustomNodes = QueryValues.Boolean(http.Request.Query, "includeCustomNodes", false);
                var created = (JsonObject)FlowCreator.Create(state, store, body).DeepClone();
                if (includeCustomNodes)
                {
                    CustomNodeReferences.Attach(created, created["nodes"], store);
                }

                return (201, created);
            }));
        flows.MapGet("/{flowId}/versions", (HttpContext http, string applicationId, string flowId) =>
            Run(http, state, token, applicationId, FlowAction.GetVersions, null, (store, _) => (200, FlowVersionsReader.List(store, flowId, ListRequest.ParseFlowVersions(http.Request.Query)))));
        flows.MapPost("/import", (HttpContext http, string applicationId) =>
            Run(http, state, token, applicationId, FlowAction.Import, "importData", (store, body) => (201, FlowImporter.Import(state, store, body))));
    }

    private static async Task<IResult> Run(
        HttpContext http, StandInState state, string token, string applicationId, FlowAction action, string? bodyParameter,
        Func<ApplicationStore, JsonNode?, (int Status, ResponseBody Body)> work)
    {
        if (!TokenMatches(http, token))
        {
            return Answer(http, state, action, 401, ApiError.Unauthorized().ToJson());
        }

        var fault = state.TakeFault(http.Request);
        if (fault is not null && await InjectedAnswers.BeforeActionAsync(fault, http).ConfigureAwait(false) is { } early)
        {
            return early;
        }

        int status;
        ResponseBody result;
        try
        {
            var store = FindApplication(state, applicationId);
            var body = bodyParameter is null ? null : await JsonResponses.ReadBodyAsync(http.Request, bodyParameter).ConfigureAwait(false);
            state.Contract?.CheckRequest(action, http.Request, body, state);
            lock (state.Sync)
            {
                (status, result) = work(store, body);
            }
        }
        catch (ApiError error)
        {
            (status, result) = (error.Status, error.ToJson());
        }

        if (fault is null)
        {
            return Answer(http, state, action, status, result);
        }

        if (state.Contract is { } contract)
        {
            (status, result) = Check(contract, action, status, result, http.Request, state);
        }

        return InjectedAnswers.AfterAction(fault, http, status, result) ?? result.ToResult(status);
    }

    /// <summary>
    /// The JSON response <paramref name="body"/> with <paramref name="status"/>, after contract mode (when on) has held
    /// it against the schema of <paramref name="action"/> and status (error.json for 4xx; null action: errors only).
    /// </summary>
    public static IResult Answer(HttpContext http, StandInState state, FlowAction? action, int status, JsonNode body) =>
        Answer(http, state, action, status, ResponseBody.FromNode(body));

    /// <summary>
    /// <see cref="Answer(HttpContext, StandInState, FlowAction?, int, JsonNode)"/> for a body that may be written
    /// already: when it passes the check, its own bytes go out.
    /// </summary>
    public static IResult Answer(HttpContext http, StandInState state, FlowAction? action, int status, ResponseBody body)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(body);
        if (state.Contract is { } contract)
        {
            (status, body) = Check(contract, action, status, body, http.Request, state);
        }

        return body.ToResult(status);
    }

    /// <summary>The contract check of <paramref name="body"/>: the body itself when it passes, else the 500 answer.</summary>
    private static (int Status, ResponseBody Body) Check(ContractGate contract, FlowAction? action, int status, ResponseBody body, HttpRequest request, StandInState state)
    {
        var node = body.Node;
        var (checkedStatus, checkedBody) = contract.CheckResponse(action, status, node, request, state);
        return ReferenceEquals(checkedBody, node) ? (checkedStatus, body) : (checkedStatus, ResponseBody.FromNode(checkedBody));
    }

    private static bool TokenMatches(HttpContext http, string token)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(header[scheme.Length..].Trim(), token, StringComparison.Ordinal);
    }

    private static ApplicationStore FindApplication(StandInState state, string applicationId)
    {
        if (!ObjectIds.IsValid(applicationId))
        {
            throw ApiError.Validation("\"applicationId\" must be a valid object id (24 hexadecimal characters)");
        }

        return state.Find(applicationId) ?? throw ApiError.ApplicationNotFound();
    }
}
