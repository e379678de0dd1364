using System.Management.Automation;
using System.Text;
using System.Text.RegularExpressions;

namespace LosantFlows.Tests.Cmdlets;

public sealed class ExportLosantFlowTests : IAsyncLifetime
{
    private const string DateLine = "  \"_exportDate\": \"";
    private static readonly Regex ExportDate = new("^  \"_exportDate\": \"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)\",$", RegexOptions.Multiline);

    private CmdletSession session = null!;
    private DirectoryInfo folder = null!;

    public async Task InitializeAsync()
    {
        session = await CmdletSession.StartAsync();
        folder = Directory.CreateTempSubdirectory("losantflows-export-");
    }

    public async Task DisposeAsync()
    {
        folder.Delete(true);
        await session.DisposeAsync();
    }

    private string Backup => Path.Combine(folder.FullName, "backup");

    [Fact]
    public void Seeded_flow_is_written_in_Losant_export_format()
    {
        var id = SeedOpsFlow();

        var file = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1]", session.App, Backup).Single();

        Assert.Equal(Path.Combine(Backup, $"Ops Alerts.{id}.flow"), ((FileInfo)file.BaseObject).FullName);
        var bytes = File.ReadAllBytes(Path.Combine(Backup, $"Ops Alerts.{id}.flow"));
        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        var date = ExportDate.Match(text).Groups[1].Value;
        Assert.InRange(DateTime.Parse(date, null, System.Globalization.DateTimeStyles.RoundtripKind), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(ExpectedOpsExport(id, date), text);
    }

