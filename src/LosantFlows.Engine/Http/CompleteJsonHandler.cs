using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// Checks, inside the retry strategy, that a 2xx answer to a GET (other than 204 No Content) is one complete JSON
    /// value (<see cref="JsonCompleteness"/>); if not it throws <see cref="IncompleteJsonException"/>, which is retried
    /// like a 502. Answers to other methods pass unchecked: the server acted, so the caller's parse error reports them.
    /// The body was buffered by <see cref="BufferingHandler"/>, so the check reads memory only.
    /// </summary>
    internal sealed class CompleteJsonHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (request.Method != HttpMethod.Get || !response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NoContent) return response;

            var body = response.Content == null ? System.Array.Empty<byte>() : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var problem = JsonCompleteness.Problem(body);
            if (problem == null) return response;

            var failure = new IncompleteJsonException((int)response.StatusCode, TransientFault.StatusText(response), problem, body, RequestIdHeader.Read(response));
            response.Dispose();
            throw failure;
        }
    }
}
