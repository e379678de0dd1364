using System;
using System.Net.Sockets;
using System.Security.Authentication;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// Decides whether a failed request may nonetheless have been carried out by the server (the OutcomeUnknown flag of
    /// <see cref="LosantApiException"/> and <see cref="LosantTimeoutException"/>). Only methods other than GET and HEAD can
    /// change data; for them a 5xx other than 501 and 503, a connection broken after sending, or a timeout leaves the
    /// outcome open, while a 4xx, 429, 501 or 503 answer, or a failure before anything was sent, does not.
    /// </summary>
    internal static class OutcomeRules
    {
        /// <summary>True when <paramref name="method"/> can change data (anything but GET and HEAD).</summary>
        internal static bool CanChangeData(string method) =>
            !string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase) && !string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase);

        /// <summary>True when a <paramref name="status"/> answer leaves open whether the request was carried out.</summary>
        internal static bool UnknownAfterStatus(string method, int status) =>
            CanChangeData(method) && status >= 500 && status <= 599 && status != 501 && status != 503;

        /// <summary>True when a transport failure leaves open whether the request was carried out.</summary>
        internal static bool UnknownAfterTransport(string method, Exception failure) => CanChangeData(method) && !NothingSent(failure);

        /// <summary>True when the failure happened before the request could reach the server (refused, no route, unknown host, TLS).</summary>
        private static bool NothingSent(Exception failure)
        {
            for (Exception? current = failure; current != null; current = current.InnerException)
            {
                if (current is AuthenticationException) return true;
                if (current is SocketException socket)
                {
                    switch (socket.SocketErrorCode)
                    {
                        case SocketError.ConnectionRefused:
                        case SocketError.HostNotFound:
                        case SocketError.NoData:
                        case SocketError.TryAgain:
                        case SocketError.NetworkUnreachable:
                        case SocketError.HostUnreachable:
                            return true;
                    }
                }
            }

            return false;
        }
    }
}
