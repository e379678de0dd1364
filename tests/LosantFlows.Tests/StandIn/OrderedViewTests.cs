using System.Net;
using System.Text.Json.Nodes;
using LosantFlows.StandIn;

namespace LosantFlows.Tests.StandIn;

/// <summary>
/// The list orders the store keeps (per sortField, sortDirection and flowClass) stay exact after flows are created,
/// imported or seeded, and after a stored document changes, once every order was already read. New flows get the
/// fixed clock's dates and ids 6a5f…0001 upwards, so date ties are broken by id.
/// </summary>
public sealed class OrderedViewTests
{
    private static readonly string[] Fields = ["name", "id", "creationDate", "lastUpdated"];

    private static string Created(int n) => $"6a5f{n:x20}";

    [Fact]
    public async Task OrdersAreExactAfterCreateAndImport()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        await AssertCloudOrdersAsync(h,
            name: [SampleFlows.Alpha, SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy],
            id: [SampleFlows.Beta1, SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta6],
            creationDate: [SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta1, SampleFlows.Beta6],
            lastUpdated: [SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy, SampleFlows.Alpha]);
        await AssertIdsAsync(h, "flowClass=edge", [SampleFlows.EdgeOne]);

        foreach (var body in new[] { "{\"name\":\"Gamma\"}", "{\"name\":\"alpha\"}", "{\"name\":\"beta\"}", "{\"name\":\"edge two\",\"flowClass\":\"edge\"}" })
        {
            await h.PostAsync(StandInHarness.Flows, body, "flow.json", HttpStatusCode.Created);
        }

        await AssertCloudOrdersAsync(h,
            name: [SampleFlows.Alpha, Created(1), Created(2), SampleFlows.Beta1, SampleFlows.Beta6, Created(3), SampleFlows.OpsDeploy],
            id: [SampleFlows.Beta1, SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta6, Created(1), Created(2), Created(3)],
            creationDate: [SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta1, SampleFlows.Beta6, Created(1), Created(2), Created(3)],
            lastUpdated: [SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy, SampleFlows.Alpha, Created(1), Created(2), Created(3)]);
        await AssertIdsAsync(h, "flowClass=edge", [SampleFlows.EdgeOne, Created(4)]);

        await h.PostAsync(StandInHarness.Flows + "/import",
            "{\"flows\":[{\"name\":\"beta\"},{\"name\":\"Zed\",\"flowClass\":\"edge\"},{\"name\":\"Alpha\"}]}", "flowsImportResult.json", HttpStatusCode.Created);

