using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LosantFlows.Engine.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace LosantFlows.Engine
{
    /// <summary>
    /// One long-lived HTTP pipeline per Losant connection (API-NOTES §1.3, §1.7, §6): adds the base URL, the global
    /// query parameters, the standard headers and the bearer token, retries transient failures (a Polly retry strategy in a
    /// Microsoft.Extensions.Http.Resilience handler, bounded by <see cref="LosantClientOptions.MaximumRetryCount"/> and
    /// <see cref="LosantClientOptions.MaximumRetryTime"/>), limits each attempt to <see cref="LosantClientOptions.Timeout"/>,
    /// sends through <see cref="LosantClientOptions.Proxy"/> or the system proxy, reports each exchange and each retry to an
    /// <see cref="IRequestObserver"/>, and maps failures to <see cref="LosantApiException"/>. Thread-safe.
    /// </summary>
    public sealed class LosantClient : IDisposable
    {
        private const string ClientName = "Losant";
        private static readonly MediaTypeHeaderValue JsonMediaType = new MediaTypeHeaderValue("application/json");

        private readonly LosantClientOptions _options;
        private readonly ServiceProvider _services;
        private readonly IHttpClientFactory _factory;
        private readonly string _baseUrl;

        /// <summary>Creates the client and its handler pipeline; no request is sent.</summary>
        /// <param name="options">Connection settings; copied, except that the <see cref="LosantClientOptions.Token"/> instance is read at each send.</param>
        /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
        /// <exception cref="ArgumentException">The endpoint is not an absolute http or https URL; <see cref="LosantClientOptions.MaximumRetryCount"/>
        /// or <see cref="LosantClientOptions.MaximumRetryTime"/> is negative; or <see cref="LosantClientOptions.Timeout"/> is neither positive
        /// (below 24.8 days) nor infinite.</exception>
        public LosantClient(LosantClientOptions options)
            : this(options, null)
        {
        }

        /// <summary>Creates the client with <paramref name="primaryHandler"/> as the innermost handler (tests pass a fake).</summary>
        internal LosantClient(LosantClientOptions options, HttpMessageHandler? primaryHandler)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            _options = options.Clone();
            var endpoint = _options.Endpoint ?? throw new ArgumentException("Endpoint must be set.", nameof(options));
            if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
                throw new ArgumentException($"Endpoint '{endpoint}' must be an absolute http or https URL.", nameof(options));
            _baseUrl = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');

            if (_options.MaximumRetryCount < 0)
                throw new ArgumentException($"MaximumRetryCount must be 0 or more, not {_options.MaximumRetryCount}.", nameof(options));
            if (_options.MaximumRetryTime < TimeSpan.Zero)
                throw new ArgumentException($"MaximumRetryTime must be zero (no limit) or positive, not {_options.MaximumRetryTime}.", nameof(options));
            if (_options.Timeout != Timeout.InfiniteTimeSpan && !RetryTiming.IsTimerSpan(_options.Timeout))
                throw new ArgumentException($"Timeout must be positive and below 24.8 days, or infinite, not {_options.Timeout}.", nameof(options));

            // The retry pipeline is built once, without the registry, options and telemetry services that
            // AddResilienceHandler brings: they would log and meter to no one, and cost a fifth of the first request's time.
            // The factory's own logging handlers are dropped for the same reason.
            var retry = new ResiliencePipelineBuilder<HttpResponseMessage>();
            RetryStrategy.Add(retry, _options);
            var retryPipeline = retry.Build();

            // Outermost first: retries (Polly), the complete-JSON check of GET answers, the per-attempt timeout, logging,
            // the token, body buffering, the network.
            var services = new ServiceCollection();
            var builder = services.AddHttpClient(ClientName).RemoveAllLoggers();
            builder.AddHttpMessageHandler(() => new ResilienceHandler(retryPipeline))
                .AddHttpMessageHandler(() => new CompleteJsonHandler())
                .AddHttpMessageHandler(() => new AttemptTimeoutHandler(_options.Timeout))
                .AddHttpMessageHandler(() => new LoggingHandler())
                .AddHttpMessageHandler(() => new BearerTokenHandler(_options.Token))
                .AddHttpMessageHandler(() => new BufferingHandler());
            if (primaryHandler != null)
            {
                builder.ConfigurePrimaryHttpMessageHandler(() => primaryHandler).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            }
            else
            {
                builder.ConfigurePrimaryHttpMessageHandler(() => PrimaryHandler.Create(_options));
            }

            _services = services.BuildServiceProvider();
            _factory = _services.GetRequiredService<IHttpClientFactory>();
        }

        /// <summary>The endpoint requests are sent to.</summary>
        public Uri Endpoint => _options.Endpoint;

        /// <summary>
        /// Sends one request: <c>{Endpoint}{Path}?_actions=false&amp;_links=true&amp;_embedded=true&amp;{Query}</c> with headers
        /// <c>Accept: application/json</c>, <c>Accept-Version</c>, <c>User-Agent</c>, <c>Authorization: Bearer …</c> (only with a token),
        /// <c>Content-Type: application/json</c> (only with a body) and <c>losantdomain</c> (only when set).
        /// Transient failures are retried: 429 and 503 for every method, waiting as <c>Retry-After</c> says (delta-seconds or
        /// HTTP-date), else an exponential backoff from about 1 s with jitter; 502, 504, connection resets, attempt timeouts and
        /// 2xx answers whose body is not one complete JSON value (cut short, or an HTML page sent with 200; 204 excepted) for
        /// GET only; a refused connection for every method (nothing was sent); 500 never. Each retry is one Verbose line,
        /// e.g. <c>Retrying GET /applications/…/flows in 2.0 s after 429 Too Many Requests (retry 1 of 4).</c> or
        /// <c>… after answer was not complete JSON (retry 1 of 4).</c>
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="observer">Receives one Verbose line and Debug details, or null.</param>
        /// <param name="cancellationToken">Cancels the request (e.g. from StopProcessing).</param>
        /// <returns>The 2xx answer with its body fully read.</returns>
        /// <exception cref="ArgumentException">The request's path is not of the form <c>/…</c> without query, or its
        /// <c>LosantDomain</c> is not printable ASCII (no input may add a header).</exception>
        /// <exception cref="LosantApiException">The last attempt's non-2xx answer, or status 0 when the endpoint could not be reached;
        /// when retries were made the message ends with <c> (after N retries)</c> (<c> (after 1 retry)</c>). For a GET whose last
        /// 2xx answer was not complete JSON, that status with the message
        /// <c>Losant API GET /… answered 200 OK with a body that is not complete JSON: … (after 4 retries)</c>. A 429 or 503
        /// not retried because its <c>Retry-After</c> goes beyond <see cref="LosantClientOptions.MaximumRetryTime"/> ends with
        /// <c> Retry-After asked for 120 s, beyond the 60 s retry budget (Connect-Losant -MaximumRetryTimeSec).</c>
        /// <see cref="LosantApiException.OutcomeUnknown"/> tells whether a failed POST may have been carried out.</exception>
        /// <exception cref="LosantTimeoutException">The last attempt got no complete answer within <see cref="LosantClientOptions.Timeout"/>:
        /// <c>The request GET /… timed out after 100 s (after 4 retries). Raise -TimeoutSec on Connect-Losant if the API is slow.</c>
        /// (the retry count only when retries were made); <see cref="LosantTimeoutException.OutcomeUnknown"/> is true for POST.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, during an attempt or a wait
        /// between attempts.</exception>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        public async Task<LosantResponse> SendAsync(LosantRequest request, IRequestObserver? observer, CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            if (request.Method == null) throw new ArgumentException("Method must be set.", nameof(request));
            if (request.Path == null || !request.Path.StartsWith("/", StringComparison.Ordinal) || request.Path.IndexOfAny(new[] { '?', '#' }) >= 0)
                throw new ArgumentException($"Path '{request.Path}' must start with '/' and contain no query or fragment.", nameof(request));

            var pathAndQuery = request.Path + "?" + QueryString.Build(request.Query ?? Array.Empty<System.Collections.Generic.KeyValuePair<string, string>>());
            var method = request.Method.Method;
            var path = ErrorMapper.PathOnly(pathAndQuery);
            var retry = new RetryState(method, path, observer);
            using var message = BuildMessage(request, pathAndQuery, observer, retry);

            var client = _factory.CreateClient(ClientName);
            client.Timeout = Timeout.InfiniteTimeSpan;
            var stopwatch = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                var body = response.Content == null ? Array.Empty<byte>() : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                stopwatch.Stop();
                var requestId = RequestIdHeader.Read(response);
                var status = (int)response.StatusCode;
                if (status < 200 || status > 299)
                    throw ErrorMapper.FromResponse(method, pathAndQuery, status, response.ReasonPhrase, body, requestId, retry.Retries, retry.StopNote);
                return new LosantResponse(status, body, requestId, stopwatch.Elapsed);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException($"The request {method} {path} was cancelled.", cancellationToken);
            }
            catch (AttemptTimeoutException ex)
            {
                throw ErrorMapper.FromTimeout(method, path, ex, retry.Retries);
            }
            catch (IncompleteJsonException ex)
            {
                throw ErrorMapper.FromIncompleteJson(method, pathAndQuery, ex, retry.Retries);
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is IOException || ex is OperationCanceledException)
            {
                throw ErrorMapper.FromTransport(method, pathAndQuery, _options.Endpoint, ex, retry.Retries);
            }
        }

        /// <summary>
        /// Exchanges user credentials for a user token: <c>POST /auth/user</c> with body
        /// <c>{"email","password","twoFactorCode"?}</c> (schema <c>userCredentials.json</c>; answer <c>authedUser.json</c>).
        /// The password is read from the SecureString only while the body is written; the body buffer is cleared after sending.
        /// Bodies of this exchange are never shown to the observer.
        /// </summary>
        /// <param name="options">Endpoint, Accept-Version, timeout and user agent; its <see cref="LosantClientOptions.Token"/> is not sent.</param>
        /// <param name="email">Account e-mail address.</param>
        /// <param name="password">Account password.</param>
        /// <param name="twoFactorCode">Current two-factor code, or null when the account has none.</param>
        /// <param name="observer">Receives diagnostics (without bodies), or null.</param>
        /// <param name="ct">Cancels the request.</param>
        /// <returns>The answer's <c>token</c> as a read-only SecureString.</returns>
        /// <exception cref="LosantApiException">401 (wrong credentials), another non-2xx status, status 0, or an answer without a <c>token</c> string.</exception>
        /// <exception cref="LosantTimeoutException">No answer within the timeout.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
        public static Task<SecureString> AuthenticateUserAsync(LosantClientOptions options, string email, SecureString password,
            string? twoFactorCode, IRequestObserver? observer, CancellationToken ct) =>
            AuthenticateUserAsync(options, null, email, password, twoFactorCode, observer, ct);

        internal static async Task<SecureString> AuthenticateUserAsync(LosantClientOptions options, HttpMessageHandler? primaryHandler,
            string email, SecureString password, string? twoFactorCode, IRequestObserver? observer, CancellationToken ct)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            if (email == null) throw new ArgumentNullException(nameof(email));
            if (password == null) throw new ArgumentNullException(nameof(password));

            var anonymous = options.Clone();
            anonymous.Token = null;
            using var client = new LosantClient(anonymous, primaryHandler);
            var request = new LosantRequest(HttpMethod.Post, "/auth/user")
            {
                Body = CredentialsBody(email, password, twoFactorCode),
                SensitiveBodies = true,
            };
            LosantResponse response;
            try
            {
                response = await client.SendAsync(request, observer, ct).ConfigureAwait(false);
            }
            finally
            {
                Array.Clear(request.Body, 0, request.Body.Length);
            }

            try
            {
                return ReadToken(response);
            }
            finally
            {
                Array.Clear(response.Body, 0, response.Body.Length);
            }
        }

        /// <summary>Releases the handler pipeline; requests in flight are cancelled.</summary>
        public void Dispose() => _services.Dispose();

        private HttpRequestMessage BuildMessage(LosantRequest request, string pathAndQuery, IRequestObserver? observer, RetryState retry)
        {
            var message = new HttpRequestMessage(request.Method, new Uri(_baseUrl + pathAndQuery, UriKind.Absolute));
            message.Headers.TryAddWithoutValidation("Accept", "application/json");
            message.Headers.TryAddWithoutValidation("Accept-Version", _options.AcceptVersion);
            if (!string.IsNullOrEmpty(_options.UserAgent)) message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            if (!string.IsNullOrEmpty(request.LosantDomain)) message.Headers.TryAddWithoutValidation("losantdomain", HeaderValue(request.LosantDomain!, "LosantDomain"));
            if (request.Body != null)
            {
                message.Content = new ByteArrayContent(request.Body);
                message.Content.Headers.ContentType = JsonMediaType;
            }

            RequestContext.Set(message, observer, request.SensitiveBodies, retry);
            return message;
        }

        private static string HeaderValue(string value, string name)
        {
            foreach (var c in value)
            {
                if (c < 0x20 || c > 0x7E)
                    throw new ArgumentException($"{name} must be printable ASCII text without line breaks (a domain name such as example.com).", name);
            }

            return value;
        }

        private static byte[] CredentialsBody(string email, SecureString password, string? twoFactorCode)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("email", email);
                var chars = SecureText.ToChars(password);
                try
                {
                    writer.WriteString("password", chars);
                    writer.Flush();
                }
                finally
                {
                    Array.Clear(chars, 0, chars.Length);
                }

                if (twoFactorCode != null) writer.WriteString("twoFactorCode", twoFactorCode);
                writer.WriteEndObject();
            }

            var buffer = stream.GetBuffer();
            var body = new byte[stream.Length];
            Buffer.BlockCopy(buffer, 0, body, 0, body.Length);
            Array.Clear(buffer, 0, buffer.Length);
            return body;
        }

        private static SecureString ReadToken(LosantResponse response)
        {
            var reader = new Utf8JsonReader(response.Body);
            try
            {
                if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var isToken = reader.ValueTextEquals("token");
                        reader.Read();
                        if (isToken && reader.TokenType == JsonTokenType.String)
                        {
                            var chars = new char[reader.ValueSpan.Length];
                            var length = reader.CopyString(chars);
                            try
                            {
                                var secure = new SecureString();
                                for (var i = 0; i < length; i++) secure.AppendChar(chars[i]);
                                secure.MakeReadOnly();
                                return secure;
                            }
                            finally
                            {
                                Array.Clear(chars, 0, chars.Length);
                            }
                        }

                        reader.Skip();
                    }
                }
            }
            catch (JsonException)
            {
                // Reported below, without echoing the body (it may hold a partial token).
            }

            throw new LosantApiException("Losant API POST /auth/user answered " + response.StatusCode + " without a token.",
                response.StatusCode, "POST", "/auth/user", requestId: response.RequestId);
        }
    }
}
