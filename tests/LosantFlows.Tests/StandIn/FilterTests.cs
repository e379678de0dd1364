using System.Text.Json.Nodes;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class FilterTests
{
    [Theory]
    [InlineData("ops*", new[] { "ops/deploy" })]
    [InlineData("OPS/*", new[] { "ops/deploy" })]
    [InlineData("*/deploy", new[] { "ops/deploy" })]
    [InlineData("o*y", new[] { "ops/deploy" })]
    [InlineData("B?TA", new[] { "beta", "beta" })]
    [InlineData("*a", new[] { "Alpha", "beta", "beta" })]
    [InlineData("eta", new string[0])]
    [InlineData("*", new[] { "Alpha", "beta", "beta", "ops/deploy" })]
    public async Task NameGlobIsCaseInsensitiveWholeNameAndStarCrossesSlash(string glob, string[] names)
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var list = await h.GetAsync($"{StandInHarness.Flows}?filterField=name&filter={Uri.EscapeDataString(glob)}", "flows.json");
        Assert.Equal(names, StandInHarness.Names(list));
        Assert.Equal(glob, (string)list["filter"]!);
        Assert.Equal("name", (string)list["filterField"]!);
    }

    [Fact]
    public async Task FilterWithoutFilterFieldDoesNotFilter()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var list = await h.GetAsync($"{StandInHarness.Flows}?filter=ops*", "flows.json");
        Assert.Equal(4, (int)list["count"]!);
        Assert.Equal("ops*", (string)list["filter"]!);
        Assert.Null(list["filterField"]);
    }

    [Theory]
    [InlineData("triggerFilter%5B0%5D%5Btype%5D=webhook")]
    [InlineData("triggerFilter[0][type]=webhook")]
    public async Task TriggerFilterByTypeAcceptsRawAndEncodedBrackets(string query)
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var list = await h.GetAsync($"{StandInHarness.Flows}?{query}", "flows.json");
        Assert.Equal([SampleFlows.Beta1, SampleFlows.OpsDeploy], StandInHarness.Ids(list));
    }

    [Theory]
    [InlineData("triggerFilter%5B0%5D%5Btype%5D=webhook&triggerFilter%5B0%5D%5Bkey%5D=k2", new[] { SampleFlows.OpsDeploy })]
    [InlineData("triggerFilter[0][type]=webhook&triggerFilter[0][key]=k1&triggerFilter[1][key]=type%2Fx", new[] { SampleFlows.Alpha, SampleFlows.Beta1 })]
    [InlineData("triggerFilter[0][key]=k1", new[] { SampleFlows.Beta1 })]
    [InlineData("triggerFilter[0][type]=timer&triggerFilter[0][key]=k1", new string[0])]
    [InlineData("triggerFilter=%5B%7B%22type%22%3A%22timer%22%7D%5D", new[] { SampleFlows.OpsDeploy })]
    public async Task TriggerFilterEntryNeedsEveryGivenPartFlowNeedsAnyEntry(string query, string[] ids)
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var list = await h.GetAsync($"{StandInHarness.Flows}?{query}", "flows.json");
        Assert.Equal(ids, StandInHarness.Ids(list));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    public async Task BooleanSpellingsBothWork(string spelling)
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        h.Server.State.SeedFlow(StandInHarness.App, new JsonObject
        {
            ["id"] = "0000000000000000000000b1",
            ["name"] = "uses node",
            ["nodes"] = new JsonArray(new JsonObject { ["id"] = "n1", ["type"] = "CustomNodeNode", ["config"] = new JsonObject { ["flowId"] = SampleFlows.MyNode } }),
        });
        var list = await h.GetAsync($"{StandInHarness.Flows}?includeCustomNodes={spelling}&filterField=name&filter=uses*&_actions=False&_links={spelling}&_embedded={spelling}", "flows.json");
        var flow = list["items"]![0]!;
        Assert.Equal([SampleFlows.MyNode], flow["customNodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal("customNode", (string)flow["customNodes"]![0]!["flowClass"]!);
        Assert.Empty(flow["customNodeVersions"]!.AsArray());

        var off = await h.GetAsync($"{StandInHarness.Flows}?includeCustomNodes={(spelling == "True" ? "False" : "false")}&filterField=name&filter=uses*", "flows.json");
        Assert.Null(off["items"]![0]!["customNodes"]);
    }

    [Theory]
    [InlineData("query=%7B%22name%22%3A+%7B%22%24eq%22%3A+%22ops%2Fdeploy%22%7D%7D")]
    [InlineData("query=%7B%22name%22%3A%20%7B%22%24eq%22%3A%20%22ops%2Fdeploy%22%7D%7D")]
    [InlineData("query=%7B%22name%22%3A%7B%22%24eq%22%3A%22ops%2Fdeploy%22%7D%7D")]
    [InlineData("filterField=name&filter=beta+flow")]
    [InlineData("filterField=name&filter=beta%20flow")]
    public async Task PlusAndPercent20BothMeanSpace(string query)
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        h.Server.State.SeedFlow(StandInHarness.App, new JsonObject { ["id"] = "0000000000000000000000b2", ["name"] = "beta flow" });
        var list = await h.GetAsync($"{StandInHarness.Flows}?{query}", "flows.json");
        var expected = query.StartsWith("query", StringComparison.Ordinal) ? "ops/deploy" : "beta flow";
        Assert.Equal([expected], StandInHarness.Names(list));
    }
}
