using System.Management.Automation;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>Imports larger than one call: refused without -BatchSize, sent in order with it.</summary>
public sealed class ImportBatchTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public void More_than_1000_flows_are_refused_without_BatchSize_and_nothing_is_sent()
    {
        session.Run($"Import-LosantFlow -ApplicationId {session.App} -ImportData @{{ flows = @(1..1001 | ForEach-Object {{ @{{ name = \"f$_\" }} }}) }}", out var errors);

        var error = Assert.Single(errors);
        Assert.Equal("Losant.ImportTooLarge,LosantFlows.Commands.ImportLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal("The input holds 1001 workflows and 0 workflow versions; one import takes at most 1000 of each. Nothing was imported; add -BatchSize 1000 to send it in several calls.", error.Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void BatchSize_sends_the_calls_in_order_and_writes_one_result()
    {
        var result = session.Run($"Import-LosantFlow -ApplicationId {session.App} -BatchSize 1000 -ImportData @{{ flows = @(1..2500 | ForEach-Object {{ @{{ name = 'f{{0:d4}}' -f $_ }} }}) }}").Single();

        Assert.Equal(3, session.Server.RequestLog.Count);
        var flows = (object[])result.Properties["flows"].Value;
        Assert.Equal(2500, flows.Length);
        Assert.Equal("f0001", ((PSObject)flows[0]).Properties["name"].Value);
        Assert.Equal("f2500", ((PSObject)flows[2499]).Properties["name"].Value);
        Assert.Equal(2500, session.Server.State.FlowCount(session.App));
    }

    [Fact]
    public void Each_finished_call_is_a_verbose_line_naming_what_it_imported()
    {
        using var shell = session.Shell($"Import-LosantFlow -ApplicationId {session.App} -BatchSize 2 -ImportData @{{ flows = @(@{{ name = 'a' }}, @{{ name = 'b' }}, @{{ name = 'c' }}) }} -Verbose");
        shell.Invoke();

        Assert.Equal(
            new[] { "Import call 1 of 2 done: a, b.", "Import call 2 of 2 done: c." },
            shell.Streams.Verbose.Select(v => v.Message).Where(m => m.StartsWith("Import call", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_version_in_a_later_call_gets_the_new_id_of_its_flow()
    {
        const string oldId = "aaaaaaaaaaaaaaaaaaaaaaa1";
        var result = session.Run(
            $"Import-LosantFlow -ApplicationId {session.App} -BatchSize 1 -ImportData @{{ flows = @([ordered]@{{ id = '{oldId}'; name = 'one' }}); " +
            $"flowVersions = @([ordered]@{{ flowId = '{oldId}'; version = 'v1' }}, [ordered]@{{ flowId = '{oldId}'; version = 'v2' }}) }}").Single();

        var newId = ((PSObject)result.Properties["importedFlowIdMap"].Value).Properties[oldId].Value;
        var bodies = session.Server.RequestLog.Entries.Select(e => e.Body).ToArray();
        Assert.Equal($"{{\"flows\":[{{\"id\":\"{oldId}\",\"name\":\"one\"}}],\"flowVersions\":[{{\"flowId\":\"{oldId}\",\"version\":\"v1\"}}]}}", bodies[0]);
        Assert.Equal($"{{\"flows\":[],\"flowVersions\":[{{\"flowId\":\"{newId}\",\"version\":\"v2\"}}]}}", bodies[1]);
        Assert.Equal(2, ((object[])result.Properties["flowVersions"].Value).Length);
    }

    [Fact]
    public void A_failed_call_stops_the_rest_and_says_what_was_and_was_not_imported()
    {
        const string c = "cccccccccccccccccccccccc";
        var output = session.Run(
            $"Import-LosantFlow -ApplicationId {session.App} -BatchSize 2 -ImportData @{{ flows = @(@{{ name = 'a' }}, @{{ name = 'b' }}, @{{ id = '{c}'; name = 'c' }}, @{{ name = 'd' }}, @{{ name = 'e' }}); " +
            $"flowVersions = @(@{{ flowId = '{c}'; version = 'v1' }}, @{{ flowId = '{c}'; version = 'v1' }}) }}",
            out var errors);

        Assert.Equal(2, session.Server.RequestLog.Count);
        var written = Assert.Single(output);
        Assert.Equal(new object[] { "a", "b" }, ((object[])written.Properties["flows"].Value).Select(f => ((PSObject)f).Properties["name"].Value));
        var error = Assert.Single(errors);
        Assert.Equal("Losant.ImportIncomplete,LosantFlows.Commands.ImportLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal(
            "Import call 2 of 3 failed, so the rest were not sent. Imported before it: 2 workflow(s) and 0 workflow version(s) in calls 1 to 1 (the exception's Result). Not imported: 3 workflow(s) and 2 workflow version(s) (NotImported, also the error's TargetObject).",
            error.Exception.Message);
        Assert.Equal(new[] { "c", "d", "version v1", "version v1", "e" }, (string[])error.TargetObject);
        Assert.Equal("Validation", ((LosantFlows.Engine.LosantApiException)error.Exception.InnerException!).ErrorType);
        Assert.Equal(2, session.Server.State.FlowCount(session.App));
    }
}
