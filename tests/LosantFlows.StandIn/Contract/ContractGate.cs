using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LosantFlows.StandIn.Contract;

/// <summary>
/// Contract mode: holds every request and response of the Flows actions against Losant's schemas. A request that
/// breaks them is refused with 400 Validation, as the real API (validating with the same schemas) refuses it; a
/// response that breaks them is a stand-in defect, replaced by 500 StandInContractViolation and written to the log.
/// Both are recorded in <see cref="StandInState.ContractViolations"/>.
/// </summary>
public sealed class ContractGate(LosantSchemas schemas, TextWriter log)
{
    /// <summary>The schemas in use.</summary>
    public LosantSchemas Schemas { get; } = schemas;

    /// <summary>
    /// Checks the body (flowPost.json / flowsImportPost.json), <c>query</c> (advancedFlowQuery.json /
    /// advancedFlowByVersionQuery.json / advancedFlowVersionQuery.json for flowVersions.get) and <c>triggerFilter</c>
    /// (flowTriggerFilter.json; not a parameter of flowVersions.get) of a request; throws a 400
    /// <see cref="ApiError"/> naming the first violation. Values that are not JSON are left to the endpoint.
    /// </summary>
    public void CheckRequest(FlowAction action, HttpRequest request, JsonNode? body, StandInState state)
    {
        var violation = action switch
        {
            FlowAction.Post => Schemas.FindViolation("flowPost.json", body, "flow"),
            FlowAction.Import => Schemas.FindViolation("flowsImportPost.json", body, "importData"),
            FlowAction.Get => CheckListQuery(request.Query, "advancedFlowQuery.json"),
            FlowAction.GetByVersion => CheckListQuery(request.Query, "advancedFlowByVersionQuery.json"),
            FlowAction.GetVersions => CheckListQuery(request.Query, "advancedFlowVersionQuery.json", withTriggerFilter: false),
            _ => null,
        };
        if (violation is not null)
        {
            var message = violation.ToString();
            state.AddContractViolation(new ContractViolation(false, RequestLine(request), message));
            throw ApiError.Validation(message);
        }
    }

    /// <summary>
    /// <paramref name="body"/> and <paramref name="status"/> when the body validates against the action's schema for
    /// that status (error.json for 4xx); else 500 <c>{"type":"StandInContractViolation","message":…}</c>, logged and recorded.
    /// </summary>
    public (int Status, JsonNode Body) CheckResponse(FlowAction? action, int status, JsonNode body, HttpRequest request, StandInState state)
    {
        var schema = SchemaFor(action, status);
        if (schema is null || Schemas.FindViolation(schema, body, "response") is not { } violation)
        {
            return (status, body);
        }

        var line = RequestLine(request);
        var message = $"{violation} in the {status} answer to {line}";
        state.AddContractViolation(new ContractViolation(true, line, message));
        log.WriteLine($"LosantFlows stand-in: contract violation: {message}");
        log.Flush();
        return (500, new JsonObject { ["type"] = "StandInContractViolation", ["message"] = message });
    }

    /// <summary>The schema of the response to <paramref name="action"/> with <paramref name="status"/>, or null when none is published.</summary>
    public static string? SchemaFor(FlowAction? action, int status) => status switch
    {
        >= 400 and < 500 => "error.json",
        200 when action == FlowAction.Get => "flows.json",
        200 when action is FlowAction.GetByVersion or FlowAction.GetVersions => "flowVersions.json",
        200 when action == FlowAction.Palette => "paletteResponse.json",
        201 when action == FlowAction.Post => "flow.json",
        201 when action == FlowAction.Import => "flowsImportResult.json",
        _ => null,
    };

    private SchemaViolation? CheckListQuery(IQueryCollection query, string querySchema, bool withTriggerFilter = true)
    {
        if (query.TryGetValue("query", out var text) && text.Count == 1 && !string.IsNullOrEmpty(text[0]))
        {
            JsonNode? parsed = null;
            try
            {
                parsed = JsonNode.Parse(text[0]!);
            }
            catch (JsonException)
            {
                // Not JSON: the endpoint answers "query" must be valid JSON.
            }

            if (parsed is not null && Schemas.FindViolation(querySchema, parsed, "query") is { } queryViolation)
            {
                return queryViolation;
            }
        }

        return withTriggerFilter && TriggerFilterDocument.From(query) is { } filter ? Schemas.FindViolation("flowTriggerFilter.json", filter, "triggerFilter") : null;
    }

    private static string RequestLine(HttpRequest request) => $"{request.Method} {request.Path}{request.QueryString}";
}
