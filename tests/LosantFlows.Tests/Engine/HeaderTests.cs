using System.Collections;
using System.Net;
using LosantFlows.Engine;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>Headers as API-NOTES §1.7 and §6 list them.</summary>
public sealed class HeaderTests
{
    [Fact]
    public async Task A_GET_with_a_token_sends_exactly_the_standard_headers()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        await Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

        var headers = Assert.Single(handler.Requests).Headers;
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Accept"] = "application/json",
                ["Accept-Version"] = "^1.30.0",
                ["Authorization"] = "Bearer tok123-secret-value",
                ["User-Agent"] = "LosantFlows/test (PowerShell)",
            },
            headers);
    }

    [Fact]
    public async Task Without_a_token_no_Authorization_header_is_sent()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        await Flows(handler, token: null).GetAsync(AppId, new FlowListQuery { LosantDomain = "example.com" }, null, CancellationToken.None);

        var headers = Assert.Single(handler.Requests).Headers;
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Accept"] = "application/json",
                ["Accept-Version"] = "^1.30.0",
                ["losantdomain"] = "example.com",
                ["User-Agent"] = "LosantFlows/test (PowerShell)",
            },
            headers);
    }

    [Fact]
    public async Task A_body_carries_Content_Type_application_json_without_charset()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Created, "{}");

        await Flows(handler).PostAsync(AppId, new Hashtable { ["name"] = "n" }, false, null, null, CancellationToken.None);

        Assert.Equal("application/json", Assert.Single(handler.Requests).ContentType);
    }

    [Fact]
    public async Task Accept_Version_comes_from_the_options()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var options = Options();
        options.AcceptVersion = "^1.29.3";
        using var client = new LosantClient(options, handler);

        await new FlowsApi(client).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

        Assert.Equal("^1.29.3", Assert.Single(handler.Requests).Headers["Accept-Version"]);
    }

    [Fact]
    public void Option_defaults_follow_the_official_clients()
    {
        var options = new LosantClientOptions();

        Assert.Equal("https://api.losant.com/", options.Endpoint.AbsoluteUri);
        Assert.Equal("^1.30.0", options.AcceptVersion);
        Assert.Equal(TimeSpan.FromSeconds(100), options.Timeout);
        Assert.Null(options.Token);
        Assert.Matches(@"^LosantFlows/\S+ \(PowerShell\)$", options.UserAgent);
    }

    [Fact]
    public async Task The_token_is_read_at_send_time_so_a_replaced_SecureString_content_is_not_cached()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var token = new System.Security.SecureString();
        foreach (var c in "first") token.AppendChar(c);
        var options = Options(token: null);
        options.Token = token;
        using var client = new LosantClient(options, handler);
        var flows = new FlowsApi(client);

        await flows.GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);
        token.AppendChar('2');
        await flows.GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

        Assert.Equal(new[] { "Bearer first", "Bearer first2" }, handler.Requests.Select(r => r.Headers["Authorization"]));
    }
}
