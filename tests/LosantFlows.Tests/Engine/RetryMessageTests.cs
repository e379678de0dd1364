using System.Collections;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using LosantFlows.Engine;
using LosantFlows.Engine.Http;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;
using static LosantFlows.Tests.Engine.ScriptedHandler;

namespace LosantFlows.Tests.Engine;

/// <summary>What the messages say about retries: the Retry-After budget, and attempt lines that agree with retry lines.</summary>
public sealed class RetryMessageTests
{
    private const string FlowsPath = "/applications/575ec8687ae143cd83dc4a97/flows";
    private const string Budget = " Retry-After asked for 120 s, beyond the 60 s retry budget (Connect-Losant -MaximumRetryTimeSec).";

    private static LosantClientOptions Uncapped()
    {
        var options = Options();
        options.Timing = new RetryTiming(TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1));
        return options;
    }

    private static Task<FlowPage> Get(FakeHandler handler, LosantClientOptions options, IRequestObserver? observer = null) =>
        new FlowsApi(new LosantClient(options, handler)).GetAsync(AppId, new FlowListQuery(), observer, CancellationToken.None);

    private static Func<CancellationToken, Task<HttpResponseMessage>> Throttled(string message, string retryAfter) => _ =>
    {
        var response = FakeHandler.Json((HttpStatusCode)429, "{\"type\":\"TooManyRequests\",\"message\":\"" + message + "\"}");
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return Task.FromResult(response);
    };

    [Fact]
    public async Task A_Retry_After_beyond_the_budget_after_one_retry_is_named_after_the_retry_count()
    {
        var handler = Of(Status(429, "0"), Status(429, "120"));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, Uncapped()));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 429 Failure: scripted (after 1 retry)." + Budget, error.Message);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_server_message_that_ends_a_sentence_gets_no_second_full_stop()
    {
        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(Of(Throttled("Slow down.", "120")), Uncapped()));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 429 TooManyRequests: Slow down." + Budget, error.Message);
    }

    [Fact]
    public async Task A_POST_answered_503_with_a_long_Retry_After_names_the_budget_and_has_a_known_outcome()
    {
        var error = await Assert.ThrowsAsync<LosantApiException>(() => new FlowsApi(new LosantClient(Uncapped(), Of(Status(503, "120"))))
            .PostAsync(AppId, new Hashtable { ["name"] = "n" }, false, null, null, CancellationToken.None));

        Assert.Equal("Losant API POST " + FlowsPath + " answered 503 Failure: scripted." + Budget, error.Message);
        Assert.False(error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_Retry_After_that_fits_the_budget_but_not_what_is_left_of_it_says_so()
    {
        var options = Uncapped();
        options.MaximumRetryTime = TimeSpan.FromSeconds(1);

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(Of(Status(429, "1")), options));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 429 Failure: scripted."
            + " Retry-After asked for 1 s, beyond what is left of the 1 s retry budget (Connect-Losant -MaximumRetryTimeSec).", error.Message);
    }

    [Fact]
    public async Task A_backoff_beyond_the_budget_adds_no_Retry_After_sentence()
    {
        var options = Options();
        options.Timing = new RetryTiming(TimeSpan.FromSeconds(10), TimeSpan.FromDays(1));
        options.MaximumRetryTime = TimeSpan.FromSeconds(1);

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(Of(Status(503)), options));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 503 Failure: scripted", error.Message);
    }

    [Fact]
    public async Task A_timed_out_attempt_line_says_timed_out_like_the_retry_line()
    {
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(100);
        var observer = new RecordingObserver();

        await Get(Of(Hang, Ok(EmptyPage)), options, observer);

        var lines = observer.VerboseLines.ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Matches("^GET " + Regex.Escape(FlowsPath + "?" + Globals) + "  timed out after 0\\.1 s  \\([0-9]+ ms\\)$", lines[0]);
        Assert.Equal("Retrying GET " + FlowsPath + " in 0.0 s after timed out after 0.1 s (retry 1 of 4).", lines[1]);
    }

    [Fact]
    public async Task A_body_that_stalls_past_the_attempt_timeout_is_reported_as_timed_out()
    {
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(100);
        options.MaximumRetryCount = 0;
        var observer = new RecordingObserver();
        var handler = new FakeHandler
        {
            Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) }),
        };

        await Assert.ThrowsAsync<LosantTimeoutException>(() => Get(handler, options, observer));

        Assert.Matches("^GET " + Regex.Escape(FlowsPath + "?" + Globals) + "  timed out after 0\\.1 s  \\([0-9]+ ms\\)$", Assert.Single(observer.VerboseLines));
    }

    [Fact]
    public async Task Other_failed_attempts_still_say_failed()
    {
        var observer = new RecordingObserver();

        await Get(Of(Reset, Ok(EmptyPage)), Options(), observer);

        Assert.StartsWith("GET " + FlowsPath + "?" + Globals + "  failed: ", observer.VerboseLines.First());
    }
}
