using System;
using System.Net;
using System.Reflection;
using System.Security;
using LosantFlows.Engine.Http;

namespace LosantFlows.Engine
{
    /// <summary>
    /// Settings of one Losant connection (API-NOTES §1.7 base URL and headers). The <see cref="LosantClient"/>
    /// reads them once, in its constructor, except <see cref="Token"/>, which it reads on every send.
    /// </summary>
    public sealed class LosantClientOptions
    {
        /// <summary>Default API endpoint, <c>https://api.losant.com</c> (losant-rest-js <c>lib/api/index.js</c>).</summary>
        public static readonly Uri DefaultEndpoint = new Uri("https://api.losant.com");

        /// <summary>
        /// Base URL of the API, absolute http or https; request paths are appended to it as the JS client does
        /// (<c>url + path</c>), so a private installation may include a path prefix. Default <see cref="DefaultEndpoint"/>.
        /// </summary>
        public Uri Endpoint { get; set; } = DefaultEndpoint;

        /// <summary>
        /// Bearer token (application, user or device token) sent as <c>Authorization: Bearer …</c>; when null no
        /// Authorization header is sent. The engine copies it out of the SecureString only for the moment of sending.
        /// </summary>
        public SecureString? Token { get; set; }

        /// <summary>Value of the <c>Accept-Version</c> header, a semver range; default <c>^1.30.0</c> (losant-rest-js 4.2.0).</summary>
        public string AcceptVersion { get; set; } = "^1.30.0";

        /// <summary>
        /// Time allowed for one attempt of an HTTP exchange, including reading the response body; default 100 seconds.
        /// Each retry gets the full time again. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables the limit;
        /// any other value must be positive (<see cref="LosantClient"/> throws <see cref="ArgumentException"/> otherwise).
        /// When the last attempt exceeds it, <see cref="LosantClient.SendAsync"/> throws <see cref="TimeoutException"/>.
        /// </summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>
        /// Most retries of one request after a transient failure (so at most this plus one attempts); default 4, 0 disables
        /// retrying. Negative values make <see cref="LosantClient"/> throw <see cref="ArgumentException"/>.
        /// 429 and 503 are retried for every method; 502, 504, connection resets and attempt timeouts for GET only;
        /// a refused connection for every method; 500 never.
        /// </summary>
        public int MaximumRetryCount { get; set; } = 4;

        /// <summary>
        /// Bound on the whole request including its retries, measured from the start of the first attempt; default 60 seconds.
        /// No retry is started whose wait would end later than this; the last failure is then reported.
        /// <see cref="TimeSpan.Zero"/> means no limit; negative values make <see cref="LosantClient"/> throw <see cref="ArgumentException"/>.
        /// </summary>
        public TimeSpan MaximumRetryTime { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// Proxy for every request, with its credentials in <see cref="IWebProxy.Credentials"/> (e.g. a
        /// <see cref="WebProxy"/> with <c>Credentials</c> set); null (the default) uses the system proxy
        /// (<c>HttpClient.DefaultProxy</c>: <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c> and <c>NO_PROXY</c> on Linux and macOS,
        /// the system settings on Windows). TLS certificate validation is the same with or without a proxy.
        /// </summary>
        public IWebProxy? Proxy { get; set; }

        /// <summary>Value of the <c>User-Agent</c> header; default <c>LosantFlows/&lt;informational version&gt; (PowerShell)</c>.</summary>
        public string UserAgent { get; set; } = DefaultUserAgent();

        /// <summary>Backoff base and Retry-After cap; tests shorten them so that they do not sleep long.</summary>
        internal RetryTiming Timing { get; set; } = RetryTiming.Default;

        /// <summary>A copy of every setting; the <see cref="Token"/> and <see cref="Proxy"/> instances are shared.</summary>
        internal LosantClientOptions Clone() => (LosantClientOptions)MemberwiseClone();

        private static string DefaultUserAgent()
        {
            var assembly = typeof(LosantClientOptions).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "0.0.0";
            return "LosantFlows/" + version + " (PowerShell)";
        }
    }
}
