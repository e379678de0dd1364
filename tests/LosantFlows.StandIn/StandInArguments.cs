using System.Globalization;

namespace LosantFlows.StandIn;

/// <summary>Command line: --port &lt;n&gt; --token &lt;t&gt; --application-id &lt;id&gt;[,&lt;id&gt;…] [--seed &lt;file&gt;] [--schemas &lt;dir&gt;] [--faults &lt;json file or inline JSON&gt;] [--no-contract].</summary>
public static class StandInArguments
{
    /// <summary>Options from <paramref name="args"/>; throws ArgumentException on an unknown or incomplete option.</summary>
    public static StandInOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StandInOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--no-contract")
            {
                options.Contract = false;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option {name} needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--port":
                    options.Port = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
                        ? port : throw new ArgumentException($"--port must be 0..65535, not '{value}'.");
                    break;
                case "--token":
                    options.Token = value.Length > 0 ? value : throw new ArgumentException("--token must not be empty.");
                    break;
                case "--application-id":
                    options.ApplicationIds = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--seed":
                    options.SeedFile = value;
                    break;
                case "--schemas":
                    options.SchemasDirectory = value;
                    break;
                case "--faults":
                    options.Faults = ParseFaults(value);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {name}. Usage: --port <n> --token <t> --application-id <id>[,<id>…] [--seed <file>] [--schemas <dir>] [--faults <file|json>] [--no-contract]");
            }
        }

        return options;
    }

    /// <summary>Faults from inline JSON (starting with [ or {) or from the JSON file <paramref name="value"/> names.</summary>
    private static IReadOnlyList<Fault> ParseFaults(string value)
    {
        var trimmed = value.TrimStart();
        string json;
        if (trimmed.StartsWith('[') || trimmed.StartsWith('{'))
        {
            json = value;
        }
        else if (File.Exists(value))
        {
            json = File.ReadAllText(value);
        }
        else
        {
            throw new ArgumentException($"--faults: '{value}' is neither inline JSON nor an existing file.");
        }

        try
        {
            return FaultScript.Parse(json);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"--faults: {e.Message}", e);
        }
    }
}
