using System;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using LosantFlows.Engine;

namespace LosantFlows.Connections
{
    /// <summary>
    /// The connection described by the environment variables Losant's own CLI reads:
    /// <c>LOSANT_API_TOKEN</c> (the token) and <c>LOSANT_API_URL</c> (the endpoint, default https://api.losant.com).
    /// One connection is kept for as long as the variables keep their values, so that scheduled jobs reuse sockets.
    /// </summary>
    internal static class EnvironmentConnection
    {
        public const string TokenVariable = "LOSANT_API_TOKEN";
        public const string UrlVariable = "LOSANT_API_URL";

        private static readonly object Gate = new object();
        private static LosantConnection? _cached;
        private static string? _cachedKey;

        /// <summary>The connection from the environment, or null when <c>LOSANT_API_TOKEN</c> is not set.</summary>
        /// <exception cref="ArgumentException"><c>LOSANT_API_URL</c> is not an absolute http(s) address.</exception>
        public static LosantConnection? TryCreate()
        {
            var token = Environment.GetEnvironmentVariable(TokenVariable);
            if (string.IsNullOrEmpty(token))
            {
                return null;
            }

            var endpoint = Endpoints.Parse(Environment.GetEnvironmentVariable(UrlVariable), UrlVariable);
            var key = endpoint.AbsoluteUri + "\n" + Fingerprint(token!);
            lock (Gate)
            {
                if (_cached == null || _cachedKey != key)
                {
                    _cached?.Dispose();
                    _cached = new LosantConnection(new LosantClientOptions { Endpoint = endpoint, Token = ToSecureString(token!) }, "Environment", null);
                    _cachedKey = key;
                }

                return _cached;
            }
        }

        private static string Fingerprint(string token)
        {
            using var sha = SHA256.Create();
            return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(token)));
        }

        internal static SecureString ToSecureString(string value)
        {
            var secure = new SecureString();
            foreach (var c in value)
            {
                secure.AppendChar(c);
            }

            secure.MakeReadOnly();
            return secure;
        }
    }
}
