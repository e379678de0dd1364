using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LosantFlows.StandIn;

/// <summary>POST /auth/user: exchanges the configured e-mail/password for the configured token.</summary>
public static class AuthEndpoints
{
    /// <summary>Maps POST /auth/user (no bearer token needed).</summary>
    public static void Map(IEndpointRouteBuilder app, StandInOptions options)
    {
        app.MapPost("/auth/user", async (HttpContext http) =>
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

                return JsonResponses.Json(new JsonObject { ["userId"] = options.UserId, ["token"] = options.Token }, 200);
            }
            catch (ApiError error)
            {
                return JsonResponses.Error(error);
            }
        });
    }
}
