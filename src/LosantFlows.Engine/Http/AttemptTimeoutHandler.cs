using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// Limits each attempt (inside the retry strategy) to <see cref="LosantClientOptions.Timeout"/>, body included; an attempt
    /// that runs out throws <see cref="AttemptTimeoutException"/>. The caller's own cancellation passes through unchanged.
    /// The attempt's <see cref="AttemptDeadline"/> is put on the request for the handlers inside.
    /// </summary>
    internal sealed class AttemptTimeoutHandler : DelegatingHandler
    {
        private readonly TimeSpan _timeout;

        internal AttemptTimeoutHandler(TimeSpan timeout) => _timeout = timeout;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!RetryTiming.IsTimerSpan(_timeout)) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            using var timer = new CancellationTokenSource(_timeout);
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            RequestContext.SetDeadline(request, new AttemptDeadline(_timeout, timer.Token));
            try
            {
                return await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new AttemptTimeoutException(_timeout, ex);
            }
        }
    }
}
