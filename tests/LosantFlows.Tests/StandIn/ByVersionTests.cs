using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class ByVersionTests
{
    [Fact]
    public async Task VersionIsRequired()
    {
        await using var h = await StandInHarness.StartAsync();
        await h.GetErrorAsync(StandInHarness.Flows + "/version?_actions=false", HttpStatusCode.BadRequest, "Validation", "\"version\" is required");
    }

    [Fact]
    public async Task DevelopIsEveryCloudFlowsCurrentDefinition()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var list = await h.GetAsync(StandInHarness.Flows + "/version?version=develop", "flowVersions.json");
        Assert.Equal([SampleFlows.Alpha, SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy], StandInHarness.Ids(list));
        var alpha = list["items"]![0]!;
        var expected = "{\"id\":\"0000000000000000000000a2\",\"flowId\":\"0000000000000000000000a2\",\"applicationId\":\"5f1e2d3c4b5a697887766554\","
            + "\"creationDate\":\"2026-01-01T00:00:00.000Z\",\"lastUpdated\":\"2026-02-03T00:00:00.000Z\",\"version\":\"develop\",\"flowClass\":\"cloud\","
            + "\"enabled\":true,\"triggers\":[{\"type\":\"deviceTag\",\"key\":\"type/x\"}],\"nodes\":[],\"globals\":[],\"stats\":{\"runCount\":0,\"errorCount\":0}}";
        Assert.Equal(expected, alpha.ToJsonString());
        list.AsObject().Remove("items");
        Assert.Equal("{\"count\":4,\"totalCount\":4,\"perPage\":100,\"page\":0,\"sortField\":\"name\",\"sortDirection\":\"asc\",\"applicationId\":\"5f1e2d3c4b5a697887766554\"}", list.ToJsonString());
    }

    [Fact]
    public async Task NamedVersionOnlyForFlowsThatHaveIt()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var v1 = h.Server.State.SeedVersion(StandInHarness.App, SampleFlows.OpsDeploy, new JsonObject
        {
            ["version"] = "v1.0.0",
            ["notes"] = "first",
            ["enabled"] = true,
            ["triggers"] = new JsonArray(SampleFlows.Trigger("timer", "t9")),
        });
        h.Server.State.SeedVersion(StandInHarness.App, SampleFlows.EdgeOne, new JsonObject { ["version"] = "v1.0.0" });
        var list = await h.GetAsync(StandInHarness.Flows + "/version?version=v1.0.0", "flowVersions.json");
        var item = Assert.Single(list["items"]!.AsArray())!;
        var id = (string)v1["id"]!;
        var expected = $"{{\"id\":\"{id}\",\"flowVersionId\":\"{id}\",\"flowId\":\"0000000000000000000000a3\",\"applicationId\":\"5f1e2d3c4b5a697887766554\","
            + $"\"creationDate\":\"{FixedClock.InstantText}\",\"lastUpdated\":\"{FixedClock.InstantText}\",\"createdById\":\"5f1e2d3c4b5a6978877665b0\","
            + "\"createdByType\":\"apiToken\",\"lastUpdatedById\":\"5f1e2d3c4b5a6978877665b0\",\"lastUpdatedByType\":\"apiToken\",\"version\":\"v1.0.0\","
            + "\"flowClass\":\"cloud\",\"notes\":\"first\",\"enabled\":true,\"triggers\":[{\"type\":\"timer\",\"key\":\"t9\"}],\"nodes\":[],\"globals\":[],"
            + "\"stats\":{\"runCount\":0,\"errorCount\":0}}";
        Assert.Equal(expected, item.ToJsonString());

        var edge = await h.GetAsync(StandInHarness.Flows + "/version?version=v1.0.0&flowClass=edge", "flowVersions.json");
        Assert.Equal([SampleFlows.EdgeOne], edge["items"]!.AsArray().Select(i => (string)i!["flowId"]!));
        var none = await h.GetAsync(StandInHarness.Flows + "/version?version=v2", "flowVersions.json");
        Assert.Equal(0, (int)none["totalCount"]!);
    }

    [Fact]
    public async Task ByVersionQueryCanNameFlowId()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var query = Uri.EscapeDataString("{\"flowId\":\"0000000000000000000000a4\"}");
        var list = await h.GetAsync($"{StandInHarness.Flows}/version?version=develop&query={query}", "flowVersions.json");
        Assert.Equal([SampleFlows.EdgeOne], StandInHarness.Ids(list));
    }
}
