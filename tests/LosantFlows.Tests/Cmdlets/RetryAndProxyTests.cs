using System.Management.Automation;
using LosantFlows.StandIn;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>Retries as the user sees them, and requests through a proxy.</summary>
public sealed class RetryAndProxyTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public void Each_retry_is_one_verbose_line_with_the_reason_and_the_wait()
    {
        session.Server.State.InjectFaults(new Fault(FaultKind.TooManyRequests, Times: 2, RetryAfter: "0"));

        var lines = session.Run($"Get-LosantFlow -ApplicationId {session.App} -Page 0 -Verbose 4>&1 | Where-Object {{ $_ -is [System.Management.Automation.VerboseRecord] }} | ForEach-Object Message");

        var retries = lines.Select(l => (string)l.BaseObject).Where(l => l.StartsWith("Retrying", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            new[]
            {
                $"Retrying GET /applications/{session.App}/flows in 0.0 s after 429 Too Many Requests (retry 1 of 4).",
                $"Retrying GET /applications/{session.App}/flows in 0.0 s after 429 Too Many Requests (retry 2 of 4).",
            },
            retries);
        Assert.Equal(3, session.Server.RequestLog.Count);
    }

    [Fact]
    public void MaximumRetryCount_0_gives_the_first_failure_at_once()
    {
        session.Server.State.InjectFaults(new Fault(FaultKind.ServiceUnavailable, RetryAfter: "0"));

        session.Run(
            "Connect-Losant -Endpoint $args[0] -Token (ConvertTo-SecureString $args[1] -AsPlainText -Force) -MaximumRetryCount 0; Get-LosantFlow -ApplicationId $args[2]",
            out var errors, session.Server.BaseAddress, session.Server.Token, session.App);

        var error = Assert.Single(errors);
        Assert.Equal("Losant.ServerError,LosantFlows.Commands.GetLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal(1, session.Server.RequestLog.Count);
    }

    [Fact]
    public void Requests_go_through_the_proxy_given_to_Connect_Losant()
    {
        var names = session.Run(
            "Connect-Losant -Endpoint http://api.losant.invalid -AllowInsecureEndpoint -Proxy $args[0] -Token (ConvertTo-SecureString $args[1] -AsPlainText -Force); " +
            "New-LosantFlow -ApplicationId $args[2] -Name proxied | ForEach-Object name",
            session.Server.BaseAddress, session.Server.Token, session.App);

        Assert.Equal(new object[] { "proxied" }, names.Select(n => n.BaseObject));
        Assert.Equal("api.losant.invalid", Assert.Single(session.Server.RequestLog.Entries).Headers["Host"]);
    }
}
