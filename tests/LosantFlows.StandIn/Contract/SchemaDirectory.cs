namespace LosantFlows.StandIn.Contract;

/// <summary>
/// Finds Losant's schema folder, <c>../shared/losant-api/schemas</c> beside the repository: walks up from each start
/// folder to the folder holding LosantFlows.sln and looks beside it. The files are read in place, never copied.
/// </summary>
public static class SchemaDirectory
{
    /// <summary>The schema folder's path relative to the folder holding LosantFlows.sln.</summary>
    public static readonly string RelativeToRepository = Path.Combine("..", "shared", "losant-api", "schemas");

    /// <summary>
    /// The full path of the schema folder found from the current directory, then from AppContext.BaseDirectory;
    /// null when neither lies inside a checkout that has <c>../shared/losant-api/schemas</c> beside it.
    /// </summary>
    public static string? Locate() => Find([Environment.CurrentDirectory, AppContext.BaseDirectory]);

    /// <summary>The first schema folder found walking up from each of <paramref name="startDirectories"/>, or null.</summary>
    public static string? Find(IEnumerable<string> startDirectories)
    {
        ArgumentNullException.ThrowIfNull(startDirectories);
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LosantFlows.sln")))
                {
                    var schemas = Path.GetFullPath(Path.Combine(dir.FullName, RelativeToRepository));
                    if (Directory.Exists(schemas))
                    {
                        return schemas;
                    }

                    break;
                }
            }
        }

        return null;
    }
}
