using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LosantFlows.StandIn;

/// <summary>
/// The body of an action's answer: a <see cref="JsonNode"/>, or JSON already written as UTF-8 (a list page written
/// around cached item bytes). Either form yields the other on demand, so the contract check can still read a node
/// while the bytes that go out stay the ones written. One instance serves one request (not thread-safe).
/// </summary>
public sealed class ResponseBody
{
    private readonly Func<ReadOnlyMemory<byte>>? write;
    private JsonNode? node;
    private ReadOnlyMemory<byte>? utf8;

    private ResponseBody(JsonNode? node, Func<ReadOnlyMemory<byte>>? write)
    {
        this.node = node;
        this.write = write;
    }

    /// <summary>A body given as a node; it goes out as <see cref="JsonResponses.Serialize"/> writes it.</summary>
    public static implicit operator ResponseBody(JsonNode node) => FromNode(node);

    /// <summary>A body given as a node.</summary>
    public static ResponseBody FromNode(JsonNode node) => new(node ?? throw new ArgumentNullException(nameof(node)), null);

    /// <summary>A body whose UTF-8 JSON <paramref name="write"/> produces when first needed (at most once).</summary>
    public static ResponseBody FromUtf8(Func<ReadOnlyMemory<byte>> write) => new(null, write ?? throw new ArgumentNullException(nameof(write)));

    /// <summary>The body as a node (parsed from the written bytes when it was given as bytes).</summary>
    public JsonNode Node => node ??= JsonNode.Parse(Utf8.Span)!;

    /// <summary>The body as the UTF-8 bytes that go out.</summary>
    public ReadOnlyMemory<byte> Utf8 => utf8 ??= write is not null ? write() : Encoding.UTF8.GetBytes(JsonResponses.Serialize(node!));

    /// <summary>The body as the text that goes out.</summary>
    public string Text => write is null ? JsonResponses.Serialize(node!) : Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>The JSON answer with <paramref name="status"/>.</summary>
    public IResult ToResult(int status) => write is null ? JsonResponses.Json(node!, status) : new Utf8JsonResult(Utf8, status);

    private sealed class Utf8JsonResult(ReadOnlyMemory<byte> body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = JsonResponses.ContentType;
            response.StatusCode = status;
            response.ContentLength = body.Length;
            return response.Body.WriteAsync(body).AsTask();
        }
    }
}
