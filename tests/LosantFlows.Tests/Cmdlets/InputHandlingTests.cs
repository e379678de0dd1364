using System.Management.Automation;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>How the cmdlets take what users really give them: objects of every kind, pipelines, odd values.</summary>
public sealed class InputHandlingTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Theory]
    [InlineData("[pscustomobject]@{ flowClass = 'customNode' }")]
    [InlineData("('{\"flowClass\":\"customNode\"}' | ConvertFrom-Json)")]
    [InlineData("@{ flowClass = 'customNode' }")]
    [InlineData("'{\"flowClass\":\"customNode\"}'")]
    public void Query_is_sent_whatever_kind_of_object_holds_it(string query)
    {
        session.Run($"Get-LosantFlow -ApplicationId {session.App} -Page 0 -Query ({query})");

        Assert.EndsWith("&page=0&query=%7B%22flowClass%22%3A%22customNode%22%7D", Assert.Single(session.Server.RequestLog.Lines));
    }

    [Fact]
    public void A_version_name_no_workflow_has_gives_a_warning()
    {
        session.Run($"$null = New-LosantFlow -ApplicationId {session.App} -Name versioned");

        var output = session.Run($"Get-LosantFlowVersion -ApplicationId {session.App} -Version nope 3>&1 | ForEach-Object {{ \"$_\" }}");

        Assert.Equal(
            new object[] { $"No workflow of application {session.App} that the filters select has a version named 'nope'. Version names are case-sensitive; every workflow has 'develop'." },
            output.Select(o => o.BaseObject));
    }

    [Fact]
    public void Debug_without_Verbose_never_prompts_and_keeps_the_created_flow()
    {
        var created = session.Run($"New-LosantFlow -ApplicationId {session.App} -Name debugged -Debug", out var errors);

        Assert.Empty(errors);
        Assert.Equal("debugged", Assert.Single(created).Properties["name"].Value);
        Assert.Single(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void Debug_shows_the_request_and_response_and_nothing_is_built_without_it()
    {
        var shown = session.Run($"Get-LosantFlow -ApplicationId {session.App} -Page 0 -Debug 5>&1 | Where-Object {{ $_ -is [System.Management.Automation.DebugRecord] }} | ForEach-Object Message");
        var hidden = session.Run($"Get-LosantFlow -ApplicationId {session.App} -Page 0 5>&1 | Where-Object {{ $_ -is [System.Management.Automation.DebugRecord] }}");

        Assert.Equal(3, shown.Count);
        Assert.StartsWith($"HTTP request GET /applications/{session.App}/flows?", (string)shown[0].BaseObject);
        Assert.StartsWith($"GET /applications/{session.App}/flows?", (string)shown[1].BaseObject);
        Assert.StartsWith("HTTP response 200 OK", (string)shown[2].BaseObject);
        Assert.Empty(hidden);
    }

    [Fact]
    public void A_header_value_with_a_line_break_is_refused_before_sending()
    {
        session.Run($"Get-LosantFlow -ApplicationId {session.App} -LosantDomain \"a`r`nX-Injected: 1\"", out var errors);

        var error = Assert.Single(errors);
        Assert.Equal("ParameterArgumentValidationError,LosantFlows.Commands.GetLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Contains("The value has the character U+000D; only printable ASCII is allowed", error.Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void A_cycle_in_a_flow_is_an_input_error_and_nothing_is_sent()
    {
        session.Run($"$f = @{{ name = 'cyclic' }}; $f.nodes = @($f); New-LosantFlow -ApplicationId {session.App} -Flow $f", out var errors);

        var error = Assert.Single(errors);
        Assert.Equal("Losant.InvalidInput,LosantFlows.Commands.NewLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("The flow cannot be sent as JSON: $.nodes[0].nodes: the value contains a reference cycle.", error.Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void Parameters_given_as_null_are_left_out_of_the_body()
    {
        var created = session.Run($"New-LosantFlow -ApplicationId {session.App} -Name nulls -Nodes $null -Description $null").Single();

        Assert.Equal("nulls", created.Properties["name"].Value);
        Assert.Empty((object[])created.Properties["nodes"].Value);
    }

    [Fact]
    public void Import_names_a_folder_and_a_wildcard_that_matches_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("losantflows-paths-");
        try
        {
            session.Run("Import-LosantFlow -ApplicationId $args[1] -Path $args[0], (Join-Path $args[0] '*.zzz')", out var errors, folder.FullName, session.App);

            Assert.Equal(
                new[] { "Losant.PathIsFolder", "Losant.FileNotFound", "Losant.ImportNotSent" },
                errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
            Assert.Equal($"{folder.FullName} is a folder; give the files in it, such as {Path.Combine(folder.FullName, "*.flow")}.", errors[0].Exception.Message);
            Assert.Equal($"No file matches '{Path.Combine(folder.FullName, "*.zzz")}'.", errors[1].Exception.Message);
            Assert.Empty(session.Server.RequestLog.Lines);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Paths_and_application_ids_bind_from_the_pipeline_by_value()
    {
        var file = Path.Combine(Path.GetTempPath(), $"losantflows-{Guid.NewGuid():N}.flow");
        File.WriteAllText(file, "{\"name\":\"piped\",\"nodes\":[],\"triggers\":[]}");
        try
        {
            session.Run("$args[0] | Import-LosantFlow -ApplicationId $args[1]", file, session.App);

            var names = session.Run("$args[0] | Get-LosantFlow | ForEach-Object name", session.App);
            Assert.Equal(new object[] { "piped" }, names.Select(n => n.BaseObject));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
