using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using LosantFlows.Connections;
using LosantFlows.Engine;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Connects the session to the Losant API.</para>
    /// With <c>-Token</c> (an application or user API token), with <c>-Credential</c> (e-mail and password, exchanged
    /// for a token with POST /auth/user), or with neither: then from the environment variables <c>LOSANT_API_TOKEN</c>
    /// and <c>LOSANT_API_URL</c>, so an unattended job needs no prompt. The other cmdlets use this connection unless
    /// they are given <c>-Connection</c>.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Losant", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(LosantConnection))]
    public sealed class ConnectLosantCommand : PSCmdlet
    {
        private const string TokenSet = "Token";
        private const string CredentialSet = "Credential";
        private const string EnvironmentSet = "Environment";

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

        /// <summary>Also write the connection to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Makes the connection and sets it as the session's.</summary>
        protected override void EndProcessing()
        {
            var connection = ParameterSetName switch
            {
                TokenSet => new LosantConnection(ResolveEndpoint(), CheckToken(Token!), "Token", null),
                CredentialSet => SignIn(),
                _ => FromEnvironment(),
            };

            SessionConnections.Replace(connection)?.Dispose();
            WriteVerbose($"Connected to {connection.Endpoint} ({connection.AuthenticationMethod}).");
            if (PassThru)
            {
                WriteObject(connection);
            }
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

        private LosantConnection FromEnvironment()
        {
            var token = Environment.GetEnvironmentVariable(EnvironmentConnection.TokenVariable);
            if (string.IsNullOrEmpty(token))
            {
                var error = new ArgumentException(
                    $"Give -Token or -Credential, or set the environment variable {EnvironmentConnection.TokenVariable} " +
                    $"(and {EnvironmentConnection.UrlVariable} for a private installation).");
                ThrowTerminatingError(new ErrorRecord(error, "Losant.NoCredentials", ErrorCategory.AuthenticationError, null));
            }

            return new LosantConnection(ResolveEndpoint(), EnvironmentConnection.ToSecureString(token!), "Environment", null);
        }

        private LosantConnection SignIn()
        {
            var endpoint = ResolveEndpoint();
            var options = new LosantClientOptions { Endpoint = endpoint };
            var email = Credential!.UserName;
            if (string.IsNullOrWhiteSpace(email) || Credential.Password == null || Credential.Password.Length == 0)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-Credential needs the Losant account's e-mail address as user name and its password."),
                    "Losant.IncompleteCredential", ErrorCategory.InvalidArgument, null));
            }

            try
            {
                var token = AuthenticateUser(options, email);
                return new LosantConnection(endpoint, token, "Credential", email);
            }
            catch (LosantApiException e)
            {
                var record = ApiErrors.ToErrorRecord(e, email);
                if (e.StatusCode == 401)
                {
                    record = new ErrorRecord(
                        new AuthenticationException($"Losant refused the sign-in of {email} at {endpoint}: {e.ServerMessage ?? e.Message}", e),
                        "Losant.SignInRefused", ErrorCategory.AuthenticationError, email);
                }

                ThrowTerminatingError(record);
                throw;
            }
        }

        private SecureString AuthenticateUser(LosantClientOptions options, string email)
        {
            using var cancel = new System.Threading.CancellationTokenSource();
            return LosantClient.AuthenticateUserAsync(options, email, Credential!.Password, TwoFactorCode, null, cancel.Token)
                .GetAwaiter().GetResult();
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
