using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// Loads --seed: a JSON file holding an array of flows, a flows.json list (<c>items</c>), or an import body
/// (<c>flows</c>/<c>flowVersions</c>, imported through the import action's rules). Plain flows are stored as given
/// (see <see cref="StandInState.SeedFlow"/>) in the application they name when served, else in the first application.
/// </summary>
public static class SeedFile
{
    /// <summary>Loads <paramref name="path"/> into <paramref name="state"/>; throws when the file is not one of those shapes.</summary>
    public static void Load(StandInState state, string path, string defaultApplicationId)
    {
        var root = JsonNode.Parse(File.ReadAllText(path));
        if (root is JsonObject obj && (obj.ContainsKey("flows") || obj.ContainsKey("flowVersions")))
        {
            lock (state.Sync)
            {
                FlowImporter.Import(state, state.Application(defaultApplicationId), obj);
            }

            return;
        }

        var flows = root as JsonArray ?? (root as JsonObject)?["items"] as JsonArray
            ?? throw new InvalidDataException($"Seed file {path} holds neither an array of flows, a flows list nor an import body.");
        foreach (var flow in flows.OfType<JsonObject>())
        {
            var target = Values.Text(flow["applicationId"]) is { } id && state.Find(id) is not null ? id : defaultApplicationId;
            state.SeedFlow(target, flow);
        }
    }
}
