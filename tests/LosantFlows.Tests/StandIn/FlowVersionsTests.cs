using System.Net;
using System.Text.Json.Nodes;

namespace LosantFlows.Tests.StandIn;

/// <summary>The stand-in's flowVersions.get: GET /applications/{applicationId}/flows/{flowId}/versions.</summary>
public sealed class FlowVersionsTests
{
    private static string Versions(string flowId) => $"{StandInHarness.Flows}/{flowId}/versions";

    private static string[] VersionNames(JsonNode list) => list["items"]!.AsArray().Select(i => (string)i!["version"]!).ToArray();

    private static async Task<StandInHarness> StartWithVersionsAsync()
    {
        var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        foreach (var name in new[] { "v2", "v1.0.0", "release" })
        {
            h.Server.State.SeedVersion(StandInHarness.App, SampleFlows.OpsDeploy, new JsonObject { ["version"] = name });
        }

        h.Server.State.SeedVersion(StandInHarness.App, SampleFlows.Alpha, new JsonObject { ["version"] = "v9" });
        return h;
    }

    [Fact]
    public async Task Lists_develop_and_the_flows_named_versions_by_version_name()
    {
        await using var h = await StartWithVersionsAsync();

        var list = await h.GetAsync(Versions(SampleFlows.OpsDeploy) + "?_actions=false&_links=true&_embedded=true", "flowVersions.json");

        Assert.Equal(["develop", "release", "v1.0.0", "v2"], VersionNames(list));
        Assert.All(list["items"]!.AsArray(), i => Assert.Equal(SampleFlows.OpsDeploy, (string)i!["flowId"]!));
        var develop = list["items"]![0]!;
        Assert.Equal(SampleFlows.OpsDeploy, (string)develop["id"]!);
        Assert.Null(develop["flowVersionId"]);
        list.AsObject().Remove("items");
        Assert.Equal(
            "{\"count\":4,\"totalCount\":4,\"perPage\":100,\"page\":0,\"sortField\":\"version\",\"sortDirection\":\"asc\","
            + $"\"applicationId\":\"{StandInHarness.App}\",\"flowId\":\"{SampleFlows.OpsDeploy}\"}}",
            list.ToJsonString());
    }

    [Fact]
    public async Task Filters_by_version_glob_sorts_and_pages()
    {
        await using var h = await StartWithVersionsAsync();

        var list = await h.GetAsync(
            Versions(SampleFlows.OpsDeploy) + "?filterField=version&filter=v%2A&sortDirection=desc&perPage=1&page=1", "flowVersions.json");

        Assert.Equal(["v1.0.0"], VersionNames(list));
        Assert.Equal((1, 2, "version", "v*"), ((int)list["count"]!, (int)list["totalCount"]!, (string)list["filterField"]!, (string)list["filter"]!));
    }

    [Fact]
    public async Task Advanced_query_selects_by_version_fields()
    {
        await using var h = await StartWithVersionsAsync();
        var query = Uri.EscapeDataString("""{"$or":[{"version":"release"},{"version":{"$startsWith":"dev"}}]}""");

        var list = await h.GetAsync($"{Versions(SampleFlows.OpsDeploy)}?query={query}", "flowVersions.json");

        Assert.Equal(["develop", "release"], VersionNames(list));
    }

    [Fact]
    public async Task Unknown_flow_is_404_flow_not_found()
    {
        await using var h = await StartWithVersionsAsync();

        await h.GetErrorAsync(Versions("0000000000000000000000ff"), HttpStatusCode.NotFound, "NotFound", "Flow was not found");
    }

    [Fact]
    public async Task Malformed_flow_id_unknown_application_and_bad_parameters_are_refused()
    {
        await using var h = await StartWithVersionsAsync();

        await h.GetErrorAsync(Versions("nope"), HttpStatusCode.BadRequest, "Validation", "\"flowId\" must be a valid object id (24 hexadecimal characters)");
        await h.GetErrorAsync(
            $"/applications/5f1e2d3c4b5a6978877665ff/flows/{SampleFlows.OpsDeploy}/versions", HttpStatusCode.NotFound, "NotFound", "Application was not found");
        await h.GetErrorAsync(Versions(SampleFlows.OpsDeploy) + "?filterField=name", HttpStatusCode.BadRequest, "Validation", "\"filterField\" must be one of [version]");
        await h.GetErrorAsync(
            Versions(SampleFlows.OpsDeploy) + "?sortField=name", HttpStatusCode.BadRequest, "Validation", "\"sortField\" must be one of [version, id, creationDate, lastUpdated]");
    }

    [Fact]
    public async Task Contract_mode_holds_the_query_against_advancedFlowVersionQuery()
    {
        await using var h = await StartWithVersionsAsync();
        var flowIdQuery = Uri.EscapeDataString("""{"flowId":"0000000000000000000000a3"}""");

        using var response = await h.Client.GetAsync($"{Versions(SampleFlows.OpsDeploy)}?query={flowIdQuery}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = Assert.Single(h.Server.State.ContractViolations);
        Assert.False(violation.InResponse);
        Assert.Contains("advancedFlowVersionQuery.json", violation.Message, StringComparison.Ordinal);
        Assert.Contains("/versions?query=", violation.RequestLine, StringComparison.Ordinal);
    }
}
