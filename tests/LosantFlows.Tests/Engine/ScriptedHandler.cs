using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace LosantFlows.Tests.Engine;

/// <summary>Builds <see cref="FakeHandler"/>s that answer a scripted sequence of outcomes; the last one repeats.</summary>
internal static class ScriptedHandler
{
    public static FakeHandler Of(params Func<CancellationToken, Task<HttpResponseMessage>>[] steps)
    {
        var handler = new FakeHandler();
        handler.Respond = (_, ct) => steps[Math.Min(handler.Requests.Count - 1, steps.Length - 1)](ct);
        return handler;
    }

    public static Func<CancellationToken, Task<HttpResponseMessage>> Status(int status, string? retryAfter = null) => _ =>
    {
        var response = FakeHandler.Json((HttpStatusCode)status, """{"type":"Failure","message":"scripted"}""");
        if (retryAfter != null) response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return Task.FromResult(response);
    };

    public static Func<CancellationToken, Task<HttpResponseMessage>> Ok(string json) => _ =>
        Task.FromResult(FakeHandler.Json(HttpStatusCode.OK, json));

    public static Func<CancellationToken, Task<HttpResponseMessage>> Refused => _ =>
        throw new HttpRequestException("Connection refused (127.0.0.1:18765)", new SocketException((int)SocketError.ConnectionRefused));

    public static Func<CancellationToken, Task<HttpResponseMessage>> Reset => _ =>
        throw new HttpRequestException("Error while copying content to a stream.",
            new IOException("Unable to read data from the transport connection: Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset)));

    public static Func<CancellationToken, Task<HttpResponseMessage>> Hang => async ct =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    };
}
