namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// What the API sent, and what a file holds, reaches the next request unchanged: the views and deferred values behind
/// the faster paths write exactly what a full reading would, numbers as written.
/// </summary>
public sealed class PassThroughBodyTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public void An_import_file_is_sent_with_its_values_as_written_and_the_server_fields_dropped()
    {
        var path = Path.Combine(Path.GetTempPath(), $"losantflows-pass-{Guid.NewGuid():N}.flow");
        File.WriteAllText(path, """
            {
              "name": "ops", "creationDate": "2016-06-13T04:00:00.000Z", "_type": "flow",
              "globals": [{ "key": "limit", "type": "number", "value": 1.0 }],
              "nodes": [{ "id": "n1", "type": "MathNode", "config": { "factor": 1.50, "big": 1e5, "text": "é \u00e9 \ud83d\ude00" } }],
              "triggers": []
            }
            """);
        try
        {
            session.Run($"Import-LosantFlow -ApplicationId {session.App} -Path '{path}' -WarningAction SilentlyContinue");
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(
            """{"flows":[{"name":"ops","_type":"flow","globals":[{"key":"limit","json":"1.0"}],"nodes":[{"id":"n1","type":"MathNode","config":{"factor":1.50,"big":1e5,"text":"é é \uD83D\uDE00"}}],"triggers":[]}],"flowVersions":[]}""",
            Assert.Single(session.Server.RequestLog.Entries).Body);
    }

    [Fact]
    public void Obsolete_globals_keep_their_values_and_the_warning_names_those_that_had_none()
    {
        var warning = session.Run(
            $"Import-LosantFlow -ApplicationId {session.App} -ImportData '{{\"name\":\"g\",\"globals\":[{{\"key\":\"a\",\"type\":\"string\",\"value\":\"hi\"}},{{\"key\":\"b\",\"type\":\"number\"}},{{\"key\":\"c\",\"json\":\"1\"}}]}}' -WarningVariable w -WarningAction SilentlyContinue | Out-Null; $w[0].Message").Single();

        Assert.Equal(
            "-ImportData: 2 global(s) in the obsolete {key, type} shape were converted to {key, json}: a, b. 1 had no value and got the empty value of their type; set their values after the import: b.",
            warning.BaseObject);
        Assert.Equal(
            """{"flows":[{"name":"g","globals":[{"key":"a","json":"\"hi\""},{"key":"b","json":"0"},{"key":"c","json":"1"}]}],"flowVersions":[]}""",
            Assert.Single(session.Server.RequestLog.Entries).Body);
    }

    [Fact]
    public void A_listed_workflow_sent_back_to_New_LosantFlow_carries_its_nodes_as_received()
    {
        session.Run($"Import-LosantFlow -ApplicationId {session.App} -ImportData '{{\"flows\":[{{\"name\":\"src\",\"nodes\":[{{\"id\":\"n1\",\"type\":\"DebugNode\",\"config\":{{\"x\":2.50}}}}],\"triggers\":[]}}]}}'");

        session.Run($"Get-LosantFlow -ApplicationId {session.App} -Filter src | New-LosantFlow -ApplicationId {session.App}");

        var body = session.Server.RequestLog.Entries.Last().Body;
        Assert.Contains("\"nodes\":[{\"id\":\"n1\",\"type\":\"DebugNode\",\"config\":{\"x\":2.50}}]", body);
    }
}
