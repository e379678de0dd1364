using System;
using LosantFlows.Conversion;

namespace LosantFlows.Connections
{
    /// <summary>Checks Losant API endpoints given by the user.</summary>
    internal static class Endpoints
    {
        /// <summary>Losant's public API, used when no endpoint is given.</summary>
        public static readonly Uri Default = new Uri("https://api.losant.com/");

        /// <summary>
        /// Parses an endpoint: an absolute <c>http</c> or <c>https</c> URI without query or fragment. Empty text gives
        /// <see cref="Default"/>.
        /// </summary>
        /// <param name="text">The endpoint as the user gave it.</param>
        /// <param name="source">The parameter or variable the text came from, named in the error.</param>
        /// <param name="allowInsecure">Accept plain http:// for a host that is not the local machine.</param>
        /// <exception cref="ArgumentException">The text is not such a URI, or is plain http:// to another host.</exception>
        public static Uri Parse(string? text, string source, bool allowInsecure = false)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Default;
            }

            if (!Uri.TryCreate(text!.Trim(), UriKind.Absolute, out var uri))
            {
                throw new InvalidInputException($"{source} '{text}' is not an absolute URI such as https://api.losant.com.", source);
            }

            return Check(uri, source, allowInsecure);
        }

        /// <inheritdoc cref="Parse(string?, string, bool)"/>
        public static Uri Check(Uri uri, string source, bool allowInsecure = false)
        {
            if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidInputException($"{source} '{uri}' must be an absolute http:// or https:// URI such as https://api.losant.com.", source);
            }

            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            {
                throw new InvalidInputException($"{source} '{uri}' must not contain a query, a fragment or user information.", source);
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !allowInsecure)
            {
                throw new InvalidInputException(
                    $"{source} '{uri}' is plain http:// to another machine, which would send the API token unencrypted. " +
                    "Use https://, or add -AllowInsecureEndpoint to Connect-Losant if you really mean it.", source);
            }

            return uri;
        }
    }
}
