using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using LosantFlows.Engine;
using LosantFlows.Engine.Http;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;
using static LosantFlows.Tests.Engine.ScriptedHandler;

namespace LosantFlows.Tests.Engine;

/// <summary>Transient faults: which outcomes are retried for GET and POST, the bounds, the waits and the Verbose lines.</summary>
public sealed class RetryTests
{
    private const string FlowsPath = "/applications/575ec8687ae143cd83dc4a97/flows";
    private const string Created = """{"id":"f1","name":"n"}""";

    private static Task<FlowPage> Get(FakeHandler handler, LosantClientOptions? options = null, IRequestObserver? observer = null, CancellationToken ct = default) =>
        new FlowsApi(new LosantClient(options ?? Options(), handler)).GetAsync(AppId, new FlowListQuery(), observer, ct);

    private static Task<System.Management.Automation.PSObject> Post(FakeHandler handler, LosantClientOptions? options = null, IRequestObserver? observer = null) =>
        new FlowsApi(new LosantClient(options ?? Options(), handler)).PostAsync(AppId, new Hashtable { ["name"] = "n" }, false, null, observer, CancellationToken.None);

    private static LosantClientOptions WithTiming(RetryTiming timing)
    {
        var options = Options();
        options.Timing = timing;
        return options;
    }

    private static string[] RetryLines(RecordingObserver observer) => observer.VerboseLines.Where(l => l.StartsWith("Retrying ", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_defaults_are_4_retries_60_s_100_s_per_attempt_and_the_system_proxy()
    {
        var options = new LosantClientOptions();
        Assert.Equal(4, options.MaximumRetryCount);
        Assert.Equal(TimeSpan.FromSeconds(60), options.MaximumRetryTime);
        Assert.Equal(TimeSpan.FromSeconds(100), options.Timeout);
        Assert.Null(options.Proxy);
    }

    [Fact]
    public async Task A_GET_answered_429_with_Retry_After_1_waits_one_second_then_succeeds()
    {
        var handler = Of(Status(429, "1"), Ok(EmptyPage));
        var observer = new RecordingObserver();
        var stopwatch = Stopwatch.StartNew();

        var page = await Get(handler, WithTiming(new RetryTiming(TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1))), observer);

        Assert.Empty(page.Items);
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(950), "waited " + stopwatch.Elapsed);
        Assert.Equal(new[] { "Retrying GET " + FlowsPath + " in 1.0 s after 429 Too Many Requests (retry 1 of 4)." }, RetryLines(observer));
    }

