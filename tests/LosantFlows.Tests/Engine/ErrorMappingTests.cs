using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using LosantFlows.Engine;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>Non-2xx answers, transport failures, timeouts and cancellation.</summary>
public sealed class ErrorMappingTests
{
    private const string FlowsPath = "/applications/575ec8687ae143cd83dc4a97/flows";

    [Fact]
    public async Task A_404_error_body_fills_every_field_and_the_message()
    {
        const string body = """{"type":"NotFound","message":"Application was not found"}""";
        var handler = new FakeHandler
        {
            Respond = (_, _) =>
            {
                var response = FakeHandler.Json(HttpStatusCode.NotFound, body);
                response.Headers.Add("x-request-id", "req-42");
                return Task.FromResult(response);
            },
        };

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None));

        Assert.Equal("Losant API GET /applications/575ec8687ae143cd83dc4a97/flows answered 404 NotFound: Application was not found", error.Message);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("NotFound", error.ErrorType);
        Assert.Equal("Application was not found", error.ServerMessage);
        Assert.Equal(body, error.RawBody);
        Assert.Equal("req-42", error.RequestId);
        Assert.Equal("GET", error.Method);
        Assert.Equal(FlowsPath + "?" + Globals, error.Path);
    }

    [Fact]
    public async Task A_non_JSON_502_gives_the_status_and_the_first_200_characters()
    {
        var html = "<html><body>" + new string('b', 300) + "</body></html>";
        var handler = new FakeHandler
        {
            Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent(html, Encoding.UTF8, "text/html") }),
        };
        var options = Options();
        options.MaximumRetryCount = 0;
        using var client = new LosantClient(options, handler);

        var error = await Assert.ThrowsAsync<LosantApiException>(() => new FlowsApi(client).GetPaletteAsync(AppId, null, null, CancellationToken.None));

        Assert.Equal("Losant API GET /applications/575ec8687ae143cd83dc4a97/flows/palette answered 502 Bad Gateway: " + html.Substring(0, 200) + "…", error.Message);
        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.ErrorType);
        Assert.Null(error.ServerMessage);
        Assert.Equal(html, error.RawBody);
    }

    [Fact]
    public async Task A_huge_error_body_is_kept_to_4_KB()
    {
        var body = new string('z', 5000);
        var handler = FakeHandler.Answering(HttpStatusCode.InternalServerError, body);

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None));

        Assert.Equal(new string('z', 4096) + "… (5000 bytes in all)", error.RawBody);
    }

    [Fact]
    public async Task A_network_failure_is_status_0_naming_the_endpoint_and_the_cause()
    {
        var handler = new FakeHandler { Respond = (_, _) => throw new HttpRequestException("Connection refused (127.0.0.1:18765)") };

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None));

        Assert.Equal(0, error.StatusCode);
        Assert.Equal("Losant API GET /applications/575ec8687ae143cd83dc4a97/flows could not reach http://127.0.0.1:18765: Connection refused (127.0.0.1:18765) (after 4 retries)", error.Message);
        Assert.Equal(5, handler.Requests.Count);
        Assert.Null(error.RawBody);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task The_per_request_timeout_throws_TimeoutException_naming_the_request()
    {
        var handler = new FakeHandler
        {
            Respond = async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return FakeHandler.Json(HttpStatusCode.OK, "{}");
            },
        };
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(250);
        options.MaximumRetryCount = 0;
        using var client = new LosantClient(options, handler);

        var error = await Assert.ThrowsAsync<LosantTimeoutException>(() => new FlowsApi(client).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None));

        Assert.Equal("The request GET /applications/575ec8687ae143cd83dc4a97/flows timed out after 0.25 s. Raise -TimeoutSec on Connect-Losant if the API is slow.", error.Message);
    }

    [Fact]
    public async Task A_body_that_stalls_while_an_observer_is_attached_still_times_out()
    {
        var handler = new FakeHandler
        {
            Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) }),
        };
        var options = Options();
        options.Timeout = TimeSpan.FromMilliseconds(250);
        options.MaximumRetryCount = 0;
        using var client = new LosantClient(options, handler);
        var observer = new RecordingObserver();

        var error = await Assert.ThrowsAsync<LosantTimeoutException>(() => new FlowsApi(client).GetPaletteAsync(AppId, null, observer, CancellationToken.None));

        Assert.Equal("The request GET /applications/575ec8687ae143cd83dc4a97/flows/palette timed out after 0.25 s. Raise -TimeoutSec on Connect-Losant if the API is slow.", error.Message);
        Assert.Matches("^GET /applications/575ec8687ae143cd83dc4a97/flows/palette\\?" + Regex.Escape(Globals) + "  timed out after 0\\.25 s  \\([0-9]+ ms\\)$",
            Assert.Single(observer.VerboseLines));
    }

    [Fact]
    public void The_default_timeout_reads_100_s()
    {
        Assert.Equal("100 s", LosantFlows.Engine.Http.BodyText.Seconds(new LosantClientOptions().Timeout));
    }

    [Fact]
    public async Task Cancelling_the_callers_token_throws_OperationCanceledException_not_TimeoutException()
    {
        var started = new TaskCompletionSource();
        var handler = new FakeHandler
        {
            Respond = async (_, ct) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, ct);
                return FakeHandler.Json(HttpStatusCode.OK, "{}");
            },
        };
        using var cts = new CancellationTokenSource();

        var call = Flows(handler).GetAsync(AppId, new FlowListQuery(), null, cts.Token);
        await started.Task;
        cts.Cancel();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.IsNotType<TimeoutException>(error);
    }

    [Fact]
    public async Task The_token_never_appears_in_exception_text_or_observer_lines()
    {
        var observer = new RecordingObserver();
        var handler = FakeHandler.Answering(HttpStatusCode.Unauthorized, """{"message":"Unauthorized","type":"Unauthorized"}""");

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Flows(handler).GetAsync(AppId, new FlowListQuery(), observer, CancellationToken.None));

        Assert.Equal("Losant API GET /applications/575ec8687ae143cd83dc4a97/flows answered 401 Unauthorized: Unauthorized", error.Message);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Path + error.RawBody, StringComparison.Ordinal);
        Assert.NotEmpty(observer.VerboseLines);
        Assert.DoesNotContain(observer.All, m => m.Contains(Token, StringComparison.Ordinal));
    }
}
