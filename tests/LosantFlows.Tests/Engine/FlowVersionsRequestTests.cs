using System.Net;
using LosantFlows.Engine;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>flowVersions.get (apiInfo.json <c>flowVersions.actions.get</c>): the request line and the typed answer.</summary>
public sealed class FlowVersionsRequestTests
{
    private const string FlowId = "575ed18f7ae143cd83dc4aa6";

    [Fact]
    public async Task Every_parameter_goes_out_after_the_globals_in_apiInfo_order()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var query = new FlowListQuery
        {
            SortField = "version",
            SortDirection = "desc",
            Page = 1,
            PerPage = 50,
            FilterField = "version",
            Filter = "v1*",
            IncludeCustomNodes = true,
            Query = """{"version":{"$startsWith":"v"}}""",
            LosantDomain = "example.com",
        };

        await Flows(handler).GetFlowVersionsAsync(AppId, FlowId, query, null, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(
            "GET /applications/575ec8687ae143cd83dc4a97/flows/575ed18f7ae143cd83dc4aa6/versions?_actions=false&_links=true&_embedded=true"
            + "&sortField=version&sortDirection=desc&page=1&perPage=50&filterField=version&filter=v1%2A&includeCustomNodes=true"
            + "&query=%7B%22version%22%3A%7B%22%24startsWith%22%3A%22v%22%7D%7D",
            request.RequestLine);
        Assert.Equal("example.com", request.Headers["losantdomain"]);
    }

    [Fact]
    public async Task Parameters_that_flowVersions_get_does_not_take_are_not_sent()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var query = new FlowListQuery
        {
            FlowClass = "edge",
            TriggerFilter = new[] { new TriggerFilterEntry { Type = "webhook" } },
            AllVersions = true,
        };

        await Flows(handler).GetFlowVersionsAsync(AppId, FlowId, query, null, CancellationToken.None);

        Assert.Equal(
            "GET /applications/575ec8687ae143cd83dc4a97/flows/575ed18f7ae143cd83dc4aa6/versions?" + Globals,
            Assert.Single(handler.Requests).RequestLine);
    }

    [Fact]
    public async Task Items_are_flow_versions_with_the_envelope_counts()
    {
        const string Answer = """
            {"items":[{"id":"575ed18f7ae143cd83dc4aa6","flowId":"575ed18f7ae143cd83dc4aa6","version":"develop"},
            {"id":"575ed18f7ae143cd83dc4aa7","flowId":"575ed18f7ae143cd83dc4aa6","version":"v1"}],
            "count":2,"totalCount":3,"perPage":2,"page":0,"flowId":"575ed18f7ae143cd83dc4aa6"}
            """;
        var handler = FakeHandler.Answering(HttpStatusCode.OK, Answer);

        var page = await Flows(handler).GetFlowVersionsAsync(AppId, FlowId, new FlowListQuery { PerPage = 2 }, null, CancellationToken.None);

        Assert.Equal(new[] { "Losant.FlowVersion", "Losant.FlowVersion" }, page.Items.Select(i => i.TypeNames[0]));
        Assert.Equal(new[] { "develop", "v1" }, page.Items.Select(i => (string)i.Properties["version"].Value));
        Assert.Equal((2L, 3L, 0L, 2L), (page.Count, page.TotalCount, page.Page, page.PerPage));
    }

    [Fact]
    public async Task A_malformed_flow_id_is_refused_before_anything_is_sent()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Flows(handler).GetFlowVersionsAsync(AppId, "not-an-id", new FlowListQuery(), null, CancellationToken.None));

        Assert.Equal("flowId", error.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task An_unknown_flow_is_a_NotFound_api_exception()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.NotFound, """{"type":"NotFound","message":"Flow was not found"}""");

        var error = await Assert.ThrowsAsync<LosantApiException>(
            () => Flows(handler).GetFlowVersionsAsync(AppId, FlowId, new FlowListQuery(), null, CancellationToken.None));

        Assert.Equal((404, "NotFound", "Flow was not found"), (error.StatusCode, error.ErrorType, error.ServerMessage));
    }
}
