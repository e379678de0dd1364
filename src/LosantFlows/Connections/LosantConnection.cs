using System;
using System.Net;
using System.Security;
using LosantFlows.Engine;

namespace LosantFlows.Connections
{
    /// <summary>
    /// A connection to one Losant API endpoint: where requests go, how they are authenticated, and how failures are
    /// retried. Made by <c>Connect-Losant</c>, or from the <c>LOSANT_API_TOKEN</c> / <c>LOSANT_API_URL</c> environment
    /// variables; shown by <c>Get-LosantConnection</c>. The token is held only as a <see cref="SecureString"/> and is
    /// never exposed by a public member. One long-lived HTTP client (and socket pool) per connection, made at first use
    /// and safe to share between runspaces.
    /// </summary>
    public sealed class LosantConnection : IDisposable
    {
        private readonly LosantClientOptions _options;
        private readonly object _gate = new object();
        private FlowsApi? _flows;
        private LosantClient? _client;

        internal LosantConnection(LosantClientOptions options, string authenticationMethod, string? userName)
        {
            _options = options;
            _options.Token?.MakeReadOnly();
            AuthenticationMethod = authenticationMethod;
            UserName = userName;
            ConnectedAt = DateTime.UtcNow;
        }

        /// <summary>The API's base address, for example <c>https://api.losant.com/</c>.</summary>
        public Uri Endpoint => _options.Endpoint;

        /// <summary>How the token was obtained: <c>Token</c>, <c>Credential</c> or <c>Environment</c>.</summary>
        public string AuthenticationMethod { get; }

        /// <summary>The e-mail address signed in with <c>-Credential</c>; otherwise null.</summary>
        public string? UserName { get; }

        /// <summary>When the connection was made (UTC).</summary>
        public DateTime ConnectedAt { get; }

        /// <summary>True when the connection carries a token.</summary>
        public bool HasToken => _options.Token != null && _options.Token.Length > 0;

        /// <summary>How many times a failed request is retried (429 and 503 always; 502, 504, resets and timeouts for GET only).</summary>
        public int MaximumRetryCount => _options.MaximumRetryCount;

        /// <summary>The most time, in seconds, spent retrying one request; 0 means no limit.</summary>
        public int MaximumRetryTimeSec => (int)_options.MaximumRetryTime.TotalSeconds;

        /// <summary>How long, in seconds, one attempt of a request may take.</summary>
        public int TimeoutSec => (int)_options.Timeout.TotalSeconds;

        /// <summary>The proxy requests go through; null means the system's proxy settings (HTTPS_PROXY, NO_PROXY …).</summary>
        public Uri? Proxy => (_options.Proxy as WebProxy)?.Address;

        /// <summary>The Flows actions on this connection's HTTP client.</summary>
        internal FlowsApi Flows
        {
            get
            {
                lock (_gate)
                {
                    if (_flows == null)
                    {
                        _client = new LosantClient(_options);
                        _flows = new FlowsApi(_client);
                    }

                    return _flows;
                }
            }
        }

        /// <summary>Releases the HTTP client and its sockets; a later call makes a new one.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                _client?.Dispose();
                _client = null;
                _flows = null;
            }
        }

        /// <summary>Returns the endpoint and the way of authentication, never the token.</summary>
        public override string ToString() => $"{Endpoint} ({AuthenticationMethod})";
    }
}
