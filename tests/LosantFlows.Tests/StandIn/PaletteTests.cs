using System.Text.Json.Nodes;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class PaletteTests
{
    [Fact]
    public async Task EmptyApplicationHasEmptyPalette()
    {
        await using var h = await StandInHarness.StartAsync();
        var palette = await h.GetAsync(StandInHarness.Flows + "/palette?_actions=false&_links=true&_embedded=true", "paletteResponse.json");
        Assert.Equal("{\"applicationId\":\"5f1e2d3c4b5a697887766554\",\"customNodes\":[]}", palette.ToJsonString());
    }

    [Fact]
    public async Task ListsCustomNodesWithDevelopOrDefaultVersion()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        h.Server.State.SeedFlow(StandInHarness.App, new JsonObject
        {
            ["id"] = "0000000000000000000000c1",
            ["name"] = "Averager",
            ["description"] = "averages",
            ["category"] = "logic",
            ["flowClass"] = "customNode",
            ["customNodeSupports"] = new JsonArray("edge"),
            ["customNodeConfig"] = new JsonObject { ["outputCount"] = 1, ["resultMode"] = "none", ["fields"] = new JsonArray() },
        });
        var version = h.Server.State.SeedVersion(StandInHarness.App, "0000000000000000000000c1", new JsonObject { ["version"] = "Version 2" });
        var versionId = (string)version["id"]!;
        foreach (var flow in h.Server.State.Application(StandInHarness.App).Flows.Where(f => f.Id == "0000000000000000000000c1"))
        {
            flow.Document["defaultVersionId"] = versionId;
        }

        var palette = await h.GetAsync(StandInHarness.Flows + "/palette", "paletteResponse.json");
        Assert.Equal(
            "{\"applicationId\":\"5f1e2d3c4b5a697887766554\",\"customNodes\":["
            + $"{{\"id\":\"0000000000000000000000c1\",\"name\":\"Averager\",\"description\":\"averages\",\"category\":\"logic\",\"customNodeConfig\":{{\"outputCount\":1,\"resultMode\":\"none\",\"fields\":[]}},\"flowVersionId\":\"{versionId}\",\"version\":\"Version 2\",\"compatibleFlowClasses\":{{\"edge\":true}}}},"
            + "{\"id\":\"0000000000000000000000a5\",\"name\":\"My Node\",\"version\":\"develop\",\"compatibleFlowClasses\":{\"cloud\":true}}]}",
            palette.ToJsonString());
    }
}
