using System;
using System.Net.Http;

namespace LosantFlows.Engine.Http
{
    /// <summary>Reads the <c>Retry-After</c> response header (RFC 9110 §10.2.3) in both of its forms.</summary>
    internal static class RetryAfter
    {
        /// <summary>
        /// The wait the server asks for: the delta-seconds value (<c>Retry-After: 120</c>), or the time from
        /// <paramref name="now"/> until the HTTP-date (<c>Retry-After: Wed, 21 Oct 2026 07:28:00 GMT</c>), zero when that
        /// date has passed; null when the header is missing or unreadable.
        /// </summary>
        internal static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta.HasValue) return header.Delta.Value < TimeSpan.Zero ? TimeSpan.Zero : header.Delta.Value;
            if (header.Date.HasValue) return header.Date.Value > now ? header.Date.Value - now : TimeSpan.Zero;
            return null;
        }
    }
}
