using System.Net.Http;

namespace LosantFlows.Engine.Http
{
    /// <summary>Per-request values carried from <see cref="LosantClient"/> to the handlers in <see cref="HttpRequestMessage.Properties"/>.</summary>
    internal static class RequestContext
    {
        private const string ObserverKey = "LosantFlows.Observer";
        private const string SensitiveKey = "LosantFlows.SensitiveBodies";
        private const string RetryKey = "LosantFlows.Retry";

        internal static void Set(HttpRequestMessage message, IRequestObserver? observer, bool sensitiveBodies, RetryState retry)
        {
            if (observer != null) message.Properties[ObserverKey] = observer;
            if (sensitiveBodies) message.Properties[SensitiveKey] = true;
            message.Properties[RetryKey] = retry;
        }

        internal static RetryState? Retry(HttpRequestMessage message) =>
            message.Properties.TryGetValue(RetryKey, out var value) ? value as RetryState : null;

        internal static IRequestObserver? Observer(HttpRequestMessage message) =>
            message.Properties.TryGetValue(ObserverKey, out var value) ? value as IRequestObserver : null;

        internal static bool HasSensitiveBodies(HttpRequestMessage message) =>
            message.Properties.TryGetValue(SensitiveKey, out var value) && value is true;
    }
}
