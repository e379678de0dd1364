using System;
using System.Security;
using System.Threading;
using LosantFlows.Engine;

namespace LosantFlows.Connections
{
    /// <summary>
    /// A connection to one Losant API endpoint: where requests go and how they are authenticated.
    /// Made by <c>Connect-Losant</c>, or from the <c>LOSANT_API_TOKEN</c> / <c>LOSANT_API_URL</c> environment
    /// variables; shown by <c>Get-LosantConnection</c>. The token itself is held only as a
    /// <see cref="SecureString"/> and is never exposed by a public member.
    /// </summary>
    public sealed class LosantConnection : IDisposable
    {
        private readonly SecureString? _token;
        private readonly Lazy<FlowsApi> _flows;
        private LosantClient? _client;

        internal LosantConnection(Uri endpoint, SecureString? token, string authenticationMethod, string? userName)
        {
            Endpoint = endpoint;
            _token = token;
            _token?.MakeReadOnly();
            AuthenticationMethod = authenticationMethod;
            UserName = userName;
            ConnectedAt = DateTime.UtcNow;
            _flows = new Lazy<FlowsApi>(() => new FlowsApi(Client), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The API's base address, for example <c>https://api.losant.com</c>.</summary>
        public Uri Endpoint { get; }

        /// <summary>How the token was obtained: <c>Token</c>, <c>Credential</c> or <c>Environment</c>.</summary>
        public string AuthenticationMethod { get; }

        /// <summary>The e-mail address signed in with <c>-Credential</c>; otherwise null.</summary>
        public string? UserName { get; }

        /// <summary>When the connection was made (UTC).</summary>
        public DateTime ConnectedAt { get; }

        /// <summary>True when the connection carries a token.</summary>
        public bool HasToken => _token != null && _token.Length > 0;

        /// <summary>The Flows actions on this connection's long-lived HTTP client, made at first use.</summary>
        internal FlowsApi Flows => _flows.Value;

        private LosantClient Client
        {
            get
            {
                lock (_flows)
                {
                    return _client ??= new LosantClient(new LosantClientOptions { Endpoint = Endpoint, Token = _token });
                }
            }
        }

        /// <summary>Releases the HTTP client and its sockets.</summary>
        public void Dispose()
        {
            lock (_flows)
            {
                _client?.Dispose();
                _client = null;
            }
        }

        /// <summary>Returns the endpoint and the way of authentication, never the token.</summary>
        public override string ToString() => $"{Endpoint} ({AuthenticationMethod})";
    }
}
