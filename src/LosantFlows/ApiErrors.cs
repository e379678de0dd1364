using System;
using System.Management.Automation;
using System.Net.Sockets;
using LosantFlows.Engine;

namespace LosantFlows
{
    /// <summary>
    /// Maps what the engine throws to ErrorRecords with a stable ErrorId (<c>Losant.NotFound</c>, <c>Losant.Validation</c>,
    /// <c>Losant.Unauthorized</c>, <c>Losant.Forbidden</c>, <c>Losant.Throttled</c>, <c>Losant.ServerError</c>,
    /// <c>Losant.ConnectionFailed</c>, <c>Losant.Timeout</c>, <c>Losant.InvalidResponse</c>), a specific category, the input
    /// as TargetObject and the server's message in ErrorDetails.
    /// </summary>
    internal static class ApiErrors
    {
        /// <summary>
        /// True when the cmdlet cannot go on with other inputs: authentication refused (401), permission denied (403), or
        /// an endpoint that cannot be reached at all (connection refused, unknown host). A reset or a timeout on one
        /// request is not terminating.
        /// </summary>
        public static bool IsTerminating(Exception error) =>
            error is LosantApiException api && (api.StatusCode == 401 || api.StatusCode == 403 || (api.StatusCode == 0 && IsUnreachable(api)));

        private static bool IsUnreachable(Exception error)
        {
            for (var inner = error.InnerException; inner != null; inner = inner.InnerException)
            {
                if (inner is SocketException socket)
                {
                    return socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostNotFound ||
                           socket.SocketErrorCode == SocketError.NoData || socket.SocketErrorCode == SocketError.TryAgain ||
                           socket.SocketErrorCode == SocketError.NetworkUnreachable || socket.SocketErrorCode == SocketError.HostUnreachable;
                }
            }

            return false;
        }

        /// <summary>True for what the engine throws when an API call fails (as opposed to a bug).</summary>
        public static bool IsApiFailure(Exception e) =>
            e is LosantApiException || e is TimeoutException || e is FormatException || e is ArgumentException;

        /// <summary>
        /// True when a failed call that changes data may still have been carried out: the server answered 500, 502 or
        /// 504, the connection broke after the request was sent, the attempt timed out, or a success answer could not be
        /// read. False for 4xx, 429, 503 and refused connections, which the server answers before acting.
        /// </summary>
        public static bool MayHaveActed(Exception e)
        {
            switch (e)
            {
                case LosantApiException api:
                    return api.OutcomeUnknown || (api.StatusCode >= 200 && api.StatusCode < 300);
                case LosantTimeoutException timeout:
                    return timeout.OutcomeUnknown;
                case FormatException _:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The ErrorRecord for an API failure: ErrorId and category by kind, the server's message and the request in
        /// ErrorDetails, a recommended action, and <paramref name="context"/> (where the failure happened) appended.
        /// </summary>
        public static ErrorRecord ToErrorRecord(Exception error, object? target, bool write = false, string? context = null)
        {
            var (id, category) = Classify(error);
            var record = new ErrorRecord(error, id, category, target);
            var details = error is LosantApiException api && !string.IsNullOrEmpty(api.ServerMessage)
                ? $"{api.ServerMessage} ({api.Method} {api.PathWithoutQuery} answered {api.StatusCode} {api.ErrorType})".Replace(" )", ")")
                : null;
            var action = write && MayHaveActed(error)
                ? (error is FormatException
                    ? "The server answered success, so the change was most likely made, but its answer could not be read: check the application (Get-LosantFlow) before running the command again."
                    : "The change may have been made before the failure: check the application (Get-LosantFlow) before running the command again, or workflows may be created twice.")
                : RecommendedAction(error);
            if (details != null || context != null || action.Length > 0)
            {
                record.ErrorDetails = new ErrorDetails((details ?? error.Message) + (context == null ? "" : " " + context))
                {
                    RecommendedAction = action,
                };
            }

            return record;
        }

        private static string RecommendedAction(Exception error)
        {
            if (error is TimeoutException)
            {
                return "Run the command again later.";
            }

            if (error is FormatException || (error is LosantApiException answered && answered.StatusCode >= 200 && answered.StatusCode < 300))
            {
                return "Run the command again later. If it keeps failing, check that -Endpoint of Connect-Losant (or LOSANT_API_URL) is a Losant API.";
            }

            if (!(error is LosantApiException api))
            {
                return "";
            }

            switch (api.StatusCode)
            {
                case 401: return "Check the token or sign in again with Connect-Losant; an expired or revoked token is refused.";
                case 403: return "The token lacks the scope for this action (flows.get, flows.post, flows.import …); use a token with that permission.";
                case 404: return "Check the application id: the token must belong to that application or its organization.";
                case 429: return "Losant is throttling requests; wait and run the command again.";
                default: return api.StatusCode >= 500 ? "Losant could not answer; run the command again later." : "";
            }
        }

        private static (string Id, ErrorCategory Category) Classify(Exception error)
        {
            switch (error)
            {
                case LosantApiException api:
                    switch (api.StatusCode)
                    {
                        case 0: return ("Losant.ConnectionFailed", ErrorCategory.ConnectionError);
                        case 400: return ("Losant.Validation", ErrorCategory.InvalidArgument);
                        case 401: return ("Losant.Unauthorized", ErrorCategory.AuthenticationError);
                        case 403: return ("Losant.Forbidden", ErrorCategory.PermissionDenied);
                        case 404: return ("Losant.NotFound", ErrorCategory.ObjectNotFound);
                        case 429: return ("Losant.Throttled", ErrorCategory.LimitsExceeded);
                        default:
                            return api.StatusCode >= 500
                                ? ("Losant.ServerError", ErrorCategory.ResourceUnavailable)
                                : ("Losant.InvalidResponse", ErrorCategory.InvalidResult);
                    }

                case TimeoutException _:
                    return ("Losant.Timeout", ErrorCategory.OperationTimeout);
                case FormatException _:
                    return ("Losant.InvalidResponse", ErrorCategory.InvalidResult);
                case ArgumentException _:
                    return ("Losant.InvalidInput", ErrorCategory.InvalidArgument);
                default:
                    return ("Losant.Failed", ErrorCategory.NotSpecified);
            }
        }
    }
}
