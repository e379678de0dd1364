using System.Collections.Concurrent;

namespace LosantFlows.StandIn;

/// <summary>One request as received.</summary>
/// <param name="Line">"METHOD path?query" exactly as sent (query not decoded).</param>
/// <param name="Headers">Request headers; names as sent, repeated values joined with ", ".</param>
/// <param name="Body">
/// The body as UTF-8 text, or null when the request had none or it was larger than 32 MiB (see <paramref name="BodyLength"/>).
/// </param>
/// <param name="BodyLength">Bytes of body received (for a 413, those read before the limit was hit).</param>
public sealed record RecordedRequest(string Line, IReadOnlyDictionary<string, string> Headers, string? Body = null, long BodyLength = 0);

/// <summary>Every request the server received, in order. Thread-safe.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<RecordedRequest> entries = new();

    /// <summary>A snapshot of the requests so far.</summary>
    public IReadOnlyList<RecordedRequest> Entries => entries.ToArray();

    /// <summary>Number of requests so far.</summary>
    public int Count => entries.Count;

    /// <summary>The request lines only.</summary>
    public IReadOnlyList<string> Lines => entries.Select(e => e.Line).ToArray();

    internal void Add(RecordedRequest request) => entries.Enqueue(request);

    /// <summary>Forgets every recorded request.</summary>
    public void Clear() => entries.Clear();
}
