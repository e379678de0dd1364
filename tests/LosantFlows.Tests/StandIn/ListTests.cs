using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class ListTests
{
    private const string Envelope = ",\"perPage\":100,\"page\":0,\"sortField\":\"name\",\"sortDirection\":\"asc\",\"applicationId\":\"5f1e2d3c4b5a697887766554\",\"flowClass\":\"cloud\"";

    [Fact]
    public async Task DefaultsAreCloudNameAscPageZeroPerPage100()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var list = await h.GetAsync(StandInHarness.Flows + "?_actions=false&_links=true&_embedded=true", "flows.json");
        Assert.Equal(["Alpha", "beta", "beta", "ops/deploy"], StandInHarness.Names(list));
        Assert.Equal([SampleFlows.Alpha, SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy], StandInHarness.Ids(list));
        list.AsObject().Remove("items");
        Assert.Equal("{\"count\":4,\"totalCount\":4" + Envelope + "}", list.ToJsonString());
    }

    [Fact]
    public async Task SeededFlowComesBackWithDefaults()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.SeedFlow(StandInHarness.App, new JsonObject { ["id"] = SampleFlows.Alpha, ["name"] = "Alpha", ["creationDate"] = "2026-01-01T00:00:00.000Z" });
        var list = await h.GetAsync(StandInHarness.Flows, "flows.json");
        var expected = "{\"id\":\"0000000000000000000000a2\",\"name\":\"Alpha\",\"creationDate\":\"2026-01-01T00:00:00.000Z\",\"flowId\":\"0000000000000000000000a2\","
            + "\"applicationId\":\"5f1e2d3c4b5a697887766554\",\"lastUpdated\":\"2026-01-01T00:00:00.000Z\",\"enabled\":false,\"flowClass\":\"cloud\","
            + "\"triggers\":[],\"nodes\":[],\"globals\":[],\"stats\":{\"runCount\":0,\"errorCount\":0}}";
        Assert.Equal(expected, list["items"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task PagingPastTheEndKeepsTotalCount()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var second = await h.GetAsync(StandInHarness.Flows + "?page=1&perPage=3", "flows.json");
        Assert.Equal(["ops/deploy"], StandInHarness.Names(second));
        Assert.Equal(1, (int)second["count"]!);
        var past = await h.GetAsync(StandInHarness.Flows + "?page=5&perPage=3", "flows.json");
        Assert.Equal("{\"items\":[],\"count\":0,\"totalCount\":4,\"perPage\":3,\"page\":5,\"sortField\":\"name\",\"sortDirection\":\"asc\",\"applicationId\":\"5f1e2d3c4b5a697887766554\",\"flowClass\":\"cloud\"}",
            past.ToJsonString());
    }

    [Theory]
    [InlineData("perPage=0", "\"perPage\" must be greater than or equal to 1")]
    [InlineData("page=-1", "\"page\" must be greater than or equal to 0")]
    [InlineData("page=x", "\"page\" must be an integer")]
    [InlineData("sortField=owner", "\"sortField\" must be one of [name, id, creationDate, lastUpdated]")]
    [InlineData("sortDirection=up", "\"sortDirection\" must be one of [asc, desc]")]
    [InlineData("flowClass=workflow", "\"flowClass\" must be one of [edge, embedded, cloud, customNode, experience]")]
    [InlineData("filterField=description&filter=x", "\"filterField\" must be one of [name]")]
    [InlineData("includeCustomNodes=yes", "\"includeCustomNodes\" must be a boolean")]
    [InlineData("triggerFilter[0][name]=x", "\"triggerFilter[0].name\" is not allowed")]
    [InlineData("query=%7Bnot-json", "\"query\" must be valid JSON")]
    [InlineData("query=%7B%22owner%22%3A1%7D", "\"query.owner\" is not allowed")]
    [InlineData("query=%7B%22name%22%3A%7B%22%24regex%22%3A%22x%22%7D%7D", "\"query.name.$regex\" is not allowed")]
    public async Task MalformedParametersAre400NamingTheField(string query, string message)
    {
        await using var h = await StandInHarness.StartAsync(contract: false);
        await h.GetErrorAsync(StandInHarness.Flows + "?" + query, HttpStatusCode.BadRequest, "Validation", message);
    }

    [Theory]
    [InlineData("name", "asc", new[] { SampleFlows.Alpha, SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy })]
    [InlineData("name", "desc", new[] { SampleFlows.OpsDeploy, SampleFlows.Beta6, SampleFlows.Beta1, SampleFlows.Alpha })]
    [InlineData("id", "asc", new[] { SampleFlows.Beta1, SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta6 })]
    [InlineData("id", "desc", new[] { SampleFlows.Beta6, SampleFlows.OpsDeploy, SampleFlows.Alpha, SampleFlows.Beta1 })]
    [InlineData("creationDate", "asc", new[] { SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta1, SampleFlows.Beta6 })]
    [InlineData("creationDate", "DESC", new[] { SampleFlows.Beta6, SampleFlows.Beta1, SampleFlows.OpsDeploy, SampleFlows.Alpha })]
    [InlineData("lastUpdated", "Asc", new[] { SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy, SampleFlows.Alpha })]
    [InlineData("lastUpdated", "desc", new[] { SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta6, SampleFlows.Beta1 })]
    public async Task SortsByEachFieldBothWaysTiesById(string field, string direction, string[] ids)
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var list = await h.GetAsync($"{StandInHarness.Flows}?sortField={field}&sortDirection={direction}", "flows.json");
        Assert.Equal(ids, StandInHarness.Ids(list));
        Assert.Equal(field, (string)list["sortField"]!);
        Assert.Equal(direction.ToLowerInvariant(), (string)list["sortDirection"]!);
    }

    [Fact]
    public async Task FlowClassSelectsOtherClasses()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var edge = await h.GetAsync(StandInHarness.Flows + "?flowClass=edge", "flows.json");
        Assert.Equal([SampleFlows.EdgeOne], StandInHarness.Ids(edge));
        Assert.Equal("edge", (string)edge["flowClass"]!);
        var other = await h.GetAsync($"/applications/{StandInHarness.OtherApp}/flows", "flows.json");
        Assert.Equal(0, (int)other["totalCount"]!);
    }
}
