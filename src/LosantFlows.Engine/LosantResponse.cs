using System;

namespace LosantFlows.Engine
{
    /// <summary>A successful (2xx) answer of the Losant API.</summary>
    public sealed class LosantResponse
    {
        internal LosantResponse(int statusCode, byte[] body, string? requestId, TimeSpan elapsed)
        {
            StatusCode = statusCode;
            Body = body;
            RequestId = requestId;
            Elapsed = elapsed;
        }

        /// <summary>HTTP status code, 200–299 (201 for flows.post and flows.import).</summary>
        public int StatusCode { get; }

        /// <summary>Response body bytes as received (UTF-8 JSON for every Flows action); empty when there was none.</summary>
        public byte[] Body { get; }

        /// <summary>Request id from the <c>x-request-id</c> (or <c>request-id</c>) response header, or null.</summary>
        public string? RequestId { get; }

        /// <summary>Time from sending the request until the whole body was read.</summary>
        public TimeSpan Elapsed { get; }
    }
}
