using System.Net;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class CreateTests
{
    [Fact]
    public async Task CreateKeepsClientFieldsAndFillsServerFields()
    {
        await using var h = await StandInHarness.StartAsync();
        const string body = "{\"name\":\"My New Workflow\",\"description\":\"d\",\"triggers\":[{\"type\":\"webhook\",\"key\":\"k\",\"config\":{},\"meta\":{\"x\":1,\"y\":2},\"outputIds\":[[\"n1\"]]}],"
            + "\"nodes\":[{\"id\":\"n1\",\"type\":\"DebugNode\",\"config\":{\"message\":\"{{data}}\",\"z\":{\"b\":1,\"a\":[1,2]}},\"meta\":{},\"outputIds\":[]}],"
            + "\"globals\":[{\"key\":\"g\",\"json\":\"1\"}],\"enabled\":true}";
        var created = await h.PostAsync(StandInHarness.Flows + "?_actions=false&_links=true&_embedded=true&includeCustomNodes=true", body, "flow.json", HttpStatusCode.Created);
        var id = (string)created["id"]!;
        Assert.Equal("6a5f00000000000000000001", id);
        var expected = $"{{\"id\":\"{id}\",\"flowId\":\"{id}\",\"applicationId\":\"5f1e2d3c4b5a697887766554\",\"creationDate\":\"{FixedClock.InstantText}\","
            + $"\"lastUpdated\":\"{FixedClock.InstantText}\",\"createdById\":\"5f1e2d3c4b5a6978877665b0\",\"createdByType\":\"apiToken\","
            + "\"lastUpdatedById\":\"5f1e2d3c4b5a6978877665b0\",\"lastUpdatedByType\":\"apiToken\","
            + body[1..^1]
            + ",\"flowClass\":\"cloud\",\"stats\":{\"runCount\":0,\"errorCount\":0},\"customNodes\":[],\"customNodeVersions\":[]}";
        Assert.Equal(expected, created.ToJsonString());

        var list = await h.GetAsync(StandInHarness.Flows, "flows.json");
        Assert.Equal([id], StandInHarness.Ids(list));
    }

    [Fact]
    public async Task MinimalCreateGetsDefaults()
    {
        await using var h = await StandInHarness.StartAsync();
        var created = await h.PostAsync(StandInHarness.Flows, "{\"name\":\"x\",\"flowClass\":\"edge\"}", "flow.json", HttpStatusCode.Created);
        Assert.Equal("{\"id\":\"6a5f00000000000000000001\",\"flowId\":\"6a5f00000000000000000001\",\"applicationId\":\"5f1e2d3c4b5a697887766554\","
            + $"\"creationDate\":\"{FixedClock.InstantText}\",\"lastUpdated\":\"{FixedClock.InstantText}\",\"createdById\":\"5f1e2d3c4b5a6978877665b0\","
            + "\"createdByType\":\"apiToken\",\"lastUpdatedById\":\"5f1e2d3c4b5a6978877665b0\",\"lastUpdatedByType\":\"apiToken\",\"name\":\"x\","
            + "\"flowClass\":\"edge\",\"enabled\":false,\"triggers\":[],\"nodes\":[],\"globals\":[],\"stats\":{\"runCount\":0,\"errorCount\":0}}",
            created.ToJsonString());
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"id\":\"6a5f00000000000000000009\"}", "\"flow.id\" is not allowed")]
    [InlineData("{\"description\":\"no name\"}", "\"flow.name\" is required")]
    [InlineData("{\"name\":\"\"}", "\"flow.name\" is not allowed to be empty")]
    [InlineData("{\"name\":5}", "\"flow.name\" must be a string")]
    [InlineData("{\"name\":\"x\",\"enabled\":\"yes\"}", "\"flow.enabled\" must be a boolean")]
    [InlineData("{\"name\":\"x\",\"triggers\":{}}", "\"flow.triggers\" must be an array")]
    [InlineData("{\"name\":\"x\",\"nodes\":[{\"id\":\"n\"}]}", "\"flow.nodes[0].type\" is required")]
    [InlineData("{\"name\":\"x\",\"globals\":[{\"key\":\"g\",\"type\":\"string\"}]}", "\"flow.globals[0].type\" is not allowed")]
    [InlineData("{\"name\":\"x\",\"flowClass\":\"workflow\"}", "\"flow.flowClass\" must be one of [cloud, edge, embedded, experience, customNode]")]
    [InlineData("{\"name\":\"x\",\"customNodeConfig\":{\"outputCount\":1,\"resultMode\":\"none\"}}", "\"flow.customNodeConfig.fields\" is required")]
    [InlineData("{\"name\":\"x\",\"customNodeSupports\":[\"cloud\",\"edge\"]}", "\"flow.customNodeSupports\" must contain less than or equal to 1 items")]
    [InlineData("[1]", "\"flow\" must be an object")]
    [InlineData("{\"name\":", "\"flow\" must be valid JSON")]
    [InlineData("", "\"flow\" is required")]
    public async Task InvalidBodiesAre400NamingTheField(string body, string message)
    {
        // The stand-in's own checks, behind the schemas; ContractTests covers the schema wording.
        await using var h = await StandInHarness.StartAsync(contract: false);
        await h.PostErrorAsync(StandInHarness.Flows, body, HttpStatusCode.BadRequest, "Validation", message);
        Assert.Equal(0, h.Server.State.FlowCount(StandInHarness.App));
    }

    [Fact]
    public async Task NameLongerThan255Is400()
    {
        await using var h = await StandInHarness.StartAsync(contract: false);
        await h.PostErrorAsync(StandInHarness.Flows, $"{{\"name\":\"{new string('n', 256)}\"}}", HttpStatusCode.BadRequest, "Validation",
            "\"flow.name\" length must be less than or equal to 255 characters long");
        await h.PostAsync(StandInHarness.Flows, $"{{\"name\":\"{new string('n', 255)}\"}}", "flow.json", HttpStatusCode.Created);
    }
}
