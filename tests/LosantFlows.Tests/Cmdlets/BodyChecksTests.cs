namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// Bodies the module can tell break the schema (flowPost.json, flowsImportPost.json) are refused before sending,
/// with an error that names the field.
/// </summary>
public sealed class BodyChecksTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    public static TheoryData<string, string> RefusedImports => new()
    {
        { "@{ flows = @(@{ description = 'no name' }) }", "-ImportData flows[0]: 'name' must be text of 1 to 255 characters; the workflow has none." },
        { "@{ flows = @(@{ name = 'x' * 256 }) }", "-ImportData flows[0]: 'name' must be text of 1 to 255 characters; it has 256." },
        { "@{ flows = @(@{ name = 'ok' }, @{ name = 'x'; color = @{ r = 1 } }) }", "-ImportData flows[1]: the field 'color' is not part of the import schema; only text of at most 1024 characters may be added. Remove the field or fix its name (defined fields: id, applicationId, name, description, shortDescription, iconData, docsUrl, category, enabled, triggers, nodes, globals, flowClass, defaultVersionId, minimumAgentVersion, customNodeConfig, customNodeSupports)." },
        { "@{ flows = @(); flowVersions = @(@{ notes = 'no version' }) }", "-ImportData flowVersions[0]: a workflow version needs a 'version' name." },
        { "@{ flows = @(); flowVersions = @(@{ version = 'Develop' }) }", "-ImportData flowVersions[0]: the version name 'Develop' is Losant's own (develop is the workflow being edited, default the one that runs); an import can only add named versions. Give it another name, or import the workflow itself from a workflow export." },
        { "@{ flows = @(); extra = 1 }", "-ImportData is an import document with the key 'extra'; only 'flows' and 'flowVersions' are allowed." },
        { "'[1,2]'", "-ImportData holds an array; expected a workflow export or an import document {flows, flowVersions}." },
        { "@(@{ name = 'a' }, @{ name = 'b' })", "-ImportData holds an array; expected a workflow export or an import document {flows, flowVersions}." },
        { "' '", "-ImportData is empty text; expected a workflow export or an import document {flows, flowVersions} as JSON, or an object." },
        { "'{\"name\":5}'", "-ImportData: 'name' must be text of 1 to 255 characters; it is a number." },
        { "'{\"flows\":[{\"name\":\"a\"}],\"Flows\":[{\"name\":\"b\"}]}'", "-ImportData: The JSON object has the keys 'flows' and 'Flows', which differ only in case; PowerShell properties are case-insensitive." },
        { "'{\"name\":\"a\",\"nodes\":[{\"config\":{\"x\":1e400}}]}'", "-ImportData: The JSON number 1e400 is outside the range of a double." },
        { "'{\"name\":\"a\",}'", "-ImportData: Invalid JSON at line 1, position 13: The JSON object contains a trailing comma at the end which is not supported in this mode." },
        { "@{ flows = @(@{ name = 'x'; _exportDate = 'y' * 1025 }) }", "-ImportData flows[0]: the field '_exportDate' is not part of the import schema; only text of at most 1024 characters may be added. Remove the field or fix its name (defined fields: id, applicationId, name, description, shortDescription, iconData, docsUrl, category, enabled, triggers, nodes, globals, flowClass, defaultVersionId, minimumAgentVersion, customNodeConfig, customNodeSupports)." },
    };

    [Theory]
    [MemberData(nameof(RefusedImports))]
    public void Import_refuses_a_body_the_schema_rejects_and_sends_nothing(string importData, string message)
    {
        session.Run($"Import-LosantFlow -ApplicationId {session.App} -ImportData ({importData})", out var errors);

        Assert.Equal(message, errors[0].Exception.Message);
        Assert.Equal("Losant.InvalidImportFile,LosantFlows.Commands.ImportLosantFlowCommand", errors[0].FullyQualifiedErrorId);
        Assert.Equal("Losant.ImportNotSent,LosantFlows.Commands.ImportLosantFlowCommand", errors[^1].FullyQualifiedErrorId);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void Import_drops_the_fields_the_API_sets_itself()
    {
        var result = session.Run(
            $"Import-LosantFlow -ApplicationId {session.App} -ImportData @{{ flows = @([ordered]@{{ name = 'x'; stats = @{{ runCount = 3 }}; creationDate = [datetime]'2024-01-01'; _type = 'flow' }}) }}").Single();

        Assert.Single(session.Server.RequestLog.Lines);
        Assert.Equal("x", ((System.Management.Automation.PSObject)((object[])result.Properties["flows"].Value)[0]).Properties["name"].Value);
    }

    public static TheoryData<string, string> RefusedPosts => new()
    {
        { "-Flow @{ description = 'no name' }", "The workflow has no 'name'; Workflow Post requires a name of 1 to 255 characters." },
        { "-Flow @{ name = 'x' * 256 }", "The workflow's 'name' has 256 characters; at most 255 are allowed." },
        { "-Name ('x' * 256)", "The workflow's 'name' has 256 characters; at most 255 are allowed." },
        { "-Flow @{ name = 'x'; color = 'red' }", "The workflow has the field 'color', which Workflow Post does not define. Allowed fields: name, description, shortDescription, iconData, docsUrl, category, enabled, triggers, nodes, globals, flowClass, minimumAgentVersion, customNodeConfig, customNodeSupports." },
        { "-Flow '{\"name\":5}'", "The workflow's 'name' is a number; Workflow Post requires text of 1 to 255 characters." },
        { "-Flow '{\"name\":\"\"}'", "The workflow's 'name' is empty; Workflow Post requires a name of 1 to 255 characters." },
        { "-Flow '{\"name\":'", "-Flow cannot be read: Invalid JSON at line 1, position 9: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed." },
    };

    [Fact]
    public void New_upgrades_obsolete_globals_as_Import_does_and_says_so()
    {
        var warning = session.Run(
            $"New-LosantFlow -ApplicationId {session.App} -Name g -Globals @{{ key = 'a'; type = 'string'; value = 'v' }}, @{{ key = 'b'; type = 'boolean' }} -WarningVariable w -WarningAction SilentlyContinue | Out-Null; $w[0].Message").Single();

        Assert.Equal(
            "-Globals: 2 global(s) in the obsolete {key, type} shape were converted to {key, json}: a, b. 1 had no value and got the empty value of their type; set their values after the import: b.",
            warning.BaseObject);
        Assert.Equal("""{"name":"g","globals":[{"key":"a","json":"\"v\""},{"key":"b","json":"false"}]}""", Assert.Single(session.Server.RequestLog.Entries).Body);
    }

    [Theory]
    [MemberData(nameof(RefusedPosts))]
    public void New_refuses_a_body_the_schema_rejects_and_sends_nothing(string arguments, string message)
    {
        session.Run($"New-LosantFlow -ApplicationId {session.App} {arguments}", out var errors);

        var error = Assert.Single(errors);
        Assert.Equal(message, error.Exception.Message);
        Assert.Equal("Losant.InvalidFlow,LosantFlows.Commands.NewLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Empty(session.Server.RequestLog.Lines);
    }
}
