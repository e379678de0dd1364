using System.Net;
using System.Net.Http;
using System.Text;

namespace LosantFlows.Tests.Engine;

/// <summary>What the engine put on the wire, captured before the fake answers.</summary>
internal sealed record RecordedRequest(
    string Method,
    string AbsoluteUri,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    byte[]? Body)
{
    public string RequestLine => Method + " " + PathAndQuery;

    public string? BodyText => Body == null ? null : Encoding.UTF8.GetString(Body);
}

/// <summary>Innermost handler that records each request and answers with <see cref="Respond"/>.</summary>
internal sealed class FakeHandler : HttpMessageHandler
{
    public List<RecordedRequest> Requests { get; } = new();

    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; } =
        (_, _) => Task.FromResult(Json(HttpStatusCode.OK, "{}"));

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static FakeHandler Answering(HttpStatusCode status, string json) =>
        new() { Respond = (_, _) => Task.FromResult(Json(status, json)) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated) headers[header.Key] = header.Value.ToString();
        byte[]? body = null;
        string? contentType = null;
        if (request.Content != null)
        {
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            contentType = request.Content.Headers.ContentType?.ToString();
        }

        Requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!.AbsoluteUri, request.RequestUri.PathAndQuery, headers, contentType, body));
        return await Respond(request, cancellationToken);
    }
}
