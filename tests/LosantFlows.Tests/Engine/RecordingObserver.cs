using System.Collections.Concurrent;
using LosantFlows.Engine;

namespace LosantFlows.Tests.Engine;

internal sealed class RecordingObserver : IRequestObserver
{
    public ConcurrentQueue<string> VerboseLines { get; } = new();

    public ConcurrentQueue<string> DebugLines { get; } = new();

    public IEnumerable<string> All => VerboseLines.Concat(DebugLines);

    public void Verbose(string message) => VerboseLines.Enqueue(message);

    public void Debug(string message) => DebugLines.Enqueue(message);

    public bool WantsDebug { get; init; } = true;
}
