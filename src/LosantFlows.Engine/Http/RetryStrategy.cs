using System;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// The Polly retry strategy of the client's resilience handler: which outcomes are retried (<see cref="TransientFault"/>),
    /// how long to wait (<c>Retry-After</c>, else <see cref="RetryTiming.Backoff"/>), the bounds
    /// (<see cref="LosantClientOptions.MaximumRetryCount"/>, <see cref="LosantClientOptions.MaximumRetryTime"/>), and one
    /// Verbose line per retry. Waits are cancelled by the request's cancellation token.
    /// </summary>
    internal static class RetryStrategy
    {
        /// <summary>Adds the retry strategy, configured from <paramref name="options"/>, to <paramref name="builder"/>.</summary>
        internal static void Add(ResiliencePipelineBuilder<HttpResponseMessage> builder, LosantClientOptions options)
        {
            var maximumRetries = options.MaximumRetryCount;
            var maximumTime = options.MaximumRetryTime;
            var timing = options.Timing;
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, maximumRetries),
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.Zero,
                UseJitter = false,
                ShouldHandle = args => new ValueTask<bool>(Plan(args.Context, args.Outcome, maximumRetries, maximumTime, timing)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(State(args.Context)?.PlannedDelay ?? TimeSpan.Zero),
                OnRetry = args =>
                {
                    Report(State(args.Context), maximumRetries);
                    return default;
                },
            });
        }

        private static RetryState? State(ResilienceContext context)
        {
            var request = context.GetRequestMessage();
            return request == null ? null : RequestContext.Retry(request);
        }

        private static bool Plan(ResilienceContext context, Outcome<HttpResponseMessage> outcome, int maximumRetries, TimeSpan maximumTime, RetryTiming timing)
        {
            var request = context.GetRequestMessage();
            var state = request == null ? null : RequestContext.Retry(request);
            if (state != null) state.StopNote = null;
            if (request == null || state == null || state.Retries >= maximumRetries || context.CancellationToken.IsCancellationRequested) return false;

            string? reason;
            TimeSpan? retryAfter = null;
            if (outcome.Exception != null)
            {
                reason = TransientFault.ForException(outcome.Exception, request.Method);
            }
            else if (outcome.Result != null && !outcome.Result.IsSuccessStatusCode)
            {
                reason = TransientFault.ForResponse(outcome.Result, request.Method);
                retryAfter = RetryAfter.Read(outcome.Result, DateTimeOffset.UtcNow);
            }
            else
            {
                return false;
            }

            if (reason == null) return false;
            var delay = retryAfter.HasValue ? timing.Capped(retryAfter.Value) : timing.Backoff(state.Retries + 1);
            if (maximumTime > TimeSpan.Zero && state.Elapsed + delay > maximumTime)
            {
                if (retryAfter.HasValue) state.StopNote = BeyondBudget(retryAfter.Value, maximumTime);
                return false;
            }

            state.Plan(delay, reason);
            return true;
        }

        /// <summary>
        /// <c>Retry-After asked for 120 s, beyond the 60 s retry budget (Connect-Losant -MaximumRetryTimeSec).</c>, or
        /// <c>… beyond what is left of the 60 s retry budget …</c> when the wait alone would fit but not after the time already spent.
        /// </summary>
        private static string BeyondBudget(TimeSpan retryAfter, TimeSpan maximumTime)
        {
            var asked = BodyText.Seconds(TimeSpan.FromSeconds(Math.Ceiling(retryAfter.TotalSeconds)));
            var beyond = retryAfter > maximumTime ? "beyond the " : "beyond what is left of the ";
            return "Retry-After asked for " + asked + ", " + beyond + BodyText.Seconds(maximumTime) + " retry budget (Connect-Losant -MaximumRetryTimeSec).";
        }

        private static void Report(RetryState? state, int maximumRetries)
        {
            if (state == null) return;
            state.CountRetry();
            state.Observer?.Verbose("Retrying " + state.Method + " " + state.Path + " in "
                + state.PlannedDelay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s after " + state.PlannedReason
                + " (retry " + state.Retries.ToString(CultureInfo.InvariantCulture) + " of " + maximumRetries.ToString(CultureInfo.InvariantCulture) + ").");
        }
    }
}
