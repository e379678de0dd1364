using System.Net;
using LosantFlows.Engine;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>Query values are percent-encoded like JS qs (RFC 3986) and System.Uri leaves them alone.</summary>
public sealed class EscapingTests
{
    private const string Awkward = "a&b=c#d+e%f g\u00fc~-._*'()!";
    private const string AwkwardEncoded = "a%26b%3Dc%23d%2Be%25f%20g%C3%BC~-._%2A%27%28%29%21";

    [Fact]
    public async Task Filter_escapes_every_reserved_byte()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        await Flows(handler).GetAsync(AppId, new FlowListQuery { Filter = Awkward }, null, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("/applications/575ec8687ae143cd83dc4a97/flows?" + Globals + "&filter=" + AwkwardEncoded, request.PathAndQuery);
        Assert.Equal("http://127.0.0.1:18765/applications/575ec8687ae143cd83dc4a97/flows?" + Globals + "&filter=" + AwkwardEncoded, request.AbsoluteUri);
    }

    [Fact]
    public async Task Version_escapes_every_reserved_byte()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        await Flows(handler).GetByVersionAsync(AppId, Awkward, new FlowListQuery(), null, CancellationToken.None);

        Assert.Equal("/applications/575ec8687ae143cd83dc4a97/flows/version?" + Globals + "&version=" + AwkwardEncoded,
            Assert.Single(handler.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Supplementary_characters_are_encoded_as_their_four_UTF8_bytes()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        await Flows(handler).GetAsync(AppId, new FlowListQuery { Filter = "\U0001F600" }, null, CancellationToken.None);

        Assert.EndsWith("&filter=%F0%9F%98%80", Assert.Single(handler.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Trigger_filter_keys_and_values_are_encoded_and_absent_members_skipped()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var query = new FlowListQuery
        {
            TriggerFilter = new[] { new TriggerFilterEntry { Key = "a b" }, new TriggerFilterEntry(), new TriggerFilterEntry { Type = "timer", Key = "k&1" } },
        };

        await Flows(handler).GetAsync(AppId, query, null, CancellationToken.None);

        Assert.Equal(
            "/applications/575ec8687ae143cd83dc4a97/flows?" + Globals
            + "&triggerFilter%5B0%5D%5Bkey%5D=a%20b&triggerFilter%5B2%5D%5Btype%5D=timer&triggerFilter%5B2%5D%5Bkey%5D=k%261",
            Assert.Single(handler.Requests).PathAndQuery);
    }

    [Fact]
    public async Task An_endpoint_with_a_path_prefix_is_kept_in_front_of_the_resource_path()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var options = Options();
        options.Endpoint = new Uri("https://losant.example.com/api/");
        using var client = new LosantClient(options, handler);

        await new FlowsApi(client).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

        Assert.Equal("https://losant.example.com/api/applications/575ec8687ae143cd83dc4a97/flows?" + Globals,
            Assert.Single(handler.Requests).AbsoluteUri);
    }
}
