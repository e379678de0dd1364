using System.Text.Json.Nodes;
using LosantFlows.StandIn;

namespace LosantFlows.Tests.StandIn;

/// <summary>
/// A fixed set of flows seeded straight into the state. Cloud flows (name / id / created / updated):
/// "Alpha" a2 01-01 02-03; "beta" a1 01-03 02-01; "beta" a6 01-03 02-01 (ties with a1); "ops/deploy" a3 01-02 02-02.
/// Others: "edge one" a4 (edge), "My Node" a5 (customNode).
/// </summary>
public static class SampleFlows
{
    public const string Beta1 = "0000000000000000000000a1";
    public const string Alpha = "0000000000000000000000a2";
    public const string OpsDeploy = "0000000000000000000000a3";
    public const string EdgeOne = "0000000000000000000000a4";
    public const string MyNode = "0000000000000000000000a5";
    public const string Beta6 = "0000000000000000000000a6";

    /// <summary>Seeds the flows into <see cref="StandInHarness.App"/>.</summary>
    public static void Seed(StandInState state)
    {
        Add(state, Beta1, "beta", "cloud", "2026-01-03T00:00:00.000Z", "2026-02-01T00:00:00.000Z", Trigger("webhook", "k1"));
        Add(state, Alpha, "Alpha", "cloud", "2026-01-01T00:00:00.000Z", "2026-02-03T00:00:00.000Z", Trigger("deviceTag", "type/x"), enabled: true);
        Add(state, OpsDeploy, "ops/deploy", "cloud", "2026-01-02T00:00:00.000Z", "2026-02-02T00:00:00.000Z", Trigger("timer", "t1"), Trigger("webhook", "k2"));
        Add(state, EdgeOne, "edge one", "edge", "2026-01-04T00:00:00.000Z", "2026-02-04T00:00:00.000Z", Trigger("webhook", "k1"));
        Add(state, MyNode, "My Node", "customNode", "2026-01-05T00:00:00.000Z", "2026-02-05T00:00:00.000Z", Trigger("customNodeStart", "customNodeStart"));
        Add(state, Beta6, "beta", "cloud", "2026-01-03T00:00:00.000Z", "2026-02-01T00:00:00.000Z");
    }

    /// <summary>A trigger object.</summary>
    public static JsonObject Trigger(string type, string key) => new() { ["type"] = type, ["key"] = key };

    private static void Add(StandInState state, string id, string name, string flowClass, string created, string updated, params JsonObject[] triggers) =>
        Add(state, id, name, flowClass, created, updated, false, triggers);

    private static void Add(StandInState state, string id, string name, string flowClass, string created, string updated, JsonObject trigger, bool enabled) =>
        Add(state, id, name, flowClass, created, updated, enabled, [trigger]);

    private static void Add(StandInState state, string id, string name, string flowClass, string created, string updated, bool enabled, JsonObject[] triggers)
    {
        var flow = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["flowClass"] = flowClass,
            ["creationDate"] = created,
            ["lastUpdated"] = updated,
            ["enabled"] = enabled,
            ["triggers"] = new JsonArray(triggers.Select(t => (JsonNode?)t).ToArray()),
        };
        if (flowClass == "customNode")
        {
            flow["customNodeSupports"] = new JsonArray("cloud");
        }

        state.SeedFlow(StandInHarness.App, flow);
    }
}
