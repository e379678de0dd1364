using System;
using System.Diagnostics;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// What the retry strategy knows about one call of <see cref="LosantClient.SendAsync"/>: the request as shown to the
    /// user, when its first attempt began, how many retries it has had, and the wait and reason of the retry being planned.
    /// Attempts of one request run one after another, so no locking is needed.
    /// </summary>
    internal sealed class RetryState
    {
        private readonly Stopwatch _sinceFirstAttempt = Stopwatch.StartNew();

        internal RetryState(string method, string path, IRequestObserver? observer)
        {
            Method = method;
            Path = path;
            Observer = observer;
        }

        /// <summary>HTTP method name, e.g. <c>GET</c>.</summary>
        internal string Method { get; }

        /// <summary>Path below the endpoint without query, e.g. <c>/applications/…/flows</c>.</summary>
        internal string Path { get; }

        /// <summary>Receives the retry lines, or null.</summary>
        internal IRequestObserver? Observer { get; }

        /// <summary>Time since the first attempt began.</summary>
        internal TimeSpan Elapsed => _sinceFirstAttempt.Elapsed;

        /// <summary>Retries started so far.</summary>
        internal int Retries { get; private set; }

        /// <summary>Wait before the retry being planned.</summary>
        internal TimeSpan PlannedDelay { get; private set; }

        /// <summary>Why the retry being planned is needed, e.g. <c>429 Too Many Requests</c>.</summary>
        internal string PlannedReason { get; private set; } = string.Empty;

        /// <summary>
        /// Why the last failure was not retried although it was transient, as a sentence for the end of the error message
        /// (e.g. <c>Retry-After asked for 120 s, beyond the 60 s retry budget (Connect-Losant -MaximumRetryTimeSec).</c>), or null.
        /// </summary>
        internal string? StopNote { get; set; }

        internal void Plan(TimeSpan delay, string reason)
        {
            PlannedDelay = delay;
            PlannedReason = reason;
        }

        internal void CountRetry() => Retries++;
    }
}
