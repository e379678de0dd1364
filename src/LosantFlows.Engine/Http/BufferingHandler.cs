using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// Reads each answer's body completely inside the pipeline, so that the per-attempt timeout and the retry strategy
    /// cover a body that stalls. netstandard2.0 has no cancellable LoadIntoBufferAsync, so cancellation disposes the
    /// response, which aborts a stalled read.
    /// </summary>
    internal sealed class BufferingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Content == null) return response;
            using (cancellationToken.Register(response.Dispose))
            {
                try
                {
                    await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                }
                catch (Exception) when (cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return response;
        }
    }
}
