using System.Net.Http;

namespace LosantFlows.Engine.Http
{
    /// <summary>Per-request values carried from <see cref="LosantClient"/> to the handlers in <see cref="HttpRequestMessage.Properties"/>.</summary>
    internal static class RequestContext
    {
        private const string ObserverKey = "LosantFlows.Observer";
        private const string SensitiveKey = "LosantFlows.SensitiveBodies";
        private const string RetryKey = "LosantFlows.Retry";
        private const string DeadlineKey = "LosantFlows.Deadline";

        internal static void Set(HttpRequestMessage message, IRequestObserver? observer, bool sensitiveBodies, RetryState retry)
        {
            if (observer != null) message.Properties[ObserverKey] = observer;
            if (sensitiveBodies) message.Properties[SensitiveKey] = true;
            message.Properties[RetryKey] = retry;
        }

        /// <summary>Records the timer of the attempt about to be sent (attempts of one request run one after another).</summary>
        internal static void SetDeadline(HttpRequestMessage message, AttemptDeadline deadline) => message.Properties[DeadlineKey] = deadline;

        /// <summary>The timer of the attempt in flight, or null when attempts have no time limit.</summary>
        internal static AttemptDeadline? Deadline(HttpRequestMessage message) =>
            message.Properties.TryGetValue(DeadlineKey, out var value) ? value as AttemptDeadline : null;

        internal static RetryState? Retry(HttpRequestMessage message) =>
            message.Properties.TryGetValue(RetryKey, out var value) ? value as RetryState : null;

        internal static IRequestObserver? Observer(HttpRequestMessage message) =>
            message.Properties.TryGetValue(ObserverKey, out var value) ? value as IRequestObserver : null;

        internal static bool HasSensitiveBodies(HttpRequestMessage message) =>
            message.Properties.TryGetValue(SensitiveKey, out var value) && value is true;
    }
}
