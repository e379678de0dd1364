using System.Management.Automation;
using LosantFlows.Commands;
using LosantFlows.StandIn;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// Errors of unattended jobs say what happened to the data: whether a failed write may have been carried out, what a
/// stopped batched import did and did not import (kept even under -ErrorAction Stop), how far a listing got.
/// </summary>
public sealed class FailureGuidanceTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Theory]
    [InlineData(FaultKind.ServerError, "The change may have been made before the failure: check the application (Get-LosantFlow) before running the command again, or workflows may be created twice.")]
    [InlineData(FaultKind.ResetConnection, "The change may have been made before the failure: check the application (Get-LosantFlow) before running the command again, or workflows may be created twice.")]
    [InlineData(FaultKind.TruncatedJson, "The server answered success, so the change was most likely made, but its answer could not be read: check the application (Get-LosantFlow) before running the command again.")]
    [InlineData(FaultKind.TooManyRequests, "Losant is throttling requests; wait and run the command again.")]
    public void A_failed_write_says_whether_it_may_have_been_carried_out(FaultKind kind, string action)
    {
        session.Run("Connect-Losant -Endpoint $args[0] -Token (ConvertTo-SecureString $args[1] -AsPlainText -Force) -MaximumRetryCount 0", session.Server.BaseAddress, session.Server.Token);
        session.Server.State.InjectFaults(new Fault(kind, Method: "POST"));

        session.Run($"New-LosantFlow -ApplicationId {session.App} -Name guided", out var errors);

        Assert.Equal(action, Assert.Single(errors).ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void An_answer_that_cannot_be_read_says_what_to_check()
    {
        session.Run("Connect-Losant -Endpoint $args[0] -Token (ConvertTo-SecureString $args[1] -AsPlainText -Force) -MaximumRetryCount 0", session.Server.BaseAddress, session.Server.Token);
        session.Server.State.InjectFaults(new Fault(FaultKind.NonJson, Method: "GET"));

        session.Run($"Get-LosantFlowPalette -ApplicationId {session.App}", out var errors);

        var error = Assert.Single(errors);
        Assert.Equal("Losant.InvalidResponse,LosantFlows.Commands.GetLosantFlowPaletteCommand", error.FullyQualifiedErrorId);
        Assert.Equal(
            "Run the command again later. If it keeps failing, check that -Endpoint of Connect-Losant (or LOSANT_API_URL) is a Losant API.",
            error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void A_stopped_batched_import_keeps_its_partial_result_and_lists_even_under_ErrorAction_Stop()
    {
        session.Server.State.InjectFaults(new Fault(FaultKind.Delay, DelayMs: 1, Method: "POST"), new Fault(FaultKind.ServerError, Method: "POST"));

        var output = session.Run(
            $"try {{ Import-LosantFlow -ApplicationId {session.App} -BatchSize 2 -ErrorAction Stop -ImportData @{{ flows = @('a','b','c','d','e' | ForEach-Object {{ @{{ name = $_ }} }}) }} }} " +
            "catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.Result.flows.name; '|'; $_.Exception.MaybeImported; '|'; $_.Exception.NotImported }");

        Assert.Equal("Losant.FlowImportResult", output[0].TypeNames[0]);
        Assert.Equal(
            new object[]
            {
                "Losant.ImportIncomplete,LosantFlows.Commands.ImportLosantFlowCommand",
                "Import call 2 of 3 failed, so the rest were not sent. Imported before it: 2 workflow(s) and 0 workflow version(s) in calls 1 to 1 (the exception's Result). Call 2 may or may not have been carried out: its 2 workflow(s) and 0 workflow version(s) are in MaybeImported. Not imported: 1 workflow(s) and 0 workflow version(s) (NotImported, also the error's TargetObject).",
                "a", "b", "|", "c", "d", "|", "e",
            },
            output.Skip(1).Select(o => o.BaseObject));
        Assert.Equal(4, session.Server.State.FlowCount(session.App));
    }

    [Fact]
    public void A_listing_that_fails_on_a_later_page_says_how_far_it_got()
    {
        session.Run($"foreach ($n in 1..5) {{ $null = New-LosantFlow -ApplicationId {session.App} -Name \"page-$n\" }}");
        session.Run("Connect-Losant -Endpoint $args[0] -Token (ConvertTo-SecureString $args[1] -AsPlainText -Force) -MaximumRetryCount 0", session.Server.BaseAddress, session.Server.Token);
        session.Server.State.InjectFaults(new Fault(FaultKind.Delay, DelayMs: 1), new Fault(FaultKind.ServerError));

        var names = session.Run($"Get-LosantFlow -ApplicationId {session.App} -PerPage 2 | ForEach-Object name", out var errors);

        Assert.Equal(new object[] { "page-1", "page-2" }, names.Select(n => n.BaseObject));
        Assert.Equal(
            $"Internal server error (GET /applications/{session.App}/flows answered 500 InternalError) The listing stopped at page 2; 2 item(s) of the earlier pages were already written.",
            Assert.Single(errors).ErrorDetails.Message);
    }
}
