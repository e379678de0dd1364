using System;
using System.Collections.Generic;
using System.Net.Http;

namespace LosantFlows.Engine
{
    /// <summary>
    /// One Losant REST call as the action builds it (API-NOTES §1.3, §6). The client adds the base URL, the global
    /// query parameters <c>_actions=false&amp;_links=true&amp;_embedded=true</c> and the standard headers.
    /// </summary>
    public sealed class LosantRequest
    {
        /// <summary>Creates an empty GET request for <c>/</c>; set <see cref="Method"/> and <see cref="Path"/>.</summary>
        public LosantRequest()
        {
        }

        /// <summary>Creates a request.</summary>
        /// <param name="method">HTTP method, e.g. <see cref="HttpMethod.Get"/>.</param>
        /// <param name="path">Path below the endpoint, already percent-escaped, starting with <c>/</c>, without query.</param>
        /// <exception cref="ArgumentNullException">A parameter is null.</exception>
        public LosantRequest(HttpMethod method, string path)
        {
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Path = path ?? throw new ArgumentNullException(nameof(path));
        }

        /// <summary>HTTP method; default GET.</summary>
        public HttpMethod Method { get; set; } = HttpMethod.Get;

        /// <summary>
        /// Escaped path starting with <c>/</c>, without query or fragment, e.g. <c>/applications/575ec8687ae143cd83dc4a97/flows</c>.
        /// <see cref="LosantClient.SendAsync"/> throws <see cref="ArgumentException"/> for any other shape.
        /// </summary>
        public string Path { get; set; } = "/";

        /// <summary>
        /// The action's query parameters in sending order, names and values unescaped; the client percent-encodes
        /// both like JS <c>qs</c> (RFC 3986) and sends them after the global parameters. Empty by default.
        /// </summary>
        public IReadOnlyList<KeyValuePair<string, string>> Query { get; set; } = Array.Empty<KeyValuePair<string, string>>();

        /// <summary>UTF-8 JSON body sent with <c>Content-Type: application/json</c>, or null for no body.</summary>
        public byte[]? Body { get; set; }

        /// <summary>Value of the <c>losantdomain</c> header (globalParams.json), sent only when not null or empty.</summary>
        public string? LosantDomain { get; set; }

        /// <summary>True when the bodies carry credentials (POST /auth/user); they are then never shown to an observer.</summary>
        internal bool SensitiveBodies { get; set; }
    }
}
