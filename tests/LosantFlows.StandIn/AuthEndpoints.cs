using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LosantFlows.StandIn;

/// <summary>POST /auth/user: exchanges the configured e-mail/password for the configured token.</summary>
public static class AuthEndpoints
{
    /// <summary>Maps POST /auth/user (no bearer token needed); faults injected into <paramref name="state"/> apply to it.</summary>
    public static void Map(IEndpointRouteBuilder app, StandInOptions options, StandInState? state = null)
    {
        app.MapPost("/auth/user", async (HttpContext http) =>
        {
            var fault = state?.TakeFault(http.Request);
            if (fault is not null && await InjectedAnswers.BeforeActionAsync(fault, http).ConfigureAwait(false) is { } early)
            {
                return early;
            }

            var (status, body) = await SignInAsync(http, options).ConfigureAwait(false);
            return fault is not null && InjectedAnswers.AfterAction(fault, http, status, body) is { } late
                ? late
                : JsonResponses.Json(body, status);
        });
    }

    private static async Task<(int Status, JsonNode Body)> SignInAsync(HttpContext http, StandInOptions options)
    {
        try
        {
            var body = await JsonResponses.ReadBodyAsync(http.Request, "credentials").ConfigureAwait(false);
            var credentials = Check.Object(body, "credentials");
            var email = Check.String(Check.Required(credentials, "email", "credentials"), "credentials.email", 1, 1024);
            var password = Check.String(Check.Required(credentials, "password", "credentials"), "credentials.password", 1, 2048);
            var emailOk = string.Equals(email, options.Email, StringComparison.OrdinalIgnoreCase);
            if (!emailOk || !string.Equals(password, options.Password, StringComparison.Ordinal))
            {
                throw new ApiError(401, "Unauthorized", "Invalid email or password");
            }

            return (200, new JsonObject { ["userId"] = options.UserId, ["token"] = options.Token });
        }
        catch (ApiError error)
        {
            return (error.Status, error.ToJson());
        }
    }
}
