using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LosantFlows.StandIn;
using Xunit;

namespace LosantFlows.Tests.StandIn;

/// <summary>Which requests a queued fault applies to, and how many times.</summary>
public sealed class FaultMatchingTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<int> StatusAsync(HttpClient client, HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Fact]
    public async Task TimesCountsMatchingRequestsThenTheFaultIsGone()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests, Times: 2));
        Assert.Equal(2, h.Server.State.PendingFaultCount);
        Assert.Equal(429, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows));
        Assert.Equal(1, h.Server.State.PendingFaultCount);
        Assert.Equal(429, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows));
        Assert.Equal(200, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows));
        Assert.Equal(0, h.Server.State.PendingFaultCount);
        Assert.Equal(3, h.Server.State.RequestCount);
    }

    [Fact]
    public async Task FaultsApplyInTheOrderQueued()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.ServiceUnavailable), new Fault(FaultKind.TooManyRequests, Times: 2));
        h.Server.State.InjectFaults(new Fault(FaultKind.GatewayTimeout));
        var seen = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            seen.Add(await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows + "/palette"));
        }

        Assert.Equal([503, 429, 429, 504, 200], seen);
    }

    [Fact]
    public async Task MethodAndPathMustMatchAndOthersPassUntouched()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(
            new Fault(FaultKind.TooManyRequests, Method: "post", PathContains: "/IMPORT"),
            new Fault(FaultKind.ServerError, Method: "GET"));
        Assert.Equal(201, await StatusAsync(h.Client, HttpMethod.Post, StandInHarness.Flows, "{\"name\":\"a\"}"));
        Assert.Equal(429, await StatusAsync(h.Client, HttpMethod.Post, StandInHarness.Flows + "/import", "{\"flows\":[{\"name\":\"b\"}]}"));
        Assert.Equal(500, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows + "/palette"));
        Assert.Equal(201, await StatusAsync(h.Client, HttpMethod.Post, StandInHarness.Flows + "/import", "{\"flows\":[{\"name\":\"b\"}]}"));
        Assert.Equal(200, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows));
        Assert.Equal(2, h.Server.State.FlowCount(StandInHarness.App));
        Assert.Equal(5, h.Server.State.RequestCount);
    }

    [Fact]
    public async Task PathContainsIgnoresTheQuery()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests, PathContains: "version"));
        Assert.Equal(200, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows + "?filter=version"));
        Assert.Equal(429, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows + "/version?version=develop"));
    }

    [Fact]
    public async Task AWrongTokenIs401AndLeavesTheFaultQueued()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests));
        using (var anonymous = new HttpClient { BaseAddress = h.Server.BaseAddress })
        {
            Assert.Equal(401, await StatusAsync(anonymous, HttpMethod.Get, StandInHarness.Flows));
        }

        Assert.Equal(1, h.Server.State.PendingFaultCount);
        Assert.Equal(429, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows));
    }

    [Fact]
    public async Task FaultsComeBeforeTheApplicationCheck()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.ServiceUnavailable), new Fault(FaultKind.ServerError));
        Assert.Equal(503, await StatusAsync(h.Client, HttpMethod.Get, "/applications/5f1e2d3c4b5a697887766556/flows"));
        Assert.Equal(500, await StatusAsync(h.Client, HttpMethod.Get, "/applications/5f1e2d3c4b5a697887766556/flows"));
        Assert.Equal(404, await StatusAsync(h.Client, HttpMethod.Get, "/applications/5f1e2d3c4b5a697887766556/flows"));
    }

    [Fact]
    public async Task AuthUserIsFaultedToo()
    {
        await using var h = await StandInHarness.StartAsync();
        const string credentials = "{\"email\":\"admin@example.com\",\"password\":\"standin-password\"}";
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests, RetryAfter: "3"), new Fault(FaultKind.NonJson));
        using (var throttled = await h.Client.PostAsync("/auth/user", Json(credentials)))
        {
            await StandInHarness.AssertErrorAsync(throttled, HttpStatusCode.TooManyRequests, "TooManyRequests", "Over rate limit, request throttled");
            Assert.Equal("3", throttled.Headers.GetValues("Retry-After").Single());
        }

        using (var html = await h.Client.PostAsync("/auth/user", Json(credentials)))
        {
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Equal("<html>maintenance</html>", await html.Content.ReadAsStringAsync());
        }

        using var ok = await h.Client.PostAsync("/auth/user", Json(credentials));
        Assert.Equal("{\"userId\":\"5f1e2d3c4b5a6978877665a0\",\"token\":\"standin-token\"}", await ok.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPathsAreNotFaulted()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests));
        Assert.Equal(404, await StatusAsync(h.Client, HttpMethod.Get, "/applications"));
        Assert.Equal(1, h.Server.State.PendingFaultCount);
    }

    [Fact]
    public async Task ClearFaultsForgetsThem()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests, Times: 5));
        h.Server.State.ClearFaults();
        Assert.Equal(0, h.Server.State.PendingFaultCount);
        Assert.Equal(200, await StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows));
    }

    [Fact]
    public async Task InvalidFaultsAreRefusedAndNoneQueued()
    {
        await using var h = await StandInHarness.StartAsync();
        Assert.Throws<ArgumentOutOfRangeException>(() => h.Server.State.InjectFaults(new Fault(FaultKind.Delay, DelayMs: 5), new Fault(FaultKind.ServerError, Times: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => h.Server.State.InjectFaults(new Fault(FaultKind.Delay, DelayMs: -1)));
        Assert.Equal(0, h.Server.State.PendingFaultCount);
    }

    [Fact]
    public async Task ConcurrentRequestsUseEachTimeOnce()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests, Times: 20));
        var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => StatusAsync(h.Client, HttpMethod.Get, StandInHarness.Flows)));
        Assert.Equal(20, statuses.Count(s => s == 429));
        Assert.Equal(30, statuses.Count(s => s == 200));
        Assert.Equal(50, h.Server.State.RequestCount);
    }
}
