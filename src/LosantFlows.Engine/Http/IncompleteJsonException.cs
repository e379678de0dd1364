using System;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// A 2xx answer to a GET whose body is not one complete JSON value (cut short, or an HTML page sent with 200), raised
    /// inside the pipeline so that the retry strategy treats it like a 502; <see cref="LosantClient"/> turns the last one
    /// into a <see cref="LosantApiException"/> that keeps the real status.
    /// </summary>
    internal sealed class IncompleteJsonException : Exception
    {
        internal IncompleteJsonException(int statusCode, string statusText, string problem, byte[] body, string? requestId)
            : base("The answer " + statusText + " has a body that is not complete JSON: " + problem)
        {
            StatusCode = statusCode;
            StatusText = statusText;
            Problem = problem;
            Body = body;
            RequestId = requestId;
        }

        /// <summary>The 2xx status, e.g. 200.</summary>
        internal int StatusCode { get; }

        /// <summary>Status and reason, e.g. <c>200 OK</c>.</summary>
        internal string StatusText { get; }

        /// <summary>What the JSON reader found wrong, from <see cref="JsonCompleteness.Problem"/>.</summary>
        internal string Problem { get; }

        /// <summary>The body as received.</summary>
        internal byte[] Body { get; }

        /// <summary>Request id response header, or null.</summary>
        internal string? RequestId { get; }
    }
}
