using System;

namespace LosantFlows.Engine
{
    /// <summary>
    /// A request got no complete answer within <see cref="LosantClientOptions.Timeout"/> on its last attempt, e.g.
    /// <c>The request GET /applications/…/flows timed out after 2 s (after 4 retries). Raise -TimeoutSec on Connect-Losant if the API is slow.</c>
    /// Unlike <see cref="LosantApiException"/> there is no status: the answer never arrived.
    /// </summary>
    public class LosantTimeoutException : TimeoutException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">Complete message naming the request and the timeout.</param>
        /// <param name="method">HTTP method name, e.g. <c>POST</c>.</param>
        /// <param name="outcomeUnknown">True when the server may have carried out the request; see <see cref="OutcomeUnknown"/>.</param>
        /// <param name="innerException">What the timed-out attempt saw, or null.</param>
        public LosantTimeoutException(string message, string method, bool outcomeUnknown, Exception? innerException = null)
            : base(message, innerException)
        {
            Method = method ?? throw new ArgumentNullException(nameof(method));
            OutcomeUnknown = outcomeUnknown;
        }

        /// <summary>HTTP method of the timed-out request, e.g. <c>GET</c>.</summary>
        public string Method { get; }

        /// <summary>
        /// True for a request other than GET or HEAD (e.g. POST): the server may have received it and changed data before the
        /// timeout, so running it again could do the work twice; check the data first. False for GET and HEAD.
        /// </summary>
        public bool OutcomeUnknown { get; }
    }
}
