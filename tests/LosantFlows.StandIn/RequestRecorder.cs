using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LosantFlows.StandIn;

/// <summary>
/// Middleware: records every API request in the <see cref="RequestLog"/> and its connection in the state, then passes
/// it on. A body above Kestrel's limit is answered 413 PayloadTooLarge here. /_standin control requests pass unrecorded.
/// </summary>
internal static class RequestRecorder
{
    /// <summary>Path prefix of the control endpoints.</summary>
    public const string ControlPath = "/_standin";

    /// <summary>Bodies above this many bytes are recorded with their length only (Body null).</summary>
    public const int MaxRecordedBodyBytes = 32 * 1024 * 1024;

    /// <summary>
    /// Records <paramref name="context"/>'s request and runs <paramref name="next"/>. A body above
    /// <paramref name="maxBodySize"/> is read to its end and discarded (so the client, still sending, reads the answer
    /// rather than a reset) and answered 413; past <see cref="MaxDrainBytes"/> the connection is closed after the 413.
    /// </summary>
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, StandInState state, RequestLog log, long maxBodySize)
    {
        if (context.Request.Path.StartsWithSegments(ControlPath))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        state.NoteConnection(context.Connection.Id);
        var request = context.Request;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var line = $"{request.Method} {RawTarget(request)}";
        if (request.ContentLength is not > 0 && request.Headers.TransferEncoding.Count == 0)
        {
            log.Add(new RecordedRequest(line, headers));
            await next(context).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var raw = request.Body;
        var declaredTooLarge = request.ContentLength > maxBodySize;
        var (body, received) = declaredTooLarge ? (null, 0) : await ReadBodyAsync(request, maxBodySize).ConfigureAwait(false);
        if (!declaredTooLarge && received <= maxBodySize)
        {
            log.Add(new RecordedRequest(line, headers, body, received));
            await next(context).ConfigureAwait(false);
            return;
        }

        // A client waiting for 100-continue sends nothing more once it reads the 413: nothing to drain.
        var waitsForContinue = declaredTooLarge && request.Headers.Expect.ToString().Contains("100-continue", StringComparison.OrdinalIgnoreCase);
        var drained = waitsForContinue ? 0 : await DrainAsync(raw, context.RequestAborted).ConfigureAwait(false);
        log.Add(new RecordedRequest(line, headers, null, received + drained));
        if (waitsForContinue || drained >= MaxDrainBytes)
        {
            context.Response.Headers.Connection = "close";
        }

        var error = new JsonObject { ["type"] = "PayloadTooLarge", ["message"] = "Request entity too large" };
        await JsonResponses.Json(error, StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>Most bytes of an oversized body read and discarded before answering 413.</summary>
    public const long MaxDrainBytes = 1024L * 1024 * 1024;

    private static async Task<long> DrainAsync(Stream body, CancellationToken aborted)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < MaxDrainBytes && (read = await body.ReadAsync(buffer, aborted).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The body (text when at most <see cref="MaxRecordedBodyBytes"/>) and its length; stops past <paramref name="maxBodySize"/>.</summary>
    private static async Task<(string? Text, long Length)> ReadBodyAsync(HttpRequest request, long maxBodySize)
    {
        request.EnableBuffering();
        var kept = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total <= maxBodySize && (read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total <= MaxRecordedBodyBytes)
            {
                kept.Write(buffer, 0, read);
            }
        }

        if (total > maxBodySize)
        {
            return (null, total);
        }

        request.Body.Position = 0;
        if (total > MaxRecordedBodyBytes)
        {
            return (null, total);
        }

        kept.Position = 0;
        using var reader = new StreamReader(kept, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return (await reader.ReadToEndAsync().ConfigureAwait(false), total);
    }

    private static string RawTarget(HttpRequest request)
    {
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return string.IsNullOrEmpty(target) ? request.PathBase + request.Path + request.QueryString : target;
    }
}
