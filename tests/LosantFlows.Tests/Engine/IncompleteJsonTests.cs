using System.Collections;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using LosantFlows.Engine;
using LosantFlows.Engine.Http;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;
using static LosantFlows.Tests.Engine.ScriptedHandler;

namespace LosantFlows.Tests.Engine;

/// <summary>2xx answers to a GET whose body is not one complete JSON value are retried like a 502; POST answers are not.</summary>
public sealed class IncompleteJsonTests
{
    private const string FlowsPath = "/applications/575ec8687ae143cd83dc4a97/flows";
    private const string Maintenance = "<html><body>Down for maintenance</body></html>";

    private static Func<CancellationToken, Task<HttpResponseMessage>> Body(HttpStatusCode status, string text, string mediaType = "application/json") => _ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) };
        response.Headers.TryAddWithoutValidation("x-request-id", "req-7");
        return Task.FromResult(response);
    };

    private static Task<FlowPage> Get(FakeHandler handler, LosantClientOptions? options = null, IRequestObserver? observer = null) =>
        new FlowsApi(new LosantClient(options ?? Options(), handler)).GetAsync(AppId, new FlowListQuery(), observer, CancellationToken.None);

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    [Fact]
    public async Task A_truncated_GET_answer_is_retried_and_the_next_complete_one_returned()
    {
        var handler = Of(Body(HttpStatusCode.OK, """{"items":[{"id":"f1","na"""), Ok(EmptyPage));
        var observer = new RecordingObserver();

        var page = await Get(handler, observer: observer);

        Assert.Empty(page.Items);
        Assert.Equal(2, handler.Requests.Count);
        var lines = observer.VerboseLines.ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Matches("^GET " + Regex.Escape(FlowsPath + "?" + Globals) + "  200 OK  \\([0-9]+ ms\\)$", lines[0]);
        Assert.Equal("Retrying GET " + FlowsPath + " in 0.0 s after answer was not complete JSON (retry 1 of 4).", lines[1]);
    }

    [Fact]
    public async Task An_HTML_page_with_200_on_every_attempt_fails_with_the_200_status_and_a_specific_message()
    {
        var handler = Of(Body(HttpStatusCode.OK, Maintenance, "text/html"));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 200 OK with a body that is not complete JSON:"
            + " '<' is an invalid start of a value at line 1, position 1 (after 4 retries)", error.Message);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("GET", error.Method);
        Assert.Equal(FlowsPath + "?" + Globals, error.Path);
        Assert.Equal(Maintenance, error.RawBody);
        Assert.Equal("req-7", error.RequestId);
        Assert.Null(error.ErrorType);
        Assert.False(error.OutcomeUnknown);
        Assert.Equal(5, handler.Requests.Count);
    }

    [Fact]
    public async Task A_truncated_answer_without_retries_names_the_open_container_and_no_retry_count()
    {
        var options = Options();
        options.MaximumRetryCount = 0;
        var handler = Of(Body(HttpStatusCode.OK, """{"items":["""));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, options));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 200 OK with a body that is not complete JSON: Expected depth to be zero at the end of"
            + " the JSON payload. There is an open JSON object or array that should be closed at line 1, position 11", error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_empty_200_body_to_a_GET_is_retried_and_reported_as_empty()
    {
        var options = Options();
        options.MaximumRetryCount = 1;
        var handler = Of(Body(HttpStatusCode.OK, ""));

        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(handler, options));

        Assert.Equal("Losant API GET " + FlowsPath + " answered 200 OK with a body that is not complete JSON: the body is empty (after 1 retry)", error.Message);
        Assert.Null(error.RawBody);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_204_answer_to_a_GET_is_not_checked()
    {
        var handler = new FakeHandler { Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent)) };
        using var client = new LosantClient(Options(), handler);

        var response = await client.SendAsync(new LosantRequest(HttpMethod.Get, FlowsPath), null, CancellationToken.None);

        Assert.Equal(204, response.StatusCode);
        Assert.Empty(response.Body);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_POST_answered_201_with_HTML_is_not_retried_and_fails_with_the_parse_error()
    {
        var handler = Of(Body(HttpStatusCode.Created, Maintenance, "text/html"), Ok("""{"id":"f1"}"""));
        var observer = new RecordingObserver();

        var error = await Assert.ThrowsAsync<FormatException>(() => new FlowsApi(new LosantClient(Options(), handler))
            .PostAsync(AppId, new Hashtable { ["name"] = "n" }, false, null, observer, CancellationToken.None));

        Assert.Equal("The Losant API answer to flows.post is not the expected JSON object: Invalid JSON at line 1, position 1: '<' is an invalid start of a value.", error.Message);
        Assert.Single(handler.Requests);
        Assert.DoesNotContain(observer.VerboseLines, l => l.StartsWith("Retrying ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}", null)]
    [InlineData("\uFEFF \r\n{\"a\":[1,2,{\"b\":null}]}\n ", null)]
    [InlineData("\"text\"", null)]
    [InlineData("{} x", "'x' is invalid after a single JSON value. Expected end of data at line 1, position 4")]
    [InlineData("{\"a\":1,}", "The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options at line 1, position 8")]
    [InlineData("{\"a\":\"cut", "Expected end of string, but instead reached end of data at line 1, position 10")]
    public void The_check_accepts_exactly_one_complete_value(string body, string? problem)
    {
        Assert.Equal(problem, JsonCompleteness.Problem(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void The_check_allows_the_same_1024_levels_as_PSJson()
    {
        var deepest = Encoding.UTF8.GetBytes(Nested(1024));
        var tooDeep = Encoding.UTF8.GetBytes(Nested(1025));

        Assert.Null(JsonCompleteness.Problem(deepest));
        Assert.NotNull(PSJson.Parse(deepest));
        Assert.Equal("The maximum configured depth of 1024 has been exceeded. Cannot read next JSON array at line 1, position 1025",
            JsonCompleteness.Problem(tooDeep));
        Assert.Throws<FormatException>(() => PSJson.Parse(tooDeep));
    }
}
