using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// Reports each exchange to the request's <see cref="IRequestObserver"/>: one Verbose line, and Debug text with
    /// headers (never Authorization) and bodies truncated to 4 KB (never bodies that carry credentials). It sits inside the
    /// retry strategy, so each attempt gets its own line; the <see cref="BufferingHandler"/> below it has read the body.
    /// An attempt stopped by its own timeout reads <c>GET /…  timed out after 2 s  (2001 ms)</c>, in the words of the retry line.
    /// </summary>
    internal sealed class LoggingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var observer = RequestContext.Observer(request);
            if (observer == null) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            var sensitive = RequestContext.HasSensitiveBodies(request);
            var debug = observer.WantsDebug;
            var line = request.Method.Method + " " + request.RequestUri?.PathAndQuery;
            if (debug)
            {
                observer.Debug("HTTP request " + line + Environment.NewLine
                    + Headers(request.Headers, request.Content?.Headers)
                    + await BodyAsync(request.Content, sensitive).ConfigureAwait(false));
            }

            var stopwatch = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                var deadline = RequestContext.Deadline(request);
                var outcome = deadline != null && deadline.Passed ? "timed out after " + BodyText.Seconds(deadline.Timeout) : "failed: " + ex.GetBaseException().Message;
                observer.Verbose(line + "  " + outcome + "  (" + Milliseconds(stopwatch) + ")");
                throw;
            }

            observer.Verbose(line + "  " + (int)response.StatusCode + " " + response.ReasonPhrase + "  (" + Milliseconds(stopwatch) + ")");
            if (debug)
            {
                observer.Debug("HTTP response " + (int)response.StatusCode + " " + response.ReasonPhrase + Environment.NewLine
                    + Headers(response.Headers, response.Content?.Headers)
                    + await BodyAsync(response.Content, sensitive).ConfigureAwait(false));
            }

            return response;
        }

        private static string Milliseconds(Stopwatch stopwatch) =>
            stopwatch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms";

        private static string Headers(HttpHeaders headers, HttpHeaders? contentHeaders)
        {
            var builder = new StringBuilder();
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> all = headers;
            if (contentHeaders != null) all = all.Concat(contentHeaders);
            foreach (var header in all)
            {
                if (string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)) continue;
                builder.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append(Environment.NewLine);
            }

            return builder.ToString();
        }

        private static async Task<string> BodyAsync(HttpContent? content, bool sensitive)
        {
            if (content == null) return "(no body)";
            if (sensitive) return "(body not shown: it carries credentials)";
            var bytes = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return bytes.Length == 0 ? "(empty body)" : BodyText.Truncated(bytes);
        }
    }
}
