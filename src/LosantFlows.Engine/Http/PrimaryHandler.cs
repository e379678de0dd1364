using System.Net.Http;

namespace LosantFlows.Engine.Http
{
    /// <summary>The innermost handler that talks to the network: proxy settings from the options, TLS validation left as the platform does it.</summary>
    internal static class PrimaryHandler
    {
        /// <summary>
        /// An <see cref="HttpClientHandler"/> that uses <see cref="LosantClientOptions.Proxy"/> when set, else the system proxy
        /// (<c>HttpClient.DefaultProxy</c>). No certificate callback is installed, so certificate errors always fail the request.
        /// </summary>
        internal static HttpClientHandler Create(LosantClientOptions options)
        {
            var handler = new HttpClientHandler { UseProxy = true };
            if (options.Proxy != null) handler.Proxy = options.Proxy;
            return handler;
        }
    }
}
