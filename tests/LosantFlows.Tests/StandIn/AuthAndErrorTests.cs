using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LosantFlows.StandIn.Contract;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class AuthAndErrorTests
{
    [Fact]
    public async Task MissingTokenIs401()
    {
        await using var h = await StandInHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, StandInHarness.Flows);
        request.Headers.Authorization = null;
        h.Client.DefaultRequestHeaders.Authorization = null;
        using var response = await h.Client.SendAsync(request);
        await StandInHarness.AssertErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
    }

    [Fact]
    public async Task WrongTokenIs401OnEveryAction()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        await h.GetErrorAsync(StandInHarness.Flows, HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        await h.GetErrorAsync(StandInHarness.Flows + "/version?version=develop", HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        await h.GetErrorAsync(StandInHarness.Flows + "/palette", HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        await h.PostErrorAsync(StandInHarness.Flows, "{\"name\":\"x\"}", HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        await h.PostErrorAsync(StandInHarness.Flows + "/import", "{\"flows\":[]}", HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        Assert.Equal(0, h.Server.State.FlowCount(StandInHarness.App));
    }

    [Fact]
    public async Task UnknownApplicationIs404()
    {
        await using var h = await StandInHarness.StartAsync();
        await h.GetErrorAsync("/applications/5f1e2d3c4b5a697887766556/flows", HttpStatusCode.NotFound, "NotFound", "Application was not found");
        await h.PostErrorAsync("/applications/5f1e2d3c4b5a697887766556/flows", "{\"name\":\"x\"}", HttpStatusCode.NotFound, "NotFound", "Application was not found");
    }

    [Fact]
    public async Task MalformedApplicationIdIs400NamingIt()
    {
        await using var h = await StandInHarness.StartAsync();
        await h.GetErrorAsync("/applications/not-an-id/flows/palette", HttpStatusCode.BadRequest, "Validation",
            "\"applicationId\" must be a valid object id (24 hexadecimal characters)");
    }

    [Fact]
    public async Task AuthUserReturnsTheToken()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Client.DefaultRequestHeaders.Authorization = null;
        using var content = new StringContent("{\"email\":\"admin@example.com\",\"password\":\"standin-password\",\"twoFactorCode\":\"123456\"}", Encoding.UTF8, "application/json");
        using var response = await h.Client.PostAsync("/auth/user", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"userId\":\"5f1e2d3c4b5a6978877665a0\",\"token\":\"standin-token\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AuthUserWithWrongPasswordIs401()
    {
        await using var h = await StandInHarness.StartAsync();
        await h.PostErrorAsync("/auth/user", "{\"email\":\"admin@example.com\",\"password\":\"nope\"}", HttpStatusCode.Unauthorized, "Unauthorized", "Invalid email or password");
    }

    [Fact]
    public async Task RequestLogKeepsTheRawRequestLineAndHeaders()
    {
        await using var h = await StandInHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, StandInHarness.Flows + "/palette?_actions=false&_links=true&_embedded=true&filter=my%2Aflow");
        request.Headers.Add("losantdomain", "example.com");
        using var response = await h.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        LosantSchemas.AssertValid("paletteResponse.json", await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(h.Server.RequestLog.Entries);
        Assert.Equal($"GET /applications/{StandInHarness.App}/flows/palette?_actions=false&_links=true&_embedded=true&filter=my%2Aflow", entry.Line);
        Assert.Equal("example.com", entry.Headers["losantdomain"]);
        Assert.Equal("Bearer standin-token", entry.Headers["Authorization"]);
        Assert.Equal(1, h.Server.State.RequestCount);
    }

    [Fact]
    public async Task ArgumentsParse()
    {
        var options = LosantFlows.StandIn.StandInArguments.Parse(["--port", "0", "--token", "t1", "--application-id", "5f1e2d3c4b5a697887766554,aaaaaaaaaaaaaaaaaaaaaaaa"]);
        Assert.Equal(0, options.Port);
        Assert.Equal("t1", options.Token);
        Assert.Equal(["5f1e2d3c4b5a697887766554", "aaaaaaaaaaaaaaaaaaaaaaaa"], options.ApplicationIds);
        var defaults = LosantFlows.StandIn.StandInArguments.Parse([]);
        Assert.Equal(8642, defaults.Port);
        Assert.Equal("standin-token", defaults.Token);
        Assert.Equal(["5f1e2d3c4b5a697887766554", "5f1e2d3c4b5a697887766555"], defaults.ApplicationIds);
        Assert.Throws<ArgumentException>(() => LosantFlows.StandIn.StandInArguments.Parse(["--bogus", "1"]));
        await Task.CompletedTask;
    }
}
