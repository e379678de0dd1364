using System.Text;
using System.Text.Json.Nodes;
using LosantFlows.StandIn;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace LosantFlows.Tests.StandIn;

/// <summary>
/// flows.get writes its page from kept orders and kept item bytes; every answer must equal, byte for byte, the
/// straightforward one: filter every flow, sort, deep-clone the page's documents into the envelope object, serialize.
/// </summary>
public sealed class ListBytesTests
{
    private static readonly string[] Names =
        ["alpha", "Alpha", "beta", "ops/deploy", "Ünïcode €", "quote\"s <b>&amp;</b>", "line\u2028sep", "tab\there", "emoji 😀", "back\\slash", "ctl\u0007", "zeta"];

    private static readonly string[] Classes = ["cloud", "cloud", "cloud", "edge", "customNode", "experience", "embedded"];

    private static readonly string[] Queries =
    [
        "", "_actions=false&_links=true&_embedded=true&page=0&perPage=1", "perPage=1000", "page=2&perPage=37", "page=99",
        "sortField=id", "sortField=id&sortDirection=desc&perPage=500", "sortField=creationDate&perPage=500",
        "sortField=creationDate&sortDirection=desc&page=1&perPage=50", "sortField=lastUpdated&perPage=500",
        "sortField=lastUpdated&sortDirection=desc&perPage=500", "sortField=name&sortDirection=desc&perPage=500",
        "flowClass=edge&perPage=500", "flowClass=customNode&sortField=lastUpdated", "flowClass=experience&sortDirection=desc",
        "flowClass=embedded&sortField=id&perPage=3&page=1", "filterField=name&filter=alpha*&perPage=500", "filterField=name&filter=*o*&sortField=creationDate",
        "filter=beta*", "triggerFilter[0][type]=timer&perPage=500", "triggerFilter[0][key]=k3&flowClass=edge",
        "query=" + Uri.EscapeDataString("{\"name\":{\"$startsWith\":\"Alpha\"}}") + "&perPage=500",
        "query=" + Uri.EscapeDataString("{\"flowClass\":\"edge\"}") + "&sortField=lastUpdated&sortDirection=desc",
        "query=" + Uri.EscapeDataString("{\"name\":\"zeta\"}") + "&allVersions=true",
        "includeCustomNodes=true&perPage=500", "includeCustomNodes=true&flowClass=customNode&sortField=id",
    ];

    [Fact]
    public async Task EveryListMatchesTheStraightforwardAnswer()
    {
        await using var h = await StandInHarness.StartAsync(contract: false);
        SeedTricky(h.Server.State, 400);
        var store = h.Server.State.Application(StandInHarness.App);
        foreach (var round in new[] { "cold", "warm" })
        {
            foreach (var query in Queries)
            {
                AssertSame(h.Server.State, store, query, round);
            }
        }

        h.Server.State.SeedFlow(StandInHarness.App, new JsonObject { ["name"] = "alpha", ["flowClass"] = "edge" });
        foreach (var query in Queries)
        {
            AssertSame(h.Server.State, store, query, "after a seed");
        }
    }

    [Fact]
    public async Task HttpAnswersInContractModeAreTheWrittenBytes()
    {
        await using var h = await StandInHarness.StartAsync();
        SampleFlows.Seed(h.Server.State);

        // Every real export but the 2016 one, whose obsolete globals shape the import schema refuses.
        var exports = Directory.GetFiles(RealFlows.Directory).Select(Path.GetFileName).Where(f => f != "two-man-switch.flow")
            .Order(StringComparer.Ordinal).Select(f => (JsonNode?)RealFlows.Load(f!)).ToArray();
        await h.PostAsync(StandInHarness.Flows + "/import", new JsonObject { ["flows"] = new JsonArray(exports) }.ToJsonString(),
            "flowsImportResult.json", System.Net.HttpStatusCode.Created);

        h.Server.State.SeedFlow(StandInHarness.App, new JsonObject
        {
            ["name"] = "uses node \u2028 <é>",
            ["nodes"] = new JsonArray(new JsonObject { ["id"] = "n1", ["type"] = "CustomNodeNode", ["config"] = new JsonObject { ["flowId"] = SampleFlows.MyNode } }),
        });
        await h.PostAsync(StandInHarness.Flows, "{\"name\":\"posted \\u2028 <\u00e9> \\ud83d\\ude00\",\"description\":\"a\\\\b\",\"triggers\":[{\"type\":\"webhook\",\"key\":\"k\",\"config\":{}}]}",
            "flow.json", System.Net.HttpStatusCode.Created);
        var store = h.Server.State.Application(StandInHarness.App);
        foreach (var query in new[] { "", "perPage=2&page=1", "sortField=lastUpdated&sortDirection=desc", "flowClass=customNode", "includeCustomNodes=true", "filterField=name&filter=uses*" })
        {
            using var response = await h.Client.GetAsync($"{StandInHarness.Flows}?{query}");
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.IsSuccessStatusCode, $"{query}: {Encoding.UTF8.GetString(body)}");
            byte[] expected;
            lock (h.Server.State.Sync)
            {
                expected = Straightforward(store, Parse(query));
            }

            Assert.True(expected.AsSpan().SequenceEqual(body), $"{query}: expected {Encoding.UTF8.GetString(expected)} got {Encoding.UTF8.GetString(body)}");
        }

