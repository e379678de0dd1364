using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace LosantFlows.Engine.Http
{
    /// <summary>Adds <c>Authorization: Bearer …</c> at send time when a token is configured (API-NOTES §1.7).</summary>
    internal sealed class BearerTokenHandler : DelegatingHandler
    {
        private readonly SecureString? _token;

        internal BearerTokenHandler(SecureString? token) => _token = token;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_token != null && _token.Length > 0)
            {
                request.Headers.Authorization = SecureText.WithString(_token, token => new AuthenticationHeaderValue("Bearer", token));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
