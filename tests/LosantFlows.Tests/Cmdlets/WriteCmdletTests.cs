using System.Management.Automation;
using System.Text;

namespace LosantFlows.Tests.Cmdlets;

public sealed class WriteCmdletTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public void New_from_parameters_sends_only_the_given_fields_in_order()
    {
        var flow = session.Run($"New-LosantFlow -ApplicationId {session.App} -Name 'My New Workflow' -Description d -Enabled -IncludeCustomNodes").Single();

        var request = Assert.Single(session.Server.RequestLog.Entries);
        Assert.Equal($"POST /applications/{session.App}/flows?_actions=false&_links=true&_embedded=true&includeCustomNodes=true", request.Line);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("My New Workflow", flow.Properties["name"].Value);
        Assert.Equal(true, flow.Properties["enabled"].Value);
    }

    [Fact]
    public void New_under_WhatIf_and_Import_under_WhatIf_send_nothing()
    {
        session.Run($"New-LosantFlow -ApplicationId {session.App} -Name x -WhatIf; Import-LosantFlow -ApplicationId {session.App} -ImportData @{{ flows = @(@{{ name = 'x' }}) }} -WhatIf");

        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void Copying_a_fetched_flow_drops_read_only_fields()
    {
        session.Run($"New-LosantFlow -ApplicationId {session.App} -Flow @{{ name = 'source'; nodes = @(@{{ id = 'n1'; type = 'DebugNode'; config = @{{ message = '2024-01-01T00:00:00Z' }}; meta = @{{}}; outputIds = @() }}) }}");
        session.Server.RequestLog.Clear();

        var copy = session.Run($"Get-LosantFlow -ApplicationId {session.App} | New-LosantFlow -ApplicationId {session.OtherApp}").Single();

        Assert.Equal(session.OtherApp, copy.Properties["applicationId"].Value);
        var nodes = (object[])copy.Properties["nodes"].Value;
        var config = (PSObject)((PSObject)nodes[0]).Properties["config"].Value;
        Assert.Equal("2024-01-01T00:00:00Z", config.Properties["message"].Value);
        Assert.Equal(2, session.Server.RequestLog.Count);
    }

    [Fact]
    public void Import_of_several_files_with_one_bad_names_it_and_sends_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("losantflows-import-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "good.flow"), "{\"name\":\"good\",\"nodes\":[],\"triggers\":[]}");
            File.WriteAllText(Path.Combine(folder.FullName, "bad.flow"), "{\n  \"name\": \"bad\",\n  \"nodes\": [,]\n}");
            File.WriteAllBytes(Path.Combine(folder.FullName, "latin1.flow"), Encoding.Latin1.GetBytes("{\"name\":\"caf\u00e9\"}"));

            session.Run("Get-ChildItem $args[0] | Import-LosantFlow -ApplicationId $args[1]", out var errors, folder.FullName, session.App);

            Assert.Empty(session.Server.RequestLog.Lines);
            Assert.Equal(3, errors.Count);
            Assert.Contains(errors, e => e.Exception.Message.StartsWith(Path.Combine(folder.FullName, "bad.flow") + ": Invalid JSON at line 3"));
            Assert.Contains(errors, e => e.Exception.Message == Path.Combine(folder.FullName, "latin1.flow") + " is not UTF-8 text (invalid byte at offset 12); save it as UTF-8.");
            Assert.Equal("Losant.ImportNotSent,LosantFlows.Commands.ImportLosantFlowCommand", errors[^1].FullyQualifiedErrorId);

            var result = session.Run("Get-ChildItem $args[0] | Import-LosantFlow -ApplicationId $args[1] -SkipInvalid", out errors, folder.FullName, session.App);
            Assert.Equal(2, errors.Count);
            Assert.Equal("good", ((PSObject)((object[])result.Single().Properties["flows"].Value)[0]).Properties["name"].Value);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Import_refuses_more_than_1000_flows_before_sending()
    {
        session.Run($"Import-LosantFlow -ApplicationId {session.App} -ImportData @{{ flows = @(1..1001 | ForEach-Object {{ @{{ name = \"f$_\" }} }}) }}", out var errors);

        Assert.Equal("Losant.ImportTooLarge,LosantFlows.Commands.ImportLosantFlowCommand", Assert.Single(errors).FullyQualifiedErrorId);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void Palette_lists_custom_nodes()
    {
        session.Run($"New-LosantFlow -ApplicationId {session.App} -Name 'My Node' -FlowClass customNode -CustomNodeSupports cloud");

        var node = session.Run($"Get-LosantFlowPalette -ApplicationId {session.App}").Single();

        Assert.Equal("Losant.PaletteNode", node.TypeNames[0]);
        Assert.Equal("My Node", node.Properties["name"].Value);
        Assert.Equal("develop", node.Properties["version"].Value);
    }
}
