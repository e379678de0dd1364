using System.Net;
using System.Text.Json.Nodes;
using LosantFlows.StandIn.Contract;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class ImportTests
{
    private static readonly HashSet<string> ServerKeys =
        ["id", "flowId", "applicationId", "creationDate", "lastUpdated", "createdById", "createdByType", "lastUpdatedById", "lastUpdatedByType", "stats", "enabled"];

    [Fact]
    public void ThereAreRealFlowsToImport() => Assert.Equal(10, Directory.GetFiles(RealFlows.Directory).Length);

    [Theory]
    [MemberData(nameof(RealFlows.Files), MemberType = typeof(RealFlows))]
    public async Task ImportsEveryRealExport(string fileName)
    {
        await using var h = await StandInHarness.StartAsync();
        var export = RealFlows.Load(fileName);
        var body = new JsonObject { ["flows"] = new JsonArray(export.DeepClone()), ["flowVersions"] = new JsonArray() }.ToJsonString();
        var importErrors = LosantSchemas.Validate("flowsImportPost.json", body);
        if (fileName == "two-man-switch.flow")
        {
            // The 2016 export's globals use the obsolete {key, type} shape that flowsImportPost.json rejects.
            Assert.NotEmpty(importErrors);
            await h.PostErrorAsync(StandInHarness.Flows + "/import", body, HttpStatusCode.BadRequest, "Validation",
                "importData.flows[0].globals[0].type: is not allowed (schema flowsImportPost.json)");
            await using var own = await StandInHarness.StartAsync(contract: false);
            await own.PostErrorAsync(StandInHarness.Flows + "/import", body, HttpStatusCode.BadRequest, "Validation", "\"importData.flows[0].globals[0].type\" is not allowed");
            Assert.Equal(0, own.Server.State.FlowCount(StandInHarness.App));
            Assert.Equal(0, h.Server.State.FlowCount(StandInHarness.App));
            return;
        }

        Assert.Empty(importErrors);
        var result = await h.PostAsync(StandInHarness.Flows + "/import", body, "flowsImportResult.json", HttpStatusCode.Created);
        var flow = Assert.Single(result["flows"]!.AsArray())!.AsObject();
        Assert.Equal("6a5f00000000000000000001", (string)flow["id"]!);
        Assert.Equal("6a5f00000000000000000001", (string)flow["flowId"]!);
        Assert.Equal(StandInHarness.App, (string)flow["applicationId"]!);
        Assert.False((bool)flow["enabled"]!);
        Assert.Equal(FixedClock.InstantText, (string)flow["creationDate"]!);
        Assert.Null(flow["_type"]);
        Assert.Null(flow["_exportDate"]);

        // Every flowPost field of the export comes back unchanged, in the export's order.
        var kept = export.Where(p => CreatedFields.Contains(p.Key) && p.Key != "enabled" && p.Value is not null).Select(p => p.Key).ToArray();
        Assert.Equal(kept, flow.Where(p => !ServerKeys.Contains(p.Key) && kept.Contains(p.Key)).Select(p => p.Key).ToArray());
        foreach (var key in kept)
        {
            Assert.True(JsonNode.DeepEquals(export[key], flow[key]), $"{fileName}: {key} changed");
        }

        Assert.Equal((string?)export["flowClass"] ?? "cloud", (string)flow["flowClass"]!);
        var map = result["importedFlowIdMap"]!.AsObject();
        if (export["id"] is JsonValue oldId)
        {
            Assert.Equal($"{{\"{(string)oldId!}\":\"6a5f00000000000000000001\"}}", map.ToJsonString());
        }
        else
        {
            Assert.Empty(map);
        }

        Assert.Equal("{}", result["importedVersionIdMap"]!.ToJsonString());
        var listed = await h.GetAsync($"{StandInHarness.Flows}?flowClass={(string)flow["flowClass"]!}", "flows.json");
        Assert.Equal(["6a5f00000000000000000001"], StandInHarness.Ids(listed));
    }

    private static readonly string[] CreatedFields =
    [
        "name", "description", "shortDescription", "iconData", "docsUrl", "category", "enabled", "triggers", "nodes",
        "globals", "flowClass", "minimumAgentVersion", "customNodeConfig", "customNodeSupports",
    ];

    [Fact]
    public async Task MapsIdsVersionsAndCustomNodeReferences()
    {
        await using var h = await StandInHarness.StartAsync();
        var node = RealFlows.Load("loggly.node");
        var oldNodeId = (string)node["id"]!;
        const string oldFlowId = "111111111111111111111111";
        const string oldVersionId = "222222222222222222222222";
        const string oldNodeVersionId = "333333333333333333333333";
        var user = new JsonObject
        {
            ["id"] = oldFlowId,
            ["name"] = "uses loggly",
            ["enabled"] = true,
            ["defaultVersionId"] = oldVersionId,
            ["nodes"] = new JsonArray(new JsonObject
            {
                ["id"] = "n1",
                ["type"] = "CustomNodeNode",
                ["config"] = new JsonObject { ["flowId"] = oldNodeId, ["flowVersionId"] = oldNodeVersionId, ["other"] = "kept" },
            }),
        };
        var body = new JsonObject
        {
            ["flows"] = new JsonArray(node, user),
            ["flowVersions"] = new JsonArray(
                new JsonObject { ["id"] = oldNodeVersionId, ["flowId"] = oldNodeId, ["version"] = "v1.0.0", ["notes"] = "n" },
                new JsonObject { ["id"] = oldVersionId, ["flowId"] = oldFlowId, ["version"] = "release", ["enabled"] = true, ["nodes"] = user["nodes"]!.DeepClone() }),
        }.ToJsonString();
        LosantSchemas.AssertValid("flowsImportPost.json", body);

        var result = await h.PostAsync(StandInHarness.Flows + "/import", body, "flowsImportResult.json", HttpStatusCode.Created);
        Assert.Equal($"{{\"{oldNodeId}\":\"6a5f00000000000000000001\",\"{oldFlowId}\":\"6a5f00000000000000000002\"}}", result["importedFlowIdMap"]!.ToJsonString());
        Assert.Equal($"{{\"{oldNodeVersionId}\":\"6a5f00000000000000000003\",\"{oldVersionId}\":\"6a5f00000000000000000004\"}}", result["importedVersionIdMap"]!.ToJsonString());

        var importedUser = result["flows"]![1]!;
        Assert.False((bool)importedUser["enabled"]!);
        Assert.Equal("6a5f00000000000000000004", (string)importedUser["defaultVersionId"]!);
        Assert.Equal("{\"flowId\":\"6a5f00000000000000000001\",\"flowVersionId\":\"6a5f00000000000000000003\",\"other\":\"kept\"}", importedUser["nodes"]![0]!["config"]!.ToJsonString());
        var versions = result["flowVersions"]!.AsArray();
        Assert.Equal(["6a5f00000000000000000001", "6a5f00000000000000000002"], versions.Select(v => (string)v!["flowId"]!));
        Assert.Equal(["customNode", "cloud"], versions.Select(v => (string)v!["flowClass"]!));
        Assert.All(versions, v => Assert.False((bool)v!["enabled"]!));
        Assert.Equal("6a5f00000000000000000001", (string)versions[1]!["nodes"]![0]!["config"]!["flowId"]!);

        var withNodes = await h.GetAsync($"{StandInHarness.Flows}?includeCustomNodes=true", "flows.json");
        var listedUser = Assert.Single(withNodes["items"]!.AsArray())!;
        Assert.Equal(["6a5f00000000000000000001"], listedUser["customNodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal(["6a5f00000000000000000003"], listedUser["customNodeVersions"]!.AsArray().Select(n => (string)n!["id"]!));

        var release = await h.GetAsync($"{StandInHarness.Flows}/version?version=release", "flowVersions.json");
        Assert.Equal(["6a5f00000000000000000004"], StandInHarness.Ids(release));

        var palette = await h.GetAsync($"{StandInHarness.Flows}/palette", "paletteResponse.json");
        Assert.Equal("develop", (string)palette["customNodes"]![0]!["version"]!);
    }

    [Theory]
    [InlineData("{\"flows\":[{\"name\":\"a\"}],\"other\":[]}", "\"importData.other\" is not allowed")]
    [InlineData("{\"flows\":[{\"description\":\"no name\"}]}", "\"importData.flows[0].name\" is required")]
    [InlineData("{\"flows\":[{\"name\":\"a\",\"extra\":{\"x\":1}}]}", "\"importData.flows[0].extra\" must be a string")]
    [InlineData("{\"flowVersions\":[{\"flowId\":\"0000000000000000000000a2\"}]}", "\"importData.flowVersions[0].version\" is required")]
    [InlineData("{\"flowVersions\":[{\"flowId\":\"0000000000000000000000ff\",\"version\":\"v1\"}]}", "\"importData.flowVersions[0].flowId\" does not name an imported or existing workflow")]
    [InlineData("{\"flowVersions\":[{\"flowId\":\"0000000000000000000000a2\",\"version\":\"develop\"}]}", "\"importData.flowVersions[0].version\" must not be \"develop\" or \"default\"")]
    [InlineData("{\"flows\":[{\"name\":\"a\",\"id\":\"xyz\"}]}", "\"importData.flows[0].id\" must be a valid object id (24 hexadecimal characters)")]
    public async Task InvalidImportsAre400AndChangeNothing(string body, string message)
    {
        await using var h = await StandInHarness.StartAsync(contract: false);
        SampleFlows.Seed(h.Server.State);
        await h.PostErrorAsync(StandInHarness.Flows + "/import", body, HttpStatusCode.BadRequest, "Validation", message);
        Assert.Equal(6, h.Server.State.FlowCount(StandInHarness.App));
    }

    [Fact]
    public async Task TooManyFlowsIs400()
    {
        await using var h = await StandInHarness.StartAsync(contract: false);
        var flows = new JsonArray(Enumerable.Range(0, 1001).Select(i => (JsonNode?)new JsonObject { ["name"] = $"f{i}" }).ToArray());
        await h.PostErrorAsync(StandInHarness.Flows + "/import", new JsonObject { ["flows"] = flows }.ToJsonString(),
            HttpStatusCode.BadRequest, "Validation", "\"importData.flows\" must contain less than or equal to 1000 items");
    }

    [Fact]
    public async Task VersionsCanBeAddedToExistingFlows()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        var result = await h.PostAsync(StandInHarness.Flows + "/import",
            "{\"flowVersions\":[{\"flowId\":\"0000000000000000000000a2\",\"version\":\"v2\",\"id\":\"444444444444444444444444\"}]}", "flowsImportResult.json", HttpStatusCode.Created);
        Assert.Equal("{\"flows\":[],\"flowVersions\":[{\"id\":\"6a5f00000000000000000001\",\"flowVersionId\":\"6a5f00000000000000000001\",\"flowId\":\"0000000000000000000000a2\","
            + $"\"applicationId\":\"5f1e2d3c4b5a697887766554\",\"creationDate\":\"{FixedClock.InstantText}\",\"lastUpdated\":\"{FixedClock.InstantText}\","
            + "\"createdById\":\"5f1e2d3c4b5a6978877665b0\",\"createdByType\":\"apiToken\",\"lastUpdatedById\":\"5f1e2d3c4b5a6978877665b0\",\"lastUpdatedByType\":\"apiToken\","
            + "\"version\":\"v2\",\"flowClass\":\"cloud\",\"enabled\":false,\"triggers\":[],\"nodes\":[],\"globals\":[],\"stats\":{\"runCount\":0,\"errorCount\":0}}],"
            + "\"importedFlowIdMap\":{},\"importedVersionIdMap\":{\"444444444444444444444444\":\"6a5f00000000000000000001\"}}",
            result.ToJsonString());
    }
}
