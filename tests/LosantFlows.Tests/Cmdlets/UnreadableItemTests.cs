using System.Net.Http.Headers;
using System.Text;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// A workflow PowerShell cannot hold (keys that differ only in case) never comes from the module, and when the API holds
/// one anyway it is reported by name while the rest of the application is still listed, exported and returned as JSON.
/// </summary>
public sealed class UnreadableItemTests : IAsyncLifetime
{
    private const string CaseKeys = """{"id":"n1","type":"DebugNode","config":{"message":"a","Message":"b"},"meta":{},"outputIds":[]}""";
    private CmdletSession session = null!;
    private DirectoryInfo folder = null!;

    public async Task InitializeAsync()
    {
        session = await CmdletSession.StartAsync();
        folder = Directory.CreateTempSubdirectory("losantflows-unreadable-");
    }

    public async Task DisposeAsync()
    {
        folder.Delete(true);
        await session.DisposeAsync();
    }

    [Theory]
    [InlineData("New-LosantFlow -ApplicationId $args[0] -Flow $h", "The flow was not sent: Losant would store it as given, and PowerShell objects could not hold it when listed. The JSON object has the keys 'message' and 'Message', which differ only in case; PowerShell properties are case-insensitive. Rename or remove that key.")]
    [InlineData("Import-LosantFlow -ApplicationId $args[0] -ImportData $h", "The importData was not sent: Losant would store it as given, and PowerShell objects could not hold it when listed. The JSON object has the keys 'message' and 'Message', which differ only in case; PowerShell properties are case-insensitive. Rename or remove that key.")]
    public void A_case_sensitive_hashtable_that_could_not_be_read_back_is_refused_before_sending(string command, string message)
    {
        session.Run($"$h = '{{\"name\":\"x\",\"nodes\":[{CaseKeys}],\"triggers\":[]}}' | ConvertFrom-Json -AsHashtable; {command}", out var errors, session.App);

        Assert.Equal(message, Assert.Single(errors).Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Theory]
    [InlineData("New-LosantFlow -ApplicationId $args[0] -Flow $h", "The workflow has the fields 'name' and 'Name', which differ only in case; keep one.")]
    [InlineData("Import-LosantFlow -ApplicationId $args[0] -ImportData $h", "-ImportData: the fields 'name' and 'Name' differ only in case; keep one.")]
    [InlineData("Import-LosantFlow -ApplicationId $args[0] -ImportData ('{\"flows\":[],\"Flows\":[]}' | ConvertFrom-Json -AsHashtable)", "-ImportData has the keys 'flows' and 'Flows', which differ only in case; keep one.")]
    public void Fields_that_differ_only_in_case_are_refused_on_every_path(string command, string message)
    {
        session.Run("$h = '{\"name\":\"a\",\"Name\":\"b\",\"nodes\":[],\"triggers\":[]}' | ConvertFrom-Json -AsHashtable; " + command, out var errors, session.App);

        Assert.Equal(message, errors[0].Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void An_export_read_with_ConvertFrom_Json_imports_with_its_export_date_as_text()
    {
        var sample = Path.Combine(folder.FullName, "dated.flow");
        File.WriteAllText(sample, """{"name":"dated","_type":"flow","_exportDate":"2026-11-29T08:00:00.000Z","nodes":[],"triggers":[]}""");

        session.Run("Import-LosantFlow -ApplicationId $args[0] -ImportData (Get-Content -Raw $args[1] | ConvertFrom-Json)", session.App, sample);

        Assert.Equal("""{"flows":[{"name":"dated","_type":"flow","_exportDate":"2026-11-29T08:00:00.000Z","nodes":[],"triggers":[]}],"flowVersions":[]}""",
            Assert.Single(session.Server.RequestLog.Entries).Body);
    }

    [Fact]
    public async Task A_workflow_the_API_holds_that_PowerShell_cannot_is_named_and_the_others_are_listed_exported_and_sent_as_JSON()
    {
        session.SeedFlows(session.App, 3);
        var id = await ImportBehindTheModuleAsync("""{"flows":[{"name":"cased","nodes":[""" + CaseKeys + """],"triggers":[]}]}""");

        var names = session.Run("Get-LosantFlow -ApplicationId $args[0] -SortField name | ForEach-Object name", out var errors, session.App);

        Assert.Equal(new[] { "flow-00", "flow-01", "flow-02" }, names.Select(n => (string)n.BaseObject));
        var error = Assert.Single(errors);
        Assert.Equal("Losant.UnreadableItem,LosantFlows.Commands.GetLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal(
            $"The workflow 'cased' ({id}), item 1 of the page, in the answer to flows.get cannot be read: The JSON object has the keys 'message' and 'Message', which differ only in case; PowerShell properties are case-insensitive.",
            error.Exception.Message);

        var json = (string)session.Run("Get-LosantFlow -ApplicationId $args[0] -SortField name -AsJson", session.App).Single().BaseObject;
        Assert.Contains("\"message\":\"a\",\"Message\":\"b\"", json);

        var files = session.Run("Export-LosantFlow -ApplicationId $args[0] -Path $args[1] | ForEach-Object Name", out var exportErrors, session.App, folder.FullName);
        Assert.Equal(3, files.Count);
        Assert.Equal("Losant.UnreadableItem,LosantFlows.Commands.ExportLosantFlowCommand", Assert.Single(exportErrors).FullyQualifiedErrorId);
    }

    [Fact]
    public async Task Skip_and_First_count_unreadable_items_in_their_places_whatever_the_page_size()
    {
        var cased = "[" + CaseKeys + "]";
        await ImportBehindTheModuleAsync(
            "{\"flows\":[{\"name\":\"u0\"},{\"name\":\"u1\",\"nodes\":" + cased + "},{\"name\":\"u2\",\"nodes\":" + cased + "}," +
            "{\"name\":\"u3\",\"nodes\":" + cased + "},{\"name\":\"u4\"},{\"name\":\"u5\"}]}");

        foreach (var perPage in new[] { 1, 2, 3, 100 })
        {
            var names = session.Run($"(Get-LosantFlow -ApplicationId $args[0] -Filter 'u*' -PerPage {perPage} -Skip 3).name", out var errors, session.App);
            Assert.Equal(new[] { "u4", "u5" }, names.Select(n => (string)n.BaseObject));
            Assert.StartsWith("The workflow 'u3' (", Assert.Single(errors).Exception.Message);

            var first = session.Run($"Get-LosantFlow -ApplicationId $args[0] -Filter 'u*' -PerPage {perPage} -Skip 1 -First 3 | ForEach-Object name", out var firstErrors, session.App);
            Assert.Empty(first);
            Assert.Equal(3, firstErrors.Count);
        }
    }

    [Fact]
    public async Task An_unreadable_workflow_version_is_named_by_its_version_and_workflow()
    {
        var id = await ImportBehindTheModuleAsync("""{"flows":[{"name":"cased","nodes":[""" + CaseKeys + """],"triggers":[]}]}""");

        session.Run("Get-LosantFlowVersion -ApplicationId $args[0] -Version develop", out var errors, session.App);

        var error = Assert.Single(errors);
        Assert.Equal(id, error.TargetObject);
        Assert.Equal(
            $"The version 'develop' of the workflow ({id}), item 1 of the page, in the answer to flows.getByVersion cannot be read: The JSON object has the keys 'message' and 'Message', which differ only in case; PowerShell properties are case-insensitive.",
            error.Exception.Message);
    }

    private async Task<string> ImportBehindTheModuleAsync(string document)
    {
        using var client = new HttpClient { BaseAddress = session.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Server.Token);
        using var response = await client.PostAsync($"applications/{session.App}/flows/import", new StringContent(document, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadAsStringAsync();
        using var parsed = System.Text.Json.JsonDocument.Parse(answer);
        return parsed.RootElement.GetProperty("flows")[0].GetProperty("id").GetString()!;
    }
}
