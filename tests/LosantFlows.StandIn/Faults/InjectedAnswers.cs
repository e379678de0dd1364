using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace LosantFlows.StandIn;

/// <summary>The answers an injected <see cref="Fault"/> gives, before or after the action runs. They bypass the contract check.</summary>
internal static class InjectedAnswers
{
    /// <summary>The 502 page.</summary>
    public const string BadGatewayPage = "<html><body><h1>502 Bad Gateway</h1></body></html>";

    /// <summary>The 504 page.</summary>
    public const string GatewayTimeoutPage = "<html><body><h1>504 Gateway Time-out</h1></body></html>";

    /// <summary>The non-JSON 2xx page.</summary>
    public const string MaintenancePage = "<html>maintenance</html>";

    private const string Html = "text/html; charset=utf-8";

    /// <summary>
    /// The answer that replaces the action (429, 503), or null when the action runs. A Delay fault waits first; when the
    /// client goes away meanwhile, the answer is an aborted connection.
    /// </summary>
    public static async Task<IResult?> BeforeActionAsync(Fault fault, HttpContext http)
    {
        switch (fault.Kind)
        {
            case FaultKind.TooManyRequests:
                return Error(fault, http, 429, "TooManyRequests", "Over rate limit, request throttled");
            case FaultKind.ServiceUnavailable:
                return Error(fault, http, 503, "ServiceUnavailable", "Service temporarily unavailable");
            case FaultKind.Delay:
                var stopping = http.RequestServices.GetService(typeof(IHostApplicationLifetime)) is IHostApplicationLifetime life
                    ? life.ApplicationStopping : CancellationToken.None;
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping))
                {
                    try
                    {
                        await Task.Delay(fault.DelayMs, wait.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
                    {
                        return new AbortResult();
                    }
                    catch (OperationCanceledException)
                    {
                        // The server is stopping: answer at once.
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The answer that replaces the action's own answer (<paramref name="status"/>, <paramref name="body"/>, already
    /// held against the contract), or null when the fault leaves it as it is.
    /// </summary>
    public static IResult? AfterAction(Fault fault, HttpContext http, int status, ResponseBody body) => fault.Kind switch
    {
        FaultKind.ServerError => Error(fault, http, 500, "InternalError", "Internal server error"),
        FaultKind.BadGatewayHtml => Page(fault, http, 502, BadGatewayPage),
        FaultKind.GatewayTimeout => Page(fault, http, 504, GatewayTimeoutPage),
        FaultKind.ResetConnection => new AbortResult(),
        FaultKind.TruncatedJson => Results.Text(Truncate(body.Text), JsonResponses.ContentType, Encoding.UTF8, status),
        FaultKind.NonJson => Results.Text(MaintenancePage, Html, Encoding.UTF8, status),
        _ => null,
    };

    /// <summary>The first half of <paramref name="text"/> (never ending inside a surrogate pair).</summary>
    public static string Truncate(string text)
    {
        var length = text.Length / 2;
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }

    private static IResult Error(Fault fault, HttpContext http, int status, string type, string message)
    {
        AddRetryAfter(fault, http);
        return JsonResponses.Json(new JsonObject { ["type"] = type, ["message"] = message }, status);
    }

    private static IResult Page(Fault fault, HttpContext http, int status, string page)
    {
        AddRetryAfter(fault, http);
        return Results.Text(page, Html, Encoding.UTF8, status);
    }

    private static void AddRetryAfter(Fault fault, HttpContext http)
    {
        if (fault.RetryAfter is not null)
        {
            http.Response.Headers.RetryAfter = fault.RetryAfter;
        }
    }

    private sealed class AbortResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Abort();
            return Task.CompletedTask;
        }
    }
}
