using System;
using System.Reflection;
using System.Security;

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
        /// Time allowed for one HTTP exchange including reading the response body; default 100 seconds.
        /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> disables the limit. Exceeding it throws <see cref="TimeoutException"/>.
        /// </summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>Value of the <c>User-Agent</c> header; default <c>LosantFlows/&lt;informational version&gt; (PowerShell)</c>.</summary>
        public string UserAgent { get; set; } = DefaultUserAgent();

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
