namespace LosantFlows.Tests.Schemas;

/// <summary>
/// Locates ../shared/losant-api (Losant's schemas and real exported flows) next to the repository: walks up from
/// AppContext.BaseDirectory to the folder holding LosantFlows.sln. The files are read in place, never copied.
/// </summary>
public static class LosantApiFiles
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>Full path of ../shared/losant-api.</summary>
    public static string Directory => Root.Value;

    /// <summary>Full path of the schemas folder.</summary>
    public static string SchemasDirectory => Path.Combine(Directory, "schemas");

    /// <summary>Full path of the real-flows folder.</summary>
    public static string RealFlowsDirectory => Path.Combine(Directory, "real-flows");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LosantFlows.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "losant-api"));
                return System.IO.Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"Expected Losant API files at {shared} (../shared/losant-api beside the repository).");
            }
        }

        throw new DirectoryNotFoundException($"No folder holding LosantFlows.sln above {AppContext.BaseDirectory}.");
    }
}
