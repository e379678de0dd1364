using System;
using System.Threading;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// How long the engine waits before a retry when the server does not say (exponential backoff with jitter), and the
    /// longest wait it accepts from a <c>Retry-After</c> header. Immutable; tests pass short values.
    /// </summary>
    internal sealed class RetryTiming
    {
        /// <summary>Backoff base 1 s; a <c>Retry-After</c> is honoured up to the longest wait a timer allows (about 24.8 days).</summary>
        internal static readonly RetryTiming Default = new RetryTiming(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(int.MaxValue - 1));

        private static readonly Random Random = new Random();

        internal RetryTiming(TimeSpan backoffBase, TimeSpan retryAfterCap)
        {
            BackoffBase = backoffBase;
            RetryAfterCap = retryAfterCap;
        }

        /// <summary>Wait before the first retry when the server gives no <c>Retry-After</c>; it doubles for each further retry.</summary>
        internal TimeSpan BackoffBase { get; }

        /// <summary>Longest wait taken from a <c>Retry-After</c> header; longer values are shortened to this.</summary>
        internal TimeSpan RetryAfterCap { get; }

        /// <summary>
        /// The wait before retry number <paramref name="retry"/> (1-based): <c>BackoffBase × 2^(retry−1)</c>, scaled by a
        /// random factor between 0.8 and 1.2 so that clients throttled together do not come back together.
        /// </summary>
        internal TimeSpan Backoff(int retry)
        {
            double factor;
            lock (Random) factor = 0.8 + (Random.NextDouble() * 0.4);
            var ticks = BackoffBase.Ticks * Math.Pow(2, Math.Min(retry - 1, 30)) * factor;
            return ticks >= RetryAfterCap.Ticks ? RetryAfterCap : TimeSpan.FromTicks((long)ticks);
        }

        /// <summary>A server-requested wait, made non-negative and at most <see cref="RetryAfterCap"/>.</summary>
        internal TimeSpan Capped(TimeSpan requested) =>
            requested < TimeSpan.Zero ? TimeSpan.Zero : requested > RetryAfterCap ? RetryAfterCap : requested;

        /// <summary>True when <paramref name="span"/> can be passed to a timer (<see cref="Timeout.InfiniteTimeSpan"/> excluded).</summary>
        internal static bool IsTimerSpan(TimeSpan span) => span > TimeSpan.Zero && span.TotalMilliseconds < int.MaxValue;
    }
}
