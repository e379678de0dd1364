namespace LosantFlows.StandIn.Contract;

/// <summary>Decides at start whether contract mode is on and loads the schemas.</summary>
public static class ContractStartup
{
    /// <summary>
    /// The gate for <paramref name="options"/>, or null when contract mode is off (asked for, or no schema folder
    /// found: then a note goes to <see cref="StandInOptions.Log"/>). Throws DirectoryNotFoundException when
    /// --schemas names a missing folder, or when none is found while the CI environment variable is set.
    /// </summary>
    public static ContractGate? Create(StandInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Contract)
        {
            return null;
        }

        string? directory;
        if (options.SchemasDirectory is not null)
        {
            directory = Directory.Exists(options.SchemasDirectory)
                ? options.SchemasDirectory
                : throw new DirectoryNotFoundException($"--schemas {options.SchemasDirectory}: no such folder.");
        }
        else
        {
            directory = SchemaDirectory.Locate();
        }

        if (directory is null)
        {
            var where = $"no {SchemaDirectory.RelativeToRepository} beside a folder holding LosantFlows.sln above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                throw new DirectoryNotFoundException($"Contract mode needs Losant's schemas under CI: {where}. Pass --schemas <dir>.");
            }

            options.Log.WriteLine($"LosantFlows stand-in: contract mode off: {where} (pass --schemas <dir>).");
            options.Log.Flush();
            return null;
        }

        return new ContractGate(LosantSchemas.Load(directory), options.Log);
    }
}
