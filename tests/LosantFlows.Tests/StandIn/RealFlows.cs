using System.Text.Json.Nodes;
using LosantFlows.Tests.Schemas;

namespace LosantFlows.Tests.StandIn;

/// <summary>The real exported flows in ../shared/losant-api/real-flows, read in place.</summary>
public static class RealFlows
{
    /// <summary>File names (e.g. "loggly.node") for xUnit theories.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(LosantApiFiles.RealFlowsDirectory).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>The export with the export-only customNodes/customNodeVersions arrays removed.</summary>
    public static JsonObject Load(string fileName)
    {
        var flow = JsonNode.Parse(File.ReadAllText(Path.Combine(LosantApiFiles.RealFlowsDirectory, fileName)))!.AsObject();
        flow.Remove("customNodes");
        flow.Remove("customNodeVersions");
        return flow;
    }
}