        await AssertCloudOrdersAsync(h,
            name: [SampleFlows.Alpha, Created(7), Created(1), Created(2), SampleFlows.Beta1, SampleFlows.Beta6, Created(3), Created(5), SampleFlows.OpsDeploy],
            id: [SampleFlows.Beta1, SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta6, Created(1), Created(2), Created(3), Created(5), Created(7)],
            creationDate: [SampleFlows.Alpha, SampleFlows.OpsDeploy, SampleFlows.Beta1, SampleFlows.Beta6, Created(1), Created(2), Created(3), Created(5), Created(7)],
            lastUpdated: [SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy, SampleFlows.Alpha, Created(1), Created(2), Created(3), Created(5), Created(7)]);
        await AssertIdsAsync(h, "flowClass=edge", [Created(6), SampleFlows.EdgeOne, Created(4)]);
        await AssertIdsAsync(h, "flowClass=edge&sortDirection=desc", [Created(4), SampleFlows.EdgeOne, Created(6)]);
        await AssertIdsAsync(h, "page=1&perPage=2", [Created(1), Created(2)]);
        await AssertIdsAsync(h, "filterField=name&filter=beta&sortDirection=desc", [Created(5), Created(3), SampleFlows.Beta6, SampleFlows.Beta1]);
    }

    [Fact]
    public async Task OrdersAreExactAfterSeedingAndAfterADocumentChanges()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);
        await AssertIdsAsync(h, "sortField=name", [SampleFlows.Alpha, SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy]);

        const string upper = "0000000000000000000000A0";
        h.Server.State.SeedFlow(StandInHarness.App, new JsonObject { ["id"] = upper, ["name"] = "beta", ["creationDate"] = "2026-01-03T00:00:00.000Z" });
        await AssertIdsAsync(h, "sortField=name", [SampleFlows.Alpha, upper, SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy]);
        await AssertIdsAsync(h, "sortField=creationDate&sortDirection=desc", [SampleFlows.Beta6, SampleFlows.Beta1, upper, SampleFlows.OpsDeploy, SampleFlows.Alpha]);

        var store = h.Server.State.Application(StandInHarness.App);
        lock (h.Server.State.Sync)
        {
            var alpha = store.Find(SampleFlows.Alpha)!;
            alpha.Document["name"] = "zulu";
            store.Changed(alpha);
        }

        var list = await h.GetAsync(StandInHarness.Flows + "?sortField=name", "flows.json");
        Assert.Equal([upper, SampleFlows.Beta1, SampleFlows.Beta6, SampleFlows.OpsDeploy, SampleFlows.Alpha], StandInHarness.Ids(list));
        Assert.Equal("zulu", (string)list["items"]![4]!["name"]!);
    }

    [Fact]
    public async Task ParallelCreatesAndListsStayConsistent()
    {
        await using var h = await StandInHarness.StartAsync(contract: false);
        SampleFlows.Seed(h.Server.State);
        var creates = Enumerable.Range(0, 40).Select(i =>
            h.PostAsync(StandInHarness.Flows, $"{{\"name\":\"flow {i % 7}\"}}", "flow.json", HttpStatusCode.Created));
        var lists = Enumerable.Range(0, 40).Select(_ => h.GetAsync(StandInHarness.Flows + "?perPage=1000", "flows.json"));
        var answers = await Task.WhenAll(creates.Concat(lists));

        foreach (var list in answers.Where(a => a["items"] is not null))
        {
            var total = (int)list["totalCount"]!;
            Assert.InRange(total, 4, 44);
            Assert.Equal(total, list["items"]!.AsArray().Count);
            Assert.Equal(Sorted(list), StandInHarness.Ids(list));
        }

        var final = await h.GetAsync(StandInHarness.Flows + "?perPage=1000", "flows.json");
        Assert.Equal(44, (int)final["totalCount"]!);
        Assert.Equal(Sorted(final), StandInHarness.Ids(final));
    }

    /// <summary>The ids of a name-ascending list as the sort rule orders them (name, then lower-case id, ordinal).</summary>
    private static string[] Sorted(JsonNode list) => list["items"]!.AsArray()
        .OrderBy(i => (string)i!["name"]!, StringComparer.Ordinal).ThenBy(i => ((string)i!["id"]!).ToLowerInvariant(), StringComparer.Ordinal)
        .Select(i => (string)i!["id"]!).ToArray();

    private static async Task AssertCloudOrdersAsync(StandInHarness h, string[] name, string[] id, string[] creationDate, string[] lastUpdated)
    {
        var ascending = new Dictionary<string, string[]> { ["name"] = name, ["id"] = id, ["creationDate"] = creationDate, ["lastUpdated"] = lastUpdated };
        foreach (var field in Fields)
        {
            await AssertIdsAsync(h, $"sortField={field}", ascending[field]);
            await AssertIdsAsync(h, $"sortField={field}&sortDirection=desc", ascending[field].Reverse().ToArray());
        }
    }

    private static async Task AssertIdsAsync(StandInHarness h, string query, string[] expected)
    {
        var list = await h.GetAsync($"{StandInHarness.Flows}?{query}", "flows.json");
        Assert.True(expected.SequenceEqual(StandInHarness.Ids(list)), $"{query}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", StandInHarness.Ids(list))}]");
    }
}