    [Fact]
    public void Retry_After_is_read_as_delta_seconds_and_as_an_HTTP_date()
    {
        var now = new DateTimeOffset(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);
        using var delta = new HttpResponseMessage((System.Net.HttpStatusCode)429);
        delta.Headers.TryAddWithoutValidation("Retry-After", "120");
        using var date = new HttpResponseMessage((System.Net.HttpStatusCode)429);
        date.Headers.TryAddWithoutValidation("Retry-After", "Sun, 29 Nov 2026 07:01:30 GMT");
        using var past = new HttpResponseMessage((System.Net.HttpStatusCode)503);
        past.Headers.TryAddWithoutValidation("Retry-After", "Sun, 29 Nov 2026 06:00:00 GMT");
        using var none = new HttpResponseMessage((System.Net.HttpStatusCode)503);

        Assert.Equal(TimeSpan.FromSeconds(120), RetryAfter.Read(delta, now));
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfter.Read(date, now));
        Assert.Equal(TimeSpan.Zero, RetryAfter.Read(past, now));
        Assert.Null(RetryAfter.Read(none, now));
    }

    [Fact]
    public async Task A_GET_answered_429_with_a_past_HTTP_date_is_retried_at_once()
    {
        var date = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("r", CultureInfo.InvariantCulture);
        var handler = Of(Status(429, date), Ok(EmptyPage));
        var observer = new RecordingObserver();

        await Get(handler, WithTiming(new RetryTiming(TimeSpan.FromSeconds(30), TimeSpan.FromDays(1))), observer);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(new[] { "Retrying GET " + FlowsPath + " in 0.0 s after 429 Too Many Requests (retry 1 of 4)." }, RetryLines(observer));
    }

    [Fact]
    public async Task An_HTTP_date_beyond_the_maximum_retry_time_fails_at_once_with_the_429()
    {
        var date = DateTimeOffset.UtcNow.AddMinutes(2).ToString("r", CultureInfo.InvariantCulture);
        var handler = Of(Status(429, date), Ok(EmptyPage));
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, WithTiming(new RetryTiming(TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1)))));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(handler.Requests);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), "took " + stopwatch.Elapsed);
    }

    [Fact]
    public async Task A_long_delta_Retry_After_beyond_the_maximum_retry_time_fails_at_once_with_the_429()
    {
        var handler = Of(Status(429, "120"), Ok(EmptyPage));
        var observer = new RecordingObserver();
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, WithTiming(new RetryTiming(TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1))), observer));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 429 Failure: scripted."
            + " Retry-After asked for 120 s, beyond the 60 s retry budget (Connect-Losant -MaximumRetryTimeSec).", error.Message);
        Assert.Single(handler.Requests);
        Assert.Empty(RetryLines(observer));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), "took " + stopwatch.Elapsed);
    }

    [Fact]
    public async Task With_no_maximum_retry_time_a_long_Retry_After_is_waited_for()
    {
        var options = Options();
        options.MaximumRetryTime = TimeSpan.Zero;
        var handler = Of(Status(429, "120"), Ok(EmptyPage));
        var observer = new RecordingObserver();

        await Get(handler, options, observer);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(new[] { "Retrying GET " + FlowsPath + " in 0.0 s after 429 Too Many Requests (retry 1 of 4)." }, RetryLines(observer));
    }

    [Theory]
    [InlineData(429, "429 Too Many Requests")]
    [InlineData(503, "503 Service Unavailable")]
    [InlineData(502, "502 Bad Gateway")]
    [InlineData(504, "504 Gateway Timeout")]
    public async Task A_GET_is_retried_after(int status, string reason)
    {
        var handler = Of(Status(status), Status(status), Ok(EmptyPage));
        var observer = new RecordingObserver();

        await Get(handler, observer: observer);

        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("GET " + FlowsPath + "?" + Globals, r.RequestLine));
        Assert.Equal(new[] { "after " + reason + " (retry 1 of 4).", "after " + reason + " (retry 2 of 4)." },
            RetryLines(observer).Select(l => l.Substring(l.IndexOf(" s after ", StringComparison.Ordinal) + 3)));
    }

    [Fact]
    public async Task A_GET_answered_500_is_not_retried()
    {
        var handler = Of(Status(500), Ok(EmptyPage));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 500 Failure: scripted", error.Message);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_POST_is_retried_after(int status)
    {
        var handler = Of(Status(status), Ok(Created));

        await Post(handler);

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("""{"name":"n"}""", r.BodyText));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_POST_is_never_retried_after(int status)
    {
        var handler = Of(Status(status), Ok(Created));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Post(handler));

        Assert.Equal(status, error.StatusCode);
        Assert.EndsWith(" answered " + status + " Failure: scripted", error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_for_a_POST()
    {
        var handler = Of(Refused, Ok(Created));
        var observer = new RecordingObserver();

        await Post(handler, observer: observer);

        Assert.Equal(2, handler.Requests.Count);
        var line = Assert.Single(RetryLines(observer));
        Assert.Equal("Retrying POST " + FlowsPath + " in 0.0 s after connection refused (retry 1 of 4).", line);
    }

    [Fact]
    public async Task A_real_refused_connection_is_recognised_and_retried_for_a_POST()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = Options();
        options.Endpoint = new Uri("http://127.0.0.1:" + port);
        options.Proxy = new System.Net.WebProxy();
        options.MaximumRetryCount = 2;
        var observer = new RecordingObserver();
        using var client = new LosantClient(options);

        var error = await Assert.ThrowsAsync<LosantApiException>(() =>
            new FlowsApi(client).PostAsync(AppId, new Hashtable { ["name"] = "n" }, false, null, observer, CancellationToken.None));

        Assert.Equal(0, error.StatusCode);
        Assert.EndsWith(" (after 2 retries)", error.Message);
        Assert.Equal(
            new[] { "Retrying POST " + FlowsPath + " in 0.0 s after connection refused (retry 1 of 2).", "Retrying POST " + FlowsPath + " in 0.0 s after connection refused (retry 2 of 2)." },
            RetryLines(observer));
    }

    [Fact]
    public async Task A_reset_connection_is_retried_for_a_GET()
    {
        var handler = Of(Reset, Ok(EmptyPage));
        var observer = new RecordingObserver();

        await Get(handler, observer: observer);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(new[] { "Retrying GET " + FlowsPath + " in 0.0 s after connection reset (retry 1 of 4)." }, RetryLines(observer));
    }

    [Fact]
    public async Task A_reset_connection_is_not_retried_for_a_POST()
    {
        var handler = Of(Reset, Ok(Created));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Post(handler));

        Assert.Equal(0, error.StatusCode);
        Assert.Equal("Losant API POST " + FlowsPath + " could not reach http://127.0.0.1:18765: Connection reset by peer", error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_timed_out_GET_attempt_is_retried()
    {
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(100);
        var handler = Of(Hang, Ok(EmptyPage));
        var observer = new RecordingObserver();

        await Get(handler, options, observer);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(new[] { "Retrying GET " + FlowsPath + " in 0.0 s after timed out after 0.1 s (retry 1 of 4)." }, RetryLines(observer));
    }

    [Fact]
    public async Task A_GET_that_times_out_on_every_attempt_throws_TimeoutException_after_five_attempts()
    {
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(50);
        var handler = Of(Hang);

        var error = await Assert.ThrowsAsync<LosantTimeoutException>(() => Get(handler, options));

        Assert.Equal("The request GET " + FlowsPath + " timed out after 0.05 s (after 4 retries). Raise -TimeoutSec on Connect-Losant if the API is slow.", error.Message);
        Assert.Equal("GET", error.Method);
        Assert.False(error.OutcomeUnknown);
        Assert.Equal(5, handler.Requests.Count);
    }

    [Fact]
    public async Task A_timed_out_POST_is_not_retried()
    {
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(100);
        var handler = Of(Hang, Ok(Created));

        var error = await Assert.ThrowsAsync<LosantTimeoutException>(() => Post(handler, options));

        Assert.Equal("The request POST " + FlowsPath + " timed out after 0.1 s. Raise -TimeoutSec on Connect-Losant if the API is slow.", error.Message);
        Assert.Equal("POST", error.Method);
        Assert.True(error.OutcomeUnknown);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task When_retries_run_out_the_last_status_is_reported_after_5_attempts_with_4_verbose_lines()
    {
        var handler = Of(Status(503, "0"));
        var observer = new RecordingObserver();

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, observer: observer));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 503 Failure: scripted (after 4 retries)", error.Message);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(5, handler.Requests.Count);
        Assert.Equal(
            Enumerable.Range(1, 4).Select(i => "Retrying GET " + FlowsPath + " in 0.0 s after 503 Service Unavailable (retry " + i + " of 4)."),
            RetryLines(observer));
        Assert.Equal(9, observer.VerboseLines.Count);
    }

    [Fact]
    public async Task MaximumRetryCount_0_sends_once()
    {
        var options = Options();
        options.MaximumRetryCount = 0;
        var handler = Of(Status(429, "0"), Ok(EmptyPage));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, options));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 429 Failure: scripted", error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task MaximumRetryCount_1_sends_twice_and_says_after_1_retry()
    {
        var options = Options();
        options.MaximumRetryCount = 1;
        var handler = Of(Status(502));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, options));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 502 Failure: scripted (after 1 retry)", error.Message);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_during_a_30_s_Retry_After_wait_returns_within_a_second()
    {
        var handler = Of(Status(429, "30"), Ok(EmptyPage));
        var observer = new RecordingObserver();
        using var cts = new CancellationTokenSource();
        var options = WithTiming(new RetryTiming(TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1)));
        var call = Get(handler, options, observer, cts.Token);
        while (RetryLines(observer).Length == 0) await Task.Delay(10);
        var stopwatch = Stopwatch.StartNew();

        cts.Cancel();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), "took " + stopwatch.Elapsed);
        Assert.Equal("The request GET " + FlowsPath + " was cancelled.", error.Message);
        Assert.Single(handler.Requests);
        Assert.Equal(new[] { "Retrying GET " + FlowsPath + " in 30.0 s after 429 Too Many Requests (retry 1 of 4)." }, RetryLines(observer));
    }

    [Fact]
    public async Task The_token_is_in_no_retry_line_and_no_error()
    {
        var observer = new RecordingObserver();
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(50);
        var handler = Of(Status(429, "0"), Status(503), Reset, Hang, Status(502));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, options, observer));

        Assert.Equal(5, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("Bearer " + Token, r.Headers["Authorization"]));
        Assert.Equal(4, RetryLines(observer).Length);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(observer.All, m => m.Contains(Token, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1, 60, 100)]
    [InlineData(4, -1, 100)]
    [InlineData(4, 60, 0)]
    public void Out_of_range_retry_settings_are_refused(int count, int maximumTimeSeconds, int timeoutSeconds)
    {
        var options = Options();
        options.MaximumRetryCount = count;
        options.MaximumRetryTime = TimeSpan.FromSeconds(maximumTimeSeconds);
        options.Timeout = TimeSpan.FromSeconds(timeoutSeconds);

        Assert.Throws<ArgumentException>(() => new LosantClient(options, new FakeHandler()));
    }
}
