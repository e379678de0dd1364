using System.Text.Json.Nodes;
using LosantFlows.StandIn.Contract;

namespace LosantFlows.Tests.StandIn;

/// <summary>The real exported flows in ../shared/losant-api/real-flows, read in place.</summary>
public static class RealFlows
{
    /// <summary>Full path of ../shared/losant-api/real-flows (beside the schema folder).</summary>
    public static string Directory => Path.GetFullPath(Path.Combine(LosantSchemas.Default.Directory, "..", "real-flows"));

    /// <summary>File names (e.g. "loggly.node") for xUnit theories.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in System.IO.Directory.GetFiles(Directory).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>The export with the export-only customNodes/customNodeVersions arrays removed.</summary>
    public static JsonObject Load(string fileName)
    {
        var flow = JsonNode.Parse(File.ReadAllText(Path.Combine(RealFlows.Directory, fileName)))!.AsObject();
        flow.Remove("customNodes");
        flow.Remove("customNodeVersions");
        return flow;
    }
}
