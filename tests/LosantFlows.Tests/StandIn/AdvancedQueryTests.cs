using System.Text.Json.Nodes;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class AdvancedQueryTests
{
    [Theory]
    [InlineData("{\"name\":\"beta\"}", new[] { SampleFlows.Beta1, SampleFlows.Beta6 })]
    [InlineData("{\"name\":{\"$eq\":\"BETA\",\"$ci\":true}}", new[] { SampleFlows.Beta1, SampleFlows.Beta6 })]
    [InlineData("{\"name\":{\"$ne\":\"beta\"},\"flowClass\":\"cloud\"}", new[] { SampleFlows.Alpha, SampleFlows.OpsDeploy })]
    [InlineData("{\"name\":{\"$gt\":\"beta\"}}", new[] { SampleFlows.EdgeOne, SampleFlows.OpsDeploy })]
    [InlineData("{\"name\":{\"$gte\":\"beta\",\"$lt\":\"edge one\"}}", new[] { SampleFlows.Beta1, SampleFlows.Beta6 })]
    [InlineData("{\"name\":{\"$lte\":\"Alpha\"}}", new[] { SampleFlows.Alpha })]
    [InlineData("{\"name\":{\"$startsWith\":\"OPS\",\"$ci\":true}}", new[] { SampleFlows.OpsDeploy })]
    [InlineData("{\"name\":{\"$startsWith\":\"OPS\"}}", new string[0])]
    [InlineData("{\"name\":{\"$endsWith\":\"one\"}}", new[] { SampleFlows.EdgeOne })]
    [InlineData("{\"name\":{\"$contains\":\"/\"}}", new[] { SampleFlows.OpsDeploy })]
    [InlineData("{\"name\":{\"$in\":[\"Alpha\",\"My Node\"]}}", new[] { SampleFlows.Alpha, SampleFlows.MyNode })]
    [InlineData("{\"flowClass\":{\"$nin\":[\"cloud\"]}}", new[] { SampleFlows.EdgeOne, SampleFlows.MyNode })]
    [InlineData("{\"enabled\":true}", new[] { SampleFlows.Alpha })]
    [InlineData("{\"id\":\"0000000000000000000000a3\"}", new[] { SampleFlows.OpsDeploy })]
    [InlineData("{\"creationDate\":{\"$gt\":\"2026-01-03T00:00:00.000Z\"}}", new[] { SampleFlows.EdgeOne, SampleFlows.MyNode })]
    [InlineData("{\"lastUpdated\":{\"$lt\":1769990400000}}", new[] { SampleFlows.Beta1, SampleFlows.Beta6 })]
    [InlineData("{\"$or\":[{\"name\":\"Alpha\"},{\"flowClass\":\"edge\"}]}", new[] { SampleFlows.Alpha, SampleFlows.EdgeOne })]
    [InlineData("{\"$and\":[{\"name\":\"beta\"},{\"id\":{\"$ne\":\"0000000000000000000000a1\"}}]}", new[] { SampleFlows.Beta6 })]
    [InlineData("{\"$nor\":[{\"flowClass\":\"cloud\"},{\"flowClass\":\"edge\"}]}", new[] { SampleFlows.MyNode })]
    [InlineData("{\"triggers\":{\"type\":\"webhook\",\"key\":\"k1\"}}", new[] { SampleFlows.Beta1, SampleFlows.EdgeOne })]
    [InlineData("{\"customNodeSupports\":\"cloud\"}", new[] { SampleFlows.MyNode })]
    [InlineData("{\"defaultVersion\":null,\"name\":\"Alpha\"}", new[] { SampleFlows.Alpha })]
    public async Task OperatorsSelectExactlyTheMatchingFlowsOfEveryClass(string query, string[] ids)
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var list = await h.GetAsync($"{StandInHarness.Flows}?sortField=id&query={Uri.EscapeDataString(query)}", "flows.json");
        Assert.Equal(ids.Order(StringComparer.Ordinal), StandInHarness.Ids(list));
        Assert.Null(list["flowClass"]);
    }

    [Fact]
    public async Task QueryOverridesFlowClassFilterAndTriggerFilter()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var query = Uri.EscapeDataString("{\"name\":\"edge one\"}");
        var list = await h.GetAsync($"{StandInHarness.Flows}?flowClass=cloud&filterField=name&filter=beta&triggerFilter[0][type]=timer&query={query}", "flows.json");
        Assert.Equal([SampleFlows.EdgeOne], StandInHarness.Ids(list));
        Assert.Null(list["filter"]);
        Assert.Null(list["filterField"]);
        Assert.Null(list["flowClass"]);
    }

    [Fact]
    public async Task AllVersionsAlsoMatchesNamedVersions()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        h.Server.State.SeedVersion(StandInHarness.App, SampleFlows.Beta1, new JsonObject
        {
            ["version"] = "v1",
            ["triggers"] = new JsonArray(SampleFlows.Trigger("mqttTopic", "m1")),
        });
        var query = Uri.EscapeDataString("{\"triggers\":{\"type\":\"mqttTopic\"}}");
        var without = await h.GetAsync($"{StandInHarness.Flows}?query={query}", "flows.json");
        Assert.Empty(StandInHarness.Ids(without));
        var with = await h.GetAsync($"{StandInHarness.Flows}?query={query}&allVersions=True", "flows.json");
        Assert.Equal([SampleFlows.Beta1], StandInHarness.Ids(with));
    }
}
