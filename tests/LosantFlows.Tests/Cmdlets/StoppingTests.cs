using System.Diagnostics;
using System.Management.Automation;
using LosantFlows.StandIn;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// Ctrl+C (PowerShell.Stop, which calls StopProcessing) cancels the request in flight and any retry wait. The bound
/// below only tells a stop from a hang: the server would hold the request, or ask to wait, for 30 s or more.
/// </summary>
public sealed class StoppingTests : IAsyncLifetime
{
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(10);
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    public static TheoryData<string, Fault> Stalls => new()
    {
        { "Get-LosantFlow -ApplicationId $args[0]", new Fault(FaultKind.Delay, DelayMs: 30_000) },
        { "Get-LosantFlow -ApplicationId $args[0]", new Fault(FaultKind.TooManyRequests, RetryAfter: "30") },
        { "New-LosantFlow -ApplicationId $args[0] -Name stalled", new Fault(FaultKind.ServiceUnavailable, RetryAfter: "45") },
    };

    [Theory]
    [MemberData(nameof(Stalls))]
    public async Task Stop_ends_the_cmdlet_while_the_server_stalls(string script, Fault stall)
    {
        session.Server.State.InjectFaults(stall);
        using var shell = session.Shell(script, session.App);
        var running = shell.InvokeAsync();
        while (session.Server.RequestLog.Count == 0)
        {
            await Task.Delay(20);
        }

        var clock = Stopwatch.StartNew();
        await shell.StopAsync(null, null);
        var ended = await Task.WhenAny(running, Task.Delay(HangBound)) == running;

        Assert.True(ended, $"The cmdlet was still running {clock.Elapsed.TotalSeconds:0.0} s after Stop.");
        await Assert.ThrowsAsync<PipelineStoppedException>(() => running);
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.Equal(1, session.Server.RequestLog.Count);
    }
}