        Assert.Empty(h.Server.State.ContractViolations);
    }

    private static void AssertSame(StandInState state, ApplicationStore store, string query, string round)
    {
        var request = Parse(query);
        byte[] expected;
        ResponseBody written;
        lock (state.Sync)
        {
            expected = Straightforward(store, request);
            written = FlowsReader.List(store, request);
        }

        var actual = written.Utf8.ToArray();
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"{round} {query}: bodies differ (lengths {expected.Length} and {actual.Length})");
    }

    private static ListRequest Parse(string query) => ListRequest.Parse(new QueryCollection(QueryHelpers.ParseQuery(query)), byVersion: false);

    /// <summary>The answer without kept orders or bytes: filter every flow, sort, clone the page into the envelope, serialize.</summary>
    private static byte[] Straightforward(ApplicationStore store, ListRequest request)
    {
        var glob = request.NameFilter();
        var selected = store.Flows.Where(f => FlowFilter.Selects(request, glob, f)).ToList();
        var sorted = Sorting.Apply(selected, request, (f, field) => Sorting.Field(f.Document, field), f => f.Id).ToList();
        var envelope = Envelope.Page(sorted, f =>
        {
            var copy = (JsonObject)f.Document.DeepClone();
            if (request.IncludeCustomNodes)
            {
                CustomNodeReferences.Attach(copy, f.Document["nodes"], store);
            }

            return copy;
        }, request, store.ApplicationId, includeFlowClass: true);
        return Encoding.UTF8.GetBytes(JsonResponses.Serialize(envelope));
    }

    /// <summary>
    /// <paramref name="count"/> flows with awkward names (escapes, surrogates, U+2028), every class, equal and missing
    /// dates, numeric lastUpdated, upper-case and repeated ids (full ties keep creation order), number spellings kept
    /// from the text, triggers, and custom-node references.
    /// </summary>
    private static void SeedTricky(StandInState state, int count)
    {
        var random = new Random(7);
        string? repeatedId = null;
        for (var i = 0; i < count; i++)
        {
            var id = $"abc{random.NextInt64(1L << 40):x21}";
            id = i % 7 == 0 ? id.ToUpperInvariant() : id;
            repeatedId ??= id;
            var created = $"2026-0{random.Next(1, 4)}-{random.Next(1, 28):00}T0{random.Next(0, 3)}:00:00.000Z";
            var flowClass = Classes[random.Next(Classes.Length)];
            var text = $$$"""
                {"id":"{{{(i % 50 == 49 ? repeatedId : id)}}}","description":"d {{{i}}} \u00e9 <x> \\ / ' \u0007","flowClass":"{{{flowClass}}}",
                 "creationDate":"{{{created}}}","enabled":{{{(i % 2 == 0 ? "true" : "false")}}},
                 "triggers":[{"type":"{{{(i % 3 == 0 ? "timer" : "webhook")}}}","key":"k{{{i % 5}}}","config":{"x":1.50,"y":[1,2e3,null,true,12345678901234567890]}}],
                 "nodes":[{"id":"n1","type":"CustomNodeNode","config":{"flowId":"{{{repeatedId}}}"}},{"id":"n2","type":"DebugNode","config":{"message":"✓ \ud83d\ude00"}}],
                 "globals":[{"key":"g","value":"v\u00a0"}]}
                """;
            var flow = JsonNode.Parse(text)!.AsObject();
            flow["name"] = Names[random.Next(Names.Length)] + (i % 3 == 0 ? "" : $" {random.Next(40)}");
            if (i % 5 != 0)
            {
                flow["lastUpdated"] = i % 4 == 0 ? created : $"2026-04-{random.Next(1, 28):00}T00:00:00.000Z";
            }

            if (i % 37 == 0)
            {
                flow["lastUpdated"] = 1769990400000;
            }

            state.SeedFlow(StandInHarness.App, flow);
        }
    }
}
