using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LosantFlows.StandIn;

/// <summary>
/// Test control without code, loopback clients only (no token): POST /_standin/faults queues faults (a
/// <see cref="FaultScript"/> body) → 204; DELETE /_standin/faults clears them → 204; GET /_standin/stats →
/// <c>{"requests":N,"connections":N,"flows":{"&lt;appId&gt;":N,…},"pendingFaults":N}</c>. Not recorded, not faulted.
/// </summary>
public static class ControlEndpoints
{
    /// <summary>Maps the control endpoints for <paramref name="state"/>.</summary>
    public static void Map(IEndpointRouteBuilder app, StandInState state)
    {
        var control = app.MapGroup(RequestRecorder.ControlPath).AddEndpointFilter(async (context, next) =>
            context.HttpContext.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address)
                ? await next(context).ConfigureAwait(false)
                : JsonResponses.Json(new JsonObject { ["type"] = "Forbidden", ["message"] = "The stand-in control endpoints answer loopback clients only" }, 403));
        control.MapPost("/faults", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            try
            {
                state.InjectFaults([.. FaultScript.Parse(text)]);
            }
            catch (FormatException e)
            {
                return JsonResponses.Json(new JsonObject { ["type"] = "Validation", ["message"] = e.Message }, 400);
            }

            return Results.NoContent();
        });
        control.MapDelete("/faults", () =>
        {
            state.ClearFaults();
            return Results.NoContent();
        });
        control.MapGet("/stats", () => JsonResponses.Json(Stats(state), 200));
    }

    /// <summary>The /_standin/stats document.</summary>
    public static JsonObject Stats(StandInState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var flows = new JsonObject();
        foreach (var (id, count) in state.FlowCounts)
        {
            flows[id] = count;
        }

        return new JsonObject
        {
            ["requests"] = state.RequestCount,
            ["connections"] = state.ConnectionCount,
            ["flows"] = flows,
            ["pendingFaults"] = state.PendingFaultCount,
        };
    }
}
