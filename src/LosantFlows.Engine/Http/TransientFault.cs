using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// Decides whether one failed attempt may be retried, and names the reason for the Verbose line. 429 and 503 are
    /// retried for every method (the server did not act); so is a refused connection (nothing was sent). 502, 504, resets
    /// and other transport failures, attempt timeouts, and 2xx answers whose body is not complete JSON
    /// (<see cref="IncompleteJsonException"/>) are retried for GET only, since a write may have been applied.
    /// 500, other statuses, certificate failures and the caller's cancellation are never retried.
    /// </summary>
    internal static class TransientFault
    {
        /// <summary>The reason to retry a non-2xx answer, e.g. <c>429 Too Many Requests</c>, or null when it must not be retried.</summary>
        internal static string? ForResponse(HttpResponseMessage response, HttpMethod method)
        {
            var status = (int)response.StatusCode;
            var retry = status == 429 || status == 503 || ((status == 502 || status == 504) && IsGet(method));
            return retry ? StatusText(response) : null;
        }

        /// <summary>The reason to retry after an exception, e.g. <c>connection refused</c>, or null when it must not be retried.</summary>
        internal static string? ForException(Exception exception, HttpMethod method)
        {
            if (exception is AttemptTimeoutException timeout)
                return IsGet(method) ? "timed out after " + BodyText.Seconds(timeout.Timeout) : null;
            if (exception is IncompleteJsonException) return IsGet(method) ? "answer was not complete JSON" : null;
            if (exception is OperationCanceledException || Find<AuthenticationException>(exception) != null) return null;
            if (!(exception is HttpRequestException) && !(exception is IOException)) return null;

            var socket = Find<SocketException>(exception);
            if (socket != null && socket.SocketErrorCode == SocketError.ConnectionRefused) return "connection refused";
            if (!IsGet(method)) return null;
            if (socket != null && (socket.SocketErrorCode == SocketError.ConnectionReset || socket.SocketErrorCode == SocketError.ConnectionAborted))
                return "connection reset";
            if (Find<IOException>(exception) != null) return "connection reset";
            return "connection failed: " + exception.GetBaseException().Message;
        }

        /// <summary>The status as <c>code phrase</c>, e.g. <c>503 Service Unavailable</c>, or just the code when there is no phrase.</summary>
        internal static string StatusText(HttpResponseMessage response)
        {
            var code = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return string.IsNullOrEmpty(response.ReasonPhrase) ? code : code + " " + response.ReasonPhrase;
        }

        private static bool IsGet(HttpMethod method) => method == HttpMethod.Get;

        private static T? Find<T>(Exception exception)
            where T : Exception
        {
            for (Exception? current = exception; current != null; current = current.InnerException)
            {
                if (current is T match) return match;
            }

            return null;
        }
    }
}
