using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LosantFlows.StandIn;
using Xunit;

namespace LosantFlows.Tests.StandIn;

/// <summary>Each fault kind: status, headers, body, and whether the action was applied.</summary>
public sealed class FaultTests
{
    private const string NewFlow = "{\"name\":\"x\"}";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task TooManyRequestsIs429WithRetryAfterAndTheFlowIsNotCreated()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests, RetryAfter: "2"));
        using (var response = await h.Client.PostAsync(StandInHarness.Flows, Json(NewFlow)))
        {
            await StandInHarness.AssertErrorAsync(response, HttpStatusCode.TooManyRequests, "TooManyRequests", "Over rate limit, request throttled");
            Assert.Equal("2", response.Headers.GetValues("Retry-After").Single());
            Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        }

        Assert.Equal(0, h.Server.State.FlowCount(StandInHarness.App));
        await h.PostAsync(StandInHarness.Flows, NewFlow, "flow.json", HttpStatusCode.Created);
        Assert.Equal(1, h.Server.State.FlowCount(StandInHarness.App));
        Assert.Equal(2, h.Server.State.RequestCount);
        Assert.Empty(h.Server.State.ContractViolations);
    }

    [Fact]
    public async Task RetryAfterMayBeAnHttpDate()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests, RetryAfter: "Wed, 21 Oct 2026 07:28:00 GMT"));
        using var response = await h.Client.GetAsync(StandInHarness.Flows);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 10, 21, 7, 28, 0, TimeSpan.Zero), response.Headers.RetryAfter?.Date);
    }

    [Fact]
    public async Task TooManyRequestsWithoutRetryAfterSendsNoHeader()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests));
        using var response = await h.Client.GetAsync(StandInHarness.Flows);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.False(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task ServiceUnavailableIs503BeforeTheAction()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.ServiceUnavailable, RetryAfter: "1"));
        using var response = await h.Client.PostAsync(StandInHarness.Flows + "/import", Json("{\"flows\":[{\"name\":\"a\"}]}"));
        await StandInHarness.AssertErrorAsync(response, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "Service temporarily unavailable");
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal(0, h.Server.State.FlowCount(StandInHarness.App));
    }

    [Fact]
    public async Task ServerErrorIs500AfterTheFlowWasCreated()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.ServerError));
        using var response = await h.Client.PostAsync(StandInHarness.Flows, Json(NewFlow));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"type\":\"InternalError\",\"message\":\"Internal server error\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, h.Server.State.FlowCount(StandInHarness.App));
        Assert.Empty(h.Server.State.ContractViolations);
    }

    [Fact]
    public async Task BadGatewayIsAn502HtmlPageAfterTheAction()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.BadGatewayHtml));
        using var response = await h.Client.PostAsync(StandInHarness.Flows + "/import", Json("{\"flows\":[{\"name\":\"a\"},{\"name\":\"b\"}]}"));
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html><body><h1>502 Bad Gateway</h1></body></html>", await response.Content.ReadAsStringAsync());
        Assert.Equal(2, h.Server.State.FlowCount(StandInHarness.App));
        Assert.Empty(h.Server.State.ContractViolations);
    }

    [Fact]
    public async Task GatewayTimeoutIsAn504HtmlPageAfterTheAction()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.GatewayTimeout));
        using var response = await h.Client.PostAsync(StandInHarness.Flows, Json(NewFlow));
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html><body><h1>504 Gateway Time-out</h1></body></html>", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, h.Server.State.FlowCount(StandInHarness.App));
    }

    [Fact]
    public async Task ResetConnectionAbortsAfterTheAction()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.ResetConnection));
        await Assert.ThrowsAsync<HttpRequestException>(() => h.Client.PostAsync(StandInHarness.Flows, Json(NewFlow)));
        Assert.Equal(1, h.Server.State.FlowCount(StandInHarness.App));
        Assert.Equal(1, h.Server.State.RequestCount);
        await h.GetAsync(StandInHarness.Flows, "flows.json");
        Assert.Equal(2, h.Server.State.ConnectionCount);
    }

    [Fact]
    public async Task TruncatedJsonIsTheRealAnswerCutInHalf()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.SeedFlow(StandInHarness.App, new() { ["name"] = "seeded" });
        using var whole = await h.Client.GetAsync(StandInHarness.Flows);
        var text = await whole.Content.ReadAsStringAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TruncatedJson));
        using var cut = await h.Client.GetAsync(StandInHarness.Flows);
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        Assert.Equal("application/json", cut.Content.Headers.ContentType?.MediaType);
        Assert.Equal(text[..(text.Length / 2)], await cut.Content.ReadAsStringAsync());
        Assert.Equal(text.Length / 2, cut.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task TruncatedJsonOnCreateIs201AndTheFlowExists()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TruncatedJson, Method: "POST"));
        using var response = await h.Client.PostAsync(StandInHarness.Flows, Json(NewFlow));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var list = await h.GetAsync(StandInHarness.Flows, "flows.json");
        var stored = list["items"]![0]!.ToJsonString();
        Assert.StartsWith("{\"id\":\"6a5f00000000000000000001\"", stored);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length > 10 && stored.StartsWith(body, StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task NonJsonIsTheActionsStatusWithAnHtmlPage()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.NonJson, Times: 2));
        using (var created = await h.Client.PostAsync(StandInHarness.Flows, Json(NewFlow)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal("text/html", created.Content.Headers.ContentType?.MediaType);
            Assert.Equal("<html>maintenance</html>", await created.Content.ReadAsStringAsync());
        }

        using (var listed = await h.Client.GetAsync(StandInHarness.Flows + "/palette"))
        {
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
            Assert.Equal("<html>maintenance</html>", await listed.Content.ReadAsStringAsync());
        }

        Assert.Equal(1, h.Server.State.FlowCount(StandInHarness.App));
        Assert.Empty(h.Server.State.ContractViolations);
    }

    [Fact]
    public async Task DelayWaitsThenAnswersNormally()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.Delay, DelayMs: 300));
        var clock = Stopwatch.StartNew();
        await h.PostAsync(StandInHarness.Flows, NewFlow, "flow.json", HttpStatusCode.Created);
        Assert.InRange(clock.ElapsedMilliseconds, 290, 5000);
        clock.Restart();
        await h.GetAsync(StandInHarness.Flows, "flows.json");
        Assert.InRange(clock.ElapsedMilliseconds, 0, 250);
    }

    [Fact]
    public async Task DelayEndsWhenTheClientGoesAway()
    {
        var clock = Stopwatch.StartNew();
        await using (var h = await StandInHarness.StartAsync())
        {
            h.Server.State.InjectFaults(new Fault(FaultKind.Delay, DelayMs: 60_000));
            using var impatient = new HttpClient { BaseAddress = h.Server.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };
            impatient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", h.Server.Token);
            await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.PostAsync(StandInHarness.Flows, Json(NewFlow)));
            await h.GetAsync(StandInHarness.Flows, "flows.json");
        }

        Assert.InRange(clock.ElapsedMilliseconds, 0, 10_000);
    }

    [Fact]
    public async Task StoppingTheServerEndsAPendingDelay()
    {
        var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.Delay, DelayMs: 60_000));
        var pending = h.Client.GetAsync(StandInHarness.Flows);
        while (h.Server.State.RequestCount == 0)
        {
            await Task.Delay(10);
        }

        var clock = Stopwatch.StartNew();
        await h.Server.DisposeAsync();
        Assert.InRange(clock.ElapsedMilliseconds, 0, 5000);
        try
        {
            (await pending).Dispose();
        }
        catch (HttpRequestException)
        {
            // The connection may close before the answer is read.
        }

        h.Client.Dispose();
    }
}
