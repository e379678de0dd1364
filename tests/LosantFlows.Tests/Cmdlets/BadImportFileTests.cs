namespace LosantFlows.Tests.Cmdlets;

/// <summary>Import files that cannot be used: a clear error naming the file, nothing sent, the process alive.</summary>
public sealed class BadImportFileTests : IAsyncLifetime
{
    private CmdletSession session = null!;
    private DirectoryInfo folder = null!;

    public async Task InitializeAsync()
    {
        session = await CmdletSession.StartAsync();
        folder = Directory.CreateTempSubdirectory("losantflows-bad-");
    }

    public async Task DisposeAsync()
    {
        folder.Delete(true);
        await session.DisposeAsync();
    }

    [Theory]
    [InlineData("empty.flow", "", "{0} is empty; expected a workflow export or an import document.")]
    [InlineData("spaces.flow", "  \n\t ", "{0} is empty; expected a workflow export or an import document.")]
    [InlineData("array.flow", "[{\"name\":\"x\"}]", "{0} holds an array; expected a workflow export or an import document {{flows, flowVersions}}.")]
    [InlineData("scalar.flow", "42", "{0} holds a number; expected a workflow export or an import document {{flows, flowVersions}}.")]
    [InlineData("text.json", "\"ops\"", "{0} holds text; expected a workflow export or an import document {{flows, flowVersions}}.")]
    [InlineData("null.flow", "null", "{0} holds null; expected a workflow export or an import document {{flows, flowVersions}}.")]
    [InlineData("text.flow", "name: x", "{0}: Invalid JSON at line 1, position 2: 'name: x' is an invalid JSON literal. Expected the literal 'null'.")]
    [InlineData("case.flow", "{\"name\":\"x\",\"nodes\":[{\"config\":{\"message\":1,\"Message\":2}}]}", "{0}: The JSON object has the keys 'message' and 'Message', which differ only in case; PowerShell properties are case-insensitive.")]
    [InlineData("reserved.flow", "{\"name\":\"x\",\"nodes\":[{\"psobject\":1}]}", "{0}: A JSON object has the key 'psobject' (at byte 23), a name PowerShell reserves for its own members.")]
    [InlineData("second-line.flow", "{\n  \"name\": \"x\",,\n}", "{0}: Invalid JSON at line 2, position 15: ',' is an invalid start of a property name. Expected a '\"'.")]
    public void A_file_that_is_not_a_workflow_is_named_and_nothing_is_sent(string name, string content, string message)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, content);

        session.Run("Import-LosantFlow -ApplicationId $args[1] -LiteralPath $args[0]", out var errors, path, session.App);

        Assert.Equal(string.Format(message, path), errors[0].Exception.Message);
        Assert.Equal(path, errors[0].TargetObject);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void A_file_that_does_not_exist_is_FileNotFound_as_with_Path()
    {
        var path = Path.Combine(folder.FullName, "missing.flow");

        session.Run("Import-LosantFlow -ApplicationId $args[1] -LiteralPath $args[0]", out var errors, path, session.App);

        Assert.Equal("Losant.FileNotFound,LosantFlows.Commands.ImportLosantFlowCommand", errors[0].FullyQualifiedErrorId);
        Assert.Equal($"The file '{path}' does not exist.", errors[0].Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void A_file_nested_100000_levels_deep_is_a_clear_error_not_a_crash()
    {
        var path = Path.Combine(folder.FullName, "deep.flow");
        File.WriteAllText(path, new string('[', 100_000) + new string(']', 100_000));

        session.Run("Import-LosantFlow -ApplicationId $args[1] -LiteralPath $args[0]", out var errors, path, session.App);

        Assert.StartsWith($"{path}: ", errors[0].Exception.Message);
        Assert.Contains("deeper than 1024 levels", errors[0].Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void A_200_MB_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(folder.FullName, "huge.flow");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024);
        }

        session.Run("Import-LosantFlow -ApplicationId $args[1] -LiteralPath $args[0]", out var errors, path, session.App);

        Assert.Equal(
            $"{path} is 200 MiB; import files are read up to 100 MiB. Split it into smaller files (one import takes at most 1000 workflows anyway).",
            errors[0].Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }
}
