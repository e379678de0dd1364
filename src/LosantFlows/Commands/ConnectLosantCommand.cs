using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using System.Threading;
using LosantFlows.Connections;
using LosantFlows.Engine;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Connects the session to the Losant API.</para>
    /// With <c>-Token</c> (an application or user API token), with <c>-Credential</c> (e-mail and password, exchanged
    /// for a token with POST /auth/user), or with neither: then from the environment variables <c>LOSANT_API_TOKEN</c>
    /// and <c>LOSANT_API_URL</c>, so an unattended job needs no prompt. The other cmdlets use this connection unless
    /// they are given <c>-Connection</c>. Retries, timeouts and the proxy are settings of the connection.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Losant", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(LosantConnection))]
    public sealed class ConnectLosantCommand : PSCmdlet
    {
        private const string TokenSet = "Token";
        private const string CredentialSet = "Credential";
        private const string EnvironmentSet = "Environment";

        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        /// <summary>A Losant API token.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TokenSet)]
        [ValidateNotNull]
        public SecureString? Token { get; set; }

        /// <summary>The e-mail address and password of a Losant user.</summary>
        [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
        [ValidateNotNull]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>The current two-factor code, for accounts that need one.</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [ValidateNotNullOrEmpty]
        public string? TwoFactorCode { get; set; }

        /// <summary>The API's address; default https://api.losant.com (or LOSANT_API_URL). Private installations have their own.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Endpoint { get; set; }

        /// <summary>Accept a plain http:// endpoint on another machine (the token then travels unencrypted).</summary>
        [Parameter]
        public SwitchParameter AllowInsecureEndpoint { get; set; }

        /// <summary>How many times a failed request is retried: 429 and 503 always, 502, 504, resets and timeouts for
        /// reads only (a write is never retried when the server may have acted on it). Default 4; 0 turns retries off.</summary>
        [Parameter]
        [ValidateRange(0, 100)]
        public int MaximumRetryCount { get; set; } = new LosantClientOptions().MaximumRetryCount;

        /// <summary>The most time, in seconds, spent retrying one request, waits included. Default 60; 0 means no limit.</summary>
        [Parameter]
        [ValidateRange(0, 86400)]
        public int MaximumRetryTimeSec { get; set; } = (int)new LosantClientOptions().MaximumRetryTime.TotalSeconds;

        /// <summary>How long, in seconds, one attempt of a request may take before it fails as timed out. Default 100.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = (int)new LosantClientOptions().Timeout.TotalSeconds;

        /// <summary>A proxy to send requests through, instead of the system's proxy settings (HTTPS_PROXY, NO_PROXY …).</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        /// <summary>Credentials for <c>-Proxy</c>.</summary>
        [Parameter]
        [ValidateNotNull]
        [Credential]
        public PSCredential? ProxyCredential { get; set; }

        /// <summary>Also write the connection to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Makes the connection and sets it as the session's.</summary>
        protected override void EndProcessing()
        {
            var options = BuildOptions();
            var connection = ParameterSetName switch
            {
                TokenSet => new LosantConnection(WithToken(options, CheckToken(Token!)), "Token", null),
                CredentialSet => SignIn(options),
                _ => new LosantConnection(WithToken(options, TokenFromEnvironment()), "Environment", null),
            };

            SessionConnections.Replace(connection)?.Dispose();
            WriteVerbose($"Connected to {connection.Endpoint} ({connection.AuthenticationMethod}).");
            if (PassThru)
            {
                WriteObject(connection);
            }
        }

        /// <summary>Cancels a sign-in in flight.</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        private LosantClientOptions BuildOptions()
        {
            if (ProxyCredential != null && Proxy == null)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-ProxyCredential needs -Proxy: give the proxy's address too."),
                    "Losant.ProxyCredentialWithoutProxy", ErrorCategory.InvalidArgument, null));
            }

            return new LosantClientOptions
            {
                Endpoint = ResolveEndpoint(),
                MaximumRetryCount = MaximumRetryCount,
                MaximumRetryTime = TimeSpan.FromSeconds(MaximumRetryTimeSec),
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                Proxy = Proxy == null ? null : new WebProxy(Proxy) { Credentials = ProxyCredential?.GetNetworkCredential() },
            };
        }

        private static LosantClientOptions WithToken(LosantClientOptions options, SecureString token)
        {
            options.Token = token;
            return options;
        }

        private Uri ResolveEndpoint()
        {
            try
            {
                return Endpoint != null
                    ? Endpoints.Check(Endpoint, "-Endpoint", AllowInsecureEndpoint)
                    : Endpoints.Parse(Environment.GetEnvironmentVariable(EnvironmentConnection.UrlVariable), EnvironmentConnection.UrlVariable, AllowInsecureEndpoint);
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, "Losant.InvalidEndpoint", ErrorCategory.InvalidArgument, Endpoint));
                throw;
            }
        }

        private SecureString CheckToken(SecureString token)
        {
            if (token.Length == 0)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-Token is empty. Give a Losant API token (Losant: Application > Security > Application Tokens)."),
                    "Losant.EmptyToken", ErrorCategory.InvalidArgument, null));
            }

            return token;
        }

        private SecureString TokenFromEnvironment()
        {
            var token = Environment.GetEnvironmentVariable(EnvironmentConnection.TokenVariable);
            if (string.IsNullOrEmpty(token))
            {
                var error = new ArgumentException(
                    $"Give -Token or -Credential, or set the environment variable {EnvironmentConnection.TokenVariable} " +
                    $"(and {EnvironmentConnection.UrlVariable} for a private installation).");
                ThrowTerminatingError(new ErrorRecord(error, "Losant.NoCredentials", ErrorCategory.AuthenticationError, null));
            }

            return EnvironmentConnection.ToSecureString(token!);
        }

        private LosantConnection SignIn(LosantClientOptions options)
        {
            var email = Credential!.UserName;
            if (string.IsNullOrWhiteSpace(email) || Credential.Password == null || Credential.Password.Length == 0)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-Credential needs the Losant account's e-mail address as user name and its password."),
                    "Losant.IncompleteCredential", ErrorCategory.InvalidArgument, null));
            }

            try
            {
                var token = LosantClient.AuthenticateUserAsync(options, email, Credential.Password!, TwoFactorCode, null, _stopping.Token)
                    .GetAwaiter().GetResult();
                return new LosantConnection(WithToken(options, token), "Credential", email);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception e) when (e is LosantApiException || e is TimeoutException)
            {
                var record = ApiErrors.ToErrorRecord(e, email);
                if (e is LosantApiException api && api.StatusCode == 401)
                {
                    record = new ErrorRecord(
                        new AuthenticationException($"Losant refused the sign-in of {email} at {options.Endpoint}: {api.ServerMessage ?? api.Message}", e),
                        "Losant.SignInRefused", ErrorCategory.AuthenticationError, email);
                }

                ThrowTerminatingError(record);
                throw;
            }
        }

        private sealed class AuthenticationException : Exception
        {
            public AuthenticationException(string message, Exception inner)
                : base(message, inner)
            {
            }
        }
    }
}
