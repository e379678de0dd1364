using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LosantFlows.StandIn;

/// <summary>Writing JSON bodies and reading request bodies.</summary>
public static class JsonResponses
{
    /// <summary>A JSON response with <paramref name="status"/>.</summary>
    public static IResult Json(JsonNode body, int status) =>
        Results.Text(Serialize(body), ContentType, Encoding.UTF8, status);

    /// <summary>The content type of every JSON answer.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary><paramref name="body"/> as the server writes it.</summary>
    public static string Serialize(JsonNode body) => body.ToJsonString(Options);

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Nesting <see cref="Serialize"/> allows (System.Text.Json's default for serializer options).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// A writer that writes as <see cref="Serialize"/> does (same encoder, compact) into <paramref name="output"/>,
    /// allowing <paramref name="maxDepth"/> levels: a value that will sit n levels deep in a body gets
    /// <see cref="MaxDepth"/> − n, so it fails exactly when writing the whole body would.
    /// </summary>
    public static Utf8JsonWriter Writer(IBufferWriter<byte> output, int maxDepth = MaxDepth) =>
        new(output, new JsonWriterOptions { Encoder = Options.Encoder, MaxDepth = maxDepth, SkipValidation = true });

    /// <summary><paramref name="node"/> as UTF-8, written as <see cref="Serialize"/> writes it, for a place <paramref name="depth"/> levels deep.</summary>
    public static byte[] SerializeToUtf8(JsonNode node, int depth)
    {
        ArgumentNullException.ThrowIfNull(node);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = Writer(buffer, MaxDepth - depth))
        {
            node.WriteTo(writer, Options);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The error.json response for <paramref name="error"/>.</summary>
    public static IResult Error(ApiError error) => Json(error.ToJson(), error.Status);

    /// <summary>The request body as JSON; 400 naming <paramref name="parameter"/> when it is empty or not JSON.</summary>
    public static async Task<JsonNode> ReadBodyAsync(HttpRequest request, string parameter)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw ApiError.Validation($"\"{parameter}\" is required");
        }

        try
        {
            return JsonNode.Parse(text) ?? throw ApiError.Validation($"\"{parameter}\" must be an object");
        }
        catch (JsonException)
        {
            throw ApiError.Validation($"\"{parameter}\" must be valid JSON");
        }
    }
}
