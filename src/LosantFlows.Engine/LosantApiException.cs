using System;

namespace LosantFlows.Engine
{
    /// <summary>
    /// The Losant API answered with a non-2xx status, or did not answer at all (<see cref="StatusCode"/> 0).
    /// Carries the union of what the JS and Python clients expose (API-NOTES §1.3 step 4, §1.4 step 4, §1.6):
    /// status, the error body's <c>type</c> and <c>message</c> (schema <c>error.json</c>) and the raw body.
    /// Neither the message nor any property ever contains the bearer token or a password.
    /// </summary>
    public class LosantApiException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">Complete message, e.g. <c>Losant API GET /applications/x/flows answered 404 NotFound: Application was not found</c>.</param>
        /// <param name="statusCode">HTTP status, or 0 when no HTTP answer was received.</param>
        /// <param name="method">HTTP method name, e.g. <c>GET</c>.</param>
        /// <param name="path">Path and query as sent (no credentials are ever in it).</param>
        /// <param name="errorType">Losant error <c>type</c>, or null.</param>
        /// <param name="serverMessage">Losant error <c>message</c>, or null.</param>
        /// <param name="rawBody">Response body text, at most 4 KB, or null.</param>
        /// <param name="requestId">Request id response header, or null.</param>
        /// <param name="innerException">The transport failure for status 0, or null.</param>
        /// <param name="outcomeUnknown">True when the server may have carried out the request; see <see cref="OutcomeUnknown"/>.</param>
        public LosantApiException(string message, int statusCode, string method, string path, string? errorType = null,
            string? serverMessage = null, string? rawBody = null, string? requestId = null, Exception? innerException = null,
            bool outcomeUnknown = false)
            : base(message, innerException)
        {
            OutcomeUnknown = outcomeUnknown;
            StatusCode = statusCode;
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Path = path ?? throw new ArgumentNullException(nameof(path));
            ErrorType = errorType;
            ServerMessage = serverMessage;
            RawBody = rawBody;
            RequestId = requestId;
        }

        /// <summary>HTTP status code (e.g. 400, 401, 404, 429, 502), or 0 when the endpoint could not be reached.</summary>
        public int StatusCode { get; }

        /// <summary>Losant error <c>type</c> from the body (e.g. <c>NotFound</c>, <c>Validation</c>, <c>Unauthorized</c>), or null.</summary>
        public string? ErrorType { get; }

        /// <summary>Losant error <c>message</c> from the body (e.g. <c>Application was not found</c>), or null.</summary>
        public string? ServerMessage { get; }

        /// <summary>Response body as text, truncated to 4 KB (4096 bytes of UTF-8), or null when there was no answer.</summary>
        public string? RawBody { get; }

        /// <summary>Request id from the <c>x-request-id</c> / <c>request-id</c> response header, or null.</summary>
        public string? RequestId { get; }

        /// <summary>HTTP method of the failed request, e.g. <c>GET</c>.</summary>
        public string Method { get; }

        /// <summary>Path and query of the failed request as sent, e.g. <c>/applications/…/flows?_actions=false&amp;…</c>.</summary>
        public string Path { get; }

        /// <summary>The path of the failed request without its query, e.g. <c>/applications/…/flows</c>.</summary>
        public string PathWithoutQuery => Http.ErrorMapper.PathOnly(Path);

        /// <summary>
        /// True when the request may have changed data although it failed, so that running it again could do the work twice
        /// (e.g. create a second flow): a request other than GET or HEAD that was answered with a 5xx status other than 501
        /// and 503 (500, 502, 504 …), or whose connection broke after the request was sent (status 0, e.g. a reset).
        /// False for every GET, for 4xx, 429, 501 and 503 answers (the server refused before acting), and when nothing
        /// was sent (connection refused, unknown host, TLS failure). Callers should check the data before re-running when true.
        /// </summary>
        public bool OutcomeUnknown { get; }
    }
}
