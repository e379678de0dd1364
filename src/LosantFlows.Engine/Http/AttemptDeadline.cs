using System;
using System.Threading;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// The timer of the attempt in flight, set on the request by <see cref="AttemptTimeoutHandler"/> so that
    /// <see cref="LoggingHandler"/> can tell the attempt's own timeout from other failures.
    /// </summary>
    internal sealed class AttemptDeadline
    {
        private readonly CancellationToken _timer;

        internal AttemptDeadline(TimeSpan timeout, CancellationToken timer)
        {
            Timeout = timeout;
            _timer = timer;
        }

        /// <summary>The per-attempt limit.</summary>
        internal TimeSpan Timeout { get; }

        /// <summary>True once the attempt has run out of time.</summary>
        internal bool Passed => _timer.IsCancellationRequested;
    }
}
