using System.Linq;
using System.Net.Http;

namespace LosantFlows.Engine.Http
{
    /// <summary>Reads the request id an answer carries, for error messages and <see cref="LosantResponse.RequestId"/>.</summary>
    internal static class RequestIdHeader
    {
        private static readonly string[] Names = { "x-request-id", "request-id" };

        /// <summary>The first <c>x-request-id</c> (else <c>request-id</c>) header value, or null.</summary>
        internal static string? Read(HttpResponseMessage response)
        {
            foreach (var name in Names)
            {
                if (response.Headers.TryGetValues(name, out var values)) return values.FirstOrDefault();
            }

            return null;
        }
    }
}
