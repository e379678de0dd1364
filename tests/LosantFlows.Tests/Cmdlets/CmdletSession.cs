using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using LosantFlows.Commands;
using LosantFlows.StandIn;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// The module's cmdlets hosted in-process (Microsoft.PowerShell.SDK) in one runspace, connected to an in-process
/// stand-in of the Losant API in contract mode: every script run also asserts that no request the module sent and no
/// answer the stand-in gave broke Losant's published schemas.
/// </summary>
public sealed class CmdletSession : IAsyncDisposable
{
    private readonly Runspace runspace;

    private CmdletSession(StandInServer server, Runspace runspace)
    {
        Server = server;
        this.runspace = runspace;
    }

    public StandInServer Server { get; }

    public string App => Server.ApplicationIds[0];

    public string OtherApp => Server.ApplicationIds[1];

    public static async Task<CmdletSession> StartAsync(params string[] applicationIds)
    {
        var options = new StandInOptions { Port = 0 };
        if (applicationIds.Length > 0)
        {
            options.ApplicationIds = applicationIds;
        }

        var server = await StandInServer.StartAsync(options);
        Assert.True(server.State.ContractMode, "The stand-in could not find ../shared/losant-api/schemas, so it cannot check the contract.");
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var session = new CmdletSession(server, runspace);
        session.Run("Import-Module -Assembly $args[0]", typeof(GetLosantFlowCommand).Assembly);
        session.Run(
            "Connect-Losant -Endpoint $args[0] -Token (ConvertTo-SecureString $args[1] -AsPlainText -Force)",
            server.BaseAddress, server.Token);
        return session;
    }

    /// <summary>Runs a script; $args holds <paramref name="arguments"/>. Returns the output; errors go to <paramref name="errors"/>.</summary>
    public Collection<PSObject> Run(string script, out IReadOnlyList<ErrorRecord> errors, params object?[] arguments)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        foreach (var argument in arguments)
        {
            shell.AddArgument(argument);
        }

        var output = shell.Invoke();
        errors = shell.Streams.Error.ToArray();
        Assert.True(
            Server.State.ContractViolations.Count == 0,
            "The exchange broke Losant's published schemas: " + string.Join(Environment.NewLine, Server.State.ContractViolations.Select(v => v.ToString())));
        return output;
    }

    /// <summary>A shell on the session's runspace with <paramref name="script"/> added, for tests that start and stop it.</summary>
    public PowerShell Shell(string script, params object?[] arguments)
    {
        var shell = PowerShell.Create();
        shell.Runspace = runspace;
        shell.AddScript(script);
        foreach (var argument in arguments)
        {
            shell.AddArgument(argument);
        }

        return shell;
    }

    /// <summary>Runs a script that must not write errors.</summary>
    public Collection<PSObject> Run(string script, params object?[] arguments)
    {
        var output = Run(script, out var errors, arguments);
        Assert.True(errors.Count == 0, "Unexpected errors: " + string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        return output;
    }

    /// <summary>Creates <paramref name="count"/> cloud flows named flow-00, flow-01, … through the module, then forgets those requests.</summary>
    public void SeedFlows(string applicationId, int count)
    {
        Run("foreach ($i in 0..($args[1] - 1)) { $null = New-LosantFlow -ApplicationId $args[0] -Name ('flow-{0:d2}' -f $i) }", applicationId, count);
        Server.RequestLog.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        runspace.Dispose();
        await Server.DisposeAsync();
    }
}
