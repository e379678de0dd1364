using System.Management.Automation;

namespace LosantFlows.Tests.Json;

/// <summary>Runs PowerShell script text in-process, for values built in real PowerShell syntax.</summary>
public static class InProcessPowerShell
{
    /// <summary>The single object the script outputs; a terminating error is rethrown as its exception.</summary>
    public static object? Evaluate(string script)
    {
        using var powerShell = PowerShell.Create();
        var output = powerShell.AddScript(script).Invoke();
        if (powerShell.Streams.Error.Count > 0) throw powerShell.Streams.Error[0].Exception;
        return Assert.Single(output)?.BaseObject;
    }

    /// <summary>The JSON text PSJson writes for the value of the PowerShell expression <paramref name="expression"/>.</summary>
    public static string Serialize(string expression) =>
        (string)Evaluate("$value = " + expression + "\n[LosantFlows.Engine.PSJson]::SerializeToString($value)")!;
}