    [Fact]
    public void Two_flows_with_one_name_and_hostile_names_get_distinct_stable_file_names()
    {
        var ids = session.Run("$app = $args[0]; 'Twin', 'Twin', 'CON', 'a/b:c*?', ' dots. ' | ForEach-Object { (New-LosantFlow -ApplicationId $app -Name $_).id }", session.App)
            .Select(o => (string)o.BaseObject).ToArray();

        var first = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] | ForEach-Object Name", session.App, Backup).Select(o => (string)o.BaseObject).ToArray();
        var second = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] -Force | ForEach-Object Name", session.App, Backup).Select(o => (string)o.BaseObject).ToArray();

        string[] expected = [$"dots.{ids[4]}.flow", $"CON_.{ids[2]}.flow", $"Twin.{ids[0]}.flow", $"Twin.{ids[1]}.flow", $"a_b_c__.{ids[3]}.flow"];
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Directory.GetFiles(Backup).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_Force_an_existing_file_is_an_error_naming_it_and_is_left_alone()
    {
        var id = SeedOpsFlow();
        Directory.CreateDirectory(Backup);
        var path = Path.Combine(Backup, $"Ops Alerts.{id}.flow");
        File.WriteAllText(path, "old");

        var output = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1]", out var errors, session.App, Backup);

        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("Losant.ExportFileExists,LosantFlows.Commands.ExportLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal(path, error.TargetObject);
        Assert.Equal($"The file {path} already exists with other content; add -Force to overwrite it. Nothing was written for it.", error.Exception.Message);
        Assert.Equal("old", File.ReadAllText(path));

        var written = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] -Force", session.App, Backup).Single();
        Assert.Equal(path, ((FileInfo)written.BaseObject).FullName);
        Assert.Equal($"Microsoft.PowerShell.Core\\FileSystem::{path}", written.Properties["PSPath"].Value);
        Assert.StartsWith("{\n  \"_exportDate\": \"", File.ReadAllText(path));

        var again = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1]", out errors, session.App, Backup).Single();
        Assert.Empty(errors);
        Assert.Equal(path, ((FileInfo)again.BaseObject).FullName);
    }

    [Fact]
    public void Force_leaves_a_file_that_changed_only_in_export_date_untouched()
    {
        var id = SeedOpsFlow();
        session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1]", session.App, Backup);
        var path = Path.Combine(Backup, $"Ops Alerts.{id}.flow");
        var old = File.ReadAllText(path).Replace(ExportDate.Match(File.ReadAllText(path)).Groups[1].Value, "2001-02-03T04:05:06.789Z");
        File.WriteAllText(path, old);
        var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        var output = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] -Force -Verbose 4>&1", session.App, Backup);

        Assert.Equal(old, File.ReadAllText(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Contains(output, o => o.BaseObject is VerboseRecord v && v.Message == $"{path} is unchanged apart from _exportDate; left as it was.");
        Assert.Equal(path, Assert.Single(output, o => o.BaseObject is FileInfo).Properties["FullName"].Value);
    }

    [Fact]
    public void WhatIf_creates_and_writes_nothing()
    {
        SeedOpsFlow();

        var output = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] -WhatIf; Export-LosantFlow -ApplicationId $args[0] -Path $args[1] -AsImportDocument -WhatIf", session.App, Backup);

        Assert.Empty(output);
        Assert.False(Directory.Exists(Backup));
    }

    [Fact]
    public void AsImportDocument_writes_one_import_file_that_imports_into_another_application()
    {
        SeedOpsFlow();
        session.Run("$app = $args[0]; 'Second', 'Third' | ForEach-Object { $null = New-LosantFlow -ApplicationId $app -Name $_ }", session.App);

        var file = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] -AsImportDocument", session.App, Backup).Single();

        var path = Path.Combine(Backup, $"{session.App}-import.json");
        Assert.Equal(path, ((FileInfo)file.BaseObject).FullName);
        Assert.Equal([$"{session.App}-import.json"], Directory.GetFiles(Backup).Select(Path.GetFileName));
        var text = File.ReadAllText(path);
        Assert.StartsWith("{\n  \"flowVersions\": [\n  ],\n  \"flows\": [\n    {\n      \"applicationId\": ", text);
        Assert.DoesNotContain("_exportDate", text);
        Assert.DoesNotContain("creationDate", text);
        var result = session.Run("Import-LosantFlow -ApplicationId $args[0] -Path $args[1]", session.OtherApp, path).Single();
        var names = ((object[])result.Properties["flows"].Value).Select(f => ((PSObject)f).Properties["name"].Value);
        Assert.Equal(["Ops Alerts", "Second", "Third"], names);
    }

    [Fact]
    public void Version_exports_each_flow_at_that_version_with_its_flow_name()
    {
        var id = SeedOpsFlow();
        var versionId = (string)session.Run(
            "(Import-LosantFlow -ApplicationId $args[0] -ImportData @{ flowVersions = @(@{ flowId = $args[1]; version = 'v1.0.0'; notes = 'First release'; nodes = @(); triggers = @(); globals = @() }) }).flowVersions[0].id",
            session.App, id).Single().BaseObject;
        session.Server.RequestLog.Clear();

        var file = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] -Version v1.0.0", session.App, Backup).Single();

        Assert.Equal($"Ops Alerts.{id}.v1.0.0.flow", ((FileInfo)file.BaseObject).Name);
        Assert.Equal(2, session.Server.RequestLog.Count);
        Assert.StartsWith($"GET /applications/{session.App}/flows/version?", session.Server.RequestLog.Lines[0]);
        Assert.EndsWith("&page=0&version=v1.0.0", session.Server.RequestLog.Lines[0]);
        Assert.Equal(
            $"GET /applications/{session.App}/flows?_actions=false&_links=true&_embedded=true&page=0&perPage=1&query=" + Uri.EscapeDataString($"{{\"id\":{{\"$in\":[\"{id}\"]}}}}"),
            session.Server.RequestLog.Lines[1]);
        var text = File.ReadAllText(((FileInfo)file.BaseObject).FullName);
        var date = ExportDate.Match(text).Groups[1].Value;
        Assert.Equal(
            "{\n" + DateLine + date + "\",\n  \"_type\": \"flow\",\n" +
            $"  \"applicationId\": \"{session.App}\",\n  \"customNodeVersions\": [\n  ],\n  \"customNodes\": [\n  ],\n" +
            "  \"description\": \"Pages the on-call team\",\n  \"enabled\": false,\n  \"flowClass\": \"cloud\",\n" +
            $"  \"flowId\": \"{id}\",\n  \"globals\": [\n  ],\n  \"id\": \"{versionId}\",\n  \"name\": \"Ops Alerts\",\n  \"nodes\": [\n  ],\n" +
            "  \"notes\": \"First release\",\n  \"triggers\": [\n  ],\n  \"version\": \"v1.0.0\"\n}\n",
            text);
    }

    [Fact]
    public void Piped_flows_from_Get_LosantFlow_are_exported_without_fetching()
    {
        var ops = SeedOpsFlow();
        var other = (string)session.Run("(New-LosantFlow -ApplicationId $args[0] -Name 'dev sandbox').id", session.App).Single().BaseObject;
        session.Server.RequestLog.Clear();

        var files = session.Run("Get-LosantFlow -ApplicationId $args[0] -Filter 'Ops*' | Export-LosantFlow -Path $args[1] | ForEach-Object Name", session.App, Backup);

        Assert.Equal([$"Ops Alerts.{ops}.flow"], files.Select(f => (string)f.BaseObject));
        Assert.Single(session.Server.RequestLog.Lines);
        Assert.False(File.Exists(Path.Combine(Backup, $"dev sandbox.{other}.flow")));
        var text = File.ReadAllText(Path.Combine(Backup, $"Ops Alerts.{ops}.flow"));
        Assert.Equal(ExpectedOpsExport(ops, ExportDate.Match(text).Groups[1].Value), text);

        session.Run("Get-LosantFlow -ApplicationId $args[0] | Export-LosantFlow -Path $args[1] -Filter x", out var errors, session.App, Backup);
        Assert.Equal("Losant.ListingParameterWithInput,LosantFlows.Commands.ExportLosantFlowCommand", Assert.Single(errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void A_piped_workflow_that_cannot_be_written_is_named_and_the_others_are_exported()
    {
        var files = session.Run(
            "$loop = [pscustomobject]@{ id = 'aaaaaaaaaaaaaaaaaaaaaaaa'; applicationId = $args[1]; name = 'loop' }; $loop | Add-Member -NotePropertyName self -NotePropertyValue $loop; " +
            "$loop, [pscustomobject]@{ id = 'bbbbbbbbbbbbbbbbbbbbbbbb'; applicationId = $args[1]; name = 'fine'; nodes = @(); triggers = @() } | Export-LosantFlow -Path $args[0] | ForEach-Object Name",
            out var errors, Backup, session.App);

        Assert.Equal(["fine.bbbbbbbbbbbbbbbbbbbbbbbb.flow"], files.Select(f => (string)f.BaseObject));
        var error = Assert.Single(errors);
        Assert.Equal("Losant.InvalidExportInput,LosantFlows.Commands.ExportLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal("Cannot export the workflow 'loop' (aaaaaaaaaaaaaaaaaaaaaaaa): $.self: the value contains a reference cycle.", error.Exception.Message);
    }

    [Fact]
    public void InputObject_takes_an_array_as_the_pipeline_does_and_a_workflow_without_name_is_named_by_id()
    {
        var files = session.Run(
            "$flows = @([pscustomobject]@{ id = 'bbbbbbbbbbbbbbbbbbbbbbbb'; applicationId = $args[1]; name = 'one'; nodes = @(); triggers = @() }, " +
            "[pscustomobject]@{ id = 'cccccccccccccccccccccccc'; applicationId = $args[1] }, " +
            "[pscustomobject]@{ id = 'dddddddddddddddddddddddd'; applicationId = $args[1]; name = '' }, " +
            "[pscustomobject]@{ id = 'eeeeeeeeeeeeeeeeeeeeeeee'; applicationId = $args[1]; name = 42 }); " +
            "Export-LosantFlow -ApplicationId $args[1] -InputObject $flows -Path $args[0] | ForEach-Object Name",
            out var errors, Backup, session.App);

        Assert.Equal(["one.bbbbbbbbbbbbbbbbbbbbbbbb.flow"], files.Select(f => (string)f.BaseObject));
        Assert.All(errors, error => Assert.Equal("Losant.ExportWithoutName,LosantFlows.Commands.ExportLosantFlowCommand", error.FullyQualifiedErrorId));
        Assert.Equal(
            [
                "The workflow cccccccccccccccccccccccc has no name, which an export file needs; give it one, or export it from Get-LosantFlow.",
                "The workflow dddddddddddddddddddddddd has an empty name, which an export file needs; give it one, or export it from Get-LosantFlow.",
                "The workflow eeeeeeeeeeeeeeeeeeeeeeee has a name that is a number, not text, which an export file needs; give it one, or export it from Get-LosantFlow.",
            ],
            errors.Select(e => e.Exception.Message));
    }

    [Fact]
    public void Piped_versions_from_Get_LosantFlowVersion_need_a_name_or_go_into_an_import_document()
    {
        var id = SeedOpsFlow();
        session.Run("$null = Import-LosantFlow -ApplicationId $args[0] -ImportData @{ flowVersions = @(@{ flowId = $args[1]; version = 'v2'; nodes = @(); triggers = @(); globals = @() }) }", session.App, id);

        var output = session.Run("Get-LosantFlowVersion -ApplicationId $args[0] -Version v2 | Export-LosantFlow -Path $args[1]", out var errors, session.App, Backup);

        Assert.Empty(output);
        Assert.Equal("Losant.ExportWithoutName,LosantFlows.Commands.ExportLosantFlowCommand", Assert.Single(errors).FullyQualifiedErrorId);
        Assert.Equal(
            $"The workflow version 'v2' of workflow {id} has no name: Losant's workflow versions carry only nodes, triggers and globals. Export it with " +
            "Export-LosantFlow -ApplicationId … -Version v2, which adds its workflow's name, description and icon, or add -AsImportDocument to write it as a flowVersions entry.",
            errors[0].Exception.Message);
        session.Run("Get-LosantFlowVersion -ApplicationId $args[0] -Version develop | Export-LosantFlow -Path $args[1]", out var developErrors, session.App, Backup);
        Assert.Equal(
            $"The workflow version 'develop' of workflow {id} has no name: Losant's workflow versions carry only nodes, triggers and globals. Export it with " +
            "Export-LosantFlow -ApplicationId … -Version develop, which adds its workflow's name, description and icon (an import document cannot carry a version named develop or default).",
            Assert.Single(developErrors).Exception.Message);

        var file = session.Run("$app = $args[0]; & { Get-LosantFlow -ApplicationId $app; Get-LosantFlowVersion -ApplicationId $app -Version v2 } | Export-LosantFlow -Path $args[1] -AsImportDocument", session.App, Backup).Single();
        var text = File.ReadAllText(((FileInfo)file.BaseObject).FullName);
        Assert.Contains($"  \"flowVersions\": [\n    {{\n      \"applicationId\": \"{session.App}\",\n      \"enabled\": false,\n      \"flowClass\": \"cloud\",\n      \"flowId\": \"{id}\",", text);
        var result = session.Run("Import-LosantFlow -ApplicationId $args[0] -Path $args[1]", session.OtherApp, ((FileInfo)file.BaseObject).FullName).Single();
        var version = (PSObject)((object[])result.Properties["flowVersions"].Value).Single();
        var flow = (PSObject)((object[])result.Properties["flows"].Value).Single();
        Assert.Equal("v2", version.Properties["version"].Value);
        Assert.Equal(flow.Properties["id"].Value, version.Properties["flowId"].Value);
    }

    [Fact]
    public void IncludeCustomNodes_bundles_the_custom_nodes_a_flow_uses()
    {
        var node = (string)session.Run("(New-LosantFlow -ApplicationId $args[0] -Name 'Helper' -FlowClass customNode).id", session.App).Single().BaseObject;
        var user = (string)session.Run(
            "(New-LosantFlow -ApplicationId $args[0] -Flow @{ name = 'User'; nodes = @(@{ id = 'n1'; type = 'CustomNodeNode'; config = @{ flowId = $args[1] }; meta = @{}; outputIds = @() }) }).id",
            session.App, node).Single().BaseObject;

        session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] -IncludeCustomNodes", session.App, Backup);
        session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1]", session.App, Path.Combine(folder.FullName, "plain"));

        var text = File.ReadAllText(Path.Combine(Backup, $"User.{user}.flow"));
        Assert.Contains("includeCustomNodes=true", session.Server.RequestLog.Lines[^2]);
        Assert.Contains($"  \"customNodes\": [\n    {{\n      \"applicationId\": \"{session.App}\",\n      \"enabled\": false,\n      \"flowClass\": \"customNode\",\n      \"flowId\": \"{node}\",\n      \"globals\": [\n      ],\n      \"id\": \"{node}\",\n      \"name\": \"Helper\",", text);
        Assert.DoesNotContain("creationDate", text);
        Assert.Contains("  \"customNodes\": [\n  ],", File.ReadAllText(Path.Combine(folder.FullName, "plain", $"User.{user}.flow")));
    }

    private string SeedOpsFlow() => (string)session.Run(
        "(New-LosantFlow -ApplicationId $args[0] -Flow ([ordered]@{ name = 'Ops Alerts'; enabled = $true; description = 'Pages the on-call team'; " +
        "globals = @([ordered]@{ key = 'threshold'; json = '5' }); triggers = @(); nodes = @([ordered]@{ type = 'DebugNode'; id = 'n1'; " +
        "meta = [ordered]@{ y = 60; x = 120; name = 'debug'; label = 'Debug'; description = ''; category = 'output' }; " +
        "config = [ordered]@{ property = ''; message = 'caf\u00e9 \"quoted\"' }; outputIds = @() }) })).id",
        session.App).Single().BaseObject;

    private string ExpectedOpsExport(string id, string date) =>
        "{\n" + DateLine + date + "\",\n" +
        "  \"_type\": \"flow\",\n" +
        $"  \"applicationId\": \"{session.App}\",\n" +
        "  \"customNodeVersions\": [\n  ],\n" +
        "  \"customNodes\": [\n  ],\n" +
        "  \"description\": \"Pages the on-call team\",\n" +
        "  \"enabled\": true,\n" +
        "  \"flowClass\": \"cloud\",\n" +
        "  \"globals\": [\n    {\n      \"json\": \"5\",\n      \"key\": \"threshold\"\n    }\n  ],\n" +
        $"  \"id\": \"{id}\",\n" +
        "  \"name\": \"Ops Alerts\",\n" +
        "  \"nodes\": [\n    {\n      \"config\": {\n        \"message\": \"caf\u00e9 \\\"quoted\\\"\",\n        \"property\": \"\"\n      },\n" +
        "      \"id\": \"n1\",\n" +
        "      \"meta\": {\n        \"category\": \"output\",\n        \"description\": \"\",\n        \"label\": \"Debug\",\n        \"name\": \"debug\",\n        \"x\": 120,\n        \"y\": 60\n      },\n" +
        "      \"outputIds\": [\n      ],\n" +
        "      \"type\": \"DebugNode\"\n    }\n  ],\n" +
        "  \"triggers\": [\n  ]\n" +
        "}\n";
}
