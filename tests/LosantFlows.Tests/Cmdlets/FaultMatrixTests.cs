using System.Text.Json.Nodes;
using LosantFlows.StandIn;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// Every cmdlet against every fault the stand-in can inject: retried and succeeded, or a clear error; the exact
/// number of requests the server saw; never a duplicate flow; never a hang.
/// 429 and 503 are answered before the server acts; 500, 502, 504, resets and the bad 200s after it has acted.
/// Reads are retried after 429, 502, 503, 504, resets, timeouts and answers that are not complete JSON; writes only
/// after 429 and 503.
/// </summary>
public sealed class FaultMatrixTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync()
    {
        session = await CmdletSession.StartAsync();
        session.Server.State.SeedFlow(session.App, new JsonObject { ["name"] = "seeded", ["flowClass"] = "cloud" });
        session.Server.State.SeedFlow(session.App, new JsonObject { ["name"] = "node", ["flowClass"] = "customNode" });
        session.Run(
            "Connect-Losant -Endpoint $args[0] -Token (ConvertTo-SecureString $args[1] -AsPlainText -Force) -TimeoutSec 1 -MaximumRetryCount 2",
            session.Server.BaseAddress, session.Server.Token);
        session.Server.RequestLog.Clear();
    }

    public async Task DisposeAsync() => await session.DisposeAsync();

    private static readonly Dictionary<string, (string Script, string Path, bool Writes)> Cmdlets = new()
    {
        ["Get-LosantFlow"] = ("Get-LosantFlow -ApplicationId $app -Page 0", "/flows", false),
        ["Get-LosantFlowVersion"] = ("Get-LosantFlowVersion -ApplicationId $app -Version develop -Page 0", "/flows/version", false),
        ["Get-LosantFlowPalette"] = ("Get-LosantFlowPalette -ApplicationId $app", "/flows/palette", false),
        ["New-LosantFlow"] = ("New-LosantFlow -ApplicationId $app -Name created", "/flows", true),
        ["Import-LosantFlow"] = ("Import-LosantFlow -ApplicationId $app -ImportData @{ flows = @(@{ name = 'created' }) }", "/flows/import", true),
        ["Connect-Losant"] = ("Connect-Losant -Endpoint $endpoint -Credential ([pscredential]::new('admin@example.com', (ConvertTo-SecureString standin-password -AsPlainText -Force))) -TimeoutSec 1 -MaximumRetryCount 2 -PassThru", "/auth/user", false),
    };

    /// <summary>What each cmdlet writes when it succeeds, as <see cref="Describe"/> puts it.</summary>
    private static readonly Dictionary<string, string> ExpectedResult = new()
    {
        ["Get-LosantFlow"] = "Losant.Flow seeded",
        ["Get-LosantFlowVersion"] = "Losant.FlowVersion develop",
        ["Get-LosantFlowPalette"] = "Losant.PaletteNode node",
        ["New-LosantFlow"] = "Losant.Flow created",
        ["Import-LosantFlow"] = "Losant.FlowImportResult created",
        ["Connect-Losant"] = "LosantFlows.Connections.LosantConnection Credential",
    };

    private static string Describe(System.Management.Automation.PSObject value)
    {
        string? Text(string name) => value.Properties[name]?.Value?.ToString();
        var detail = value.TypeNames[0] switch
        {
            "Losant.FlowVersion" => Text("version"),
            "Losant.FlowImportResult" => ((System.Management.Automation.PSObject)((object[])value.Properties["flows"].Value)[0]).Properties["name"].Value?.ToString(),
            "LosantFlows.Connections.LosantConnection" => Text("AuthenticationMethod"),
            _ => Text("name"),
        };
        return value.TypeNames[0] + " " + detail;
    }

    /// <summary>Cmdlet, fault, requests the server sees, the error id (null: succeeded after retrying), flows created.</summary>
    public static TheoryData<string, FaultKind, int, string?, int> Matrix()
    {
        var data = new TheoryData<string, FaultKind, int, string?, int>();
        foreach (var (cmdlet, (_, _, writes)) in Cmdlets)
        {
            var isPost = writes || cmdlet == "Connect-Losant";
            var created = writes ? 1 : 0;
            data.Add(cmdlet, FaultKind.TooManyRequests, 2, null, created);
            data.Add(cmdlet, FaultKind.ServiceUnavailable, 2, null, created);
            data.Add(cmdlet, FaultKind.ServerError, 1, "Losant.ServerError", created);
            data.Add(cmdlet, FaultKind.BadGatewayHtml, isPost ? 1 : 2, isPost ? "Losant.ServerError" : null, created);
            data.Add(cmdlet, FaultKind.GatewayTimeout, isPost ? 1 : 2, isPost ? "Losant.ServerError" : null, created);
            data.Add(cmdlet, FaultKind.ResetConnection, isPost ? 1 : 2, isPost ? "Losant.ConnectionFailed" : null, created);
            data.Add(cmdlet, FaultKind.TruncatedJson, isPost ? 1 : 2, isPost ? "Losant.InvalidResponse" : null, created);
            data.Add(cmdlet, FaultKind.NonJson, isPost ? 1 : 2, isPost ? "Losant.InvalidResponse" : null, created);
            data.Add(cmdlet, FaultKind.Delay, isPost ? 1 : 2, isPost ? "Losant.Timeout" : null, 0);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_cmdlet_survives_each_fault(string cmdlet, FaultKind kind, int requests, string? errorId, int flowsCreated)
    {
        var (script, path, _) = Cmdlets[cmdlet];
        var flowsBefore = session.Server.State.FlowCount(session.App);
        session.Server.State.InjectFaults(new Fault(kind, RetryAfter: "0", DelayMs: kind == FaultKind.Delay ? 3000 : 0, PathContains: path));

        var output = session.Run("$app = $args[0]; $endpoint = $args[1]; " + script + "; 'alive'", out var errors, session.App, session.Server.BaseAddress);

        Assert.Equal("alive", output[^1].BaseObject);
        Assert.Equal(requests, session.Server.RequestLog.Count);
        if (errorId == null)
        {
            Assert.Empty(errors);
            Assert.Equal(2, output.Count);
            Assert.Equal(ExpectedResult[cmdlet], Describe(output[0]));
        }
        else
        {
            Assert.Equal(errorId, Assert.Single(errors).FullyQualifiedErrorId.Split(',')[0]);
        }

        Assert.Equal(flowsBefore + flowsCreated, session.Server.State.FlowCount(session.App));
    }
}
