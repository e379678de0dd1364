using System.Diagnostics;
using System.Text.Json.Nodes;
using LosantFlows.Completion;
using LosantFlows.StandIn;

namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// Tab completion through TabExpansion2 in the module's runspace: -Filter completes flow names and -Version version
/// names by asking the in-process stand-in (cached 30 s, given up after 2 s, silent on failure); the enumerated
/// parameters complete from their ValidateSet.
/// </summary>
public sealed class CompletionTests
{
    private const string Globals = "_actions=false&_links=true&_embedded=true";

    private static string[] Complete(CmdletSession session, string line) =>
        session.Run("param($line) (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText", line)
            .Select(o => (string)o.BaseObject).ToArray();

    private static (string OpsDeploy, string Operators, string Opsboard, string Alpha) Seed(CmdletSession session)
    {
        var state = session.Server.State;
        string Flow(string name, string flowClass = "cloud") =>
            (string)state.SeedFlow(session.App, new JsonObject { ["name"] = name, ["flowClass"] = flowClass })["id"]!;
        var opsDeploy = Flow("Ops Deploy");
        var operators = Flow("Operator's flow");
        var opsboard = Flow("Opsboard");
        var alpha = Flow("Alpha");
        Flow("Ops Edge", "edge");
        Flow("OpsEdge2", "edge");
        foreach (var version in new[] { "v1.0.0", "v2", "release" })
        {
            state.SeedVersion(session.App, opsDeploy, new JsonObject { ["version"] = version });
        }

        state.SeedVersion(session.App, opsboard, new JsonObject { ["version"] = "v2" });
        state.SeedVersion(session.App, opsboard, new JsonObject { ["version"] = "v10 beta" });
        session.Server.RequestLog.Clear();
        return (opsDeploy, operators, opsboard, alpha);
    }

    [Fact]
    public async Task Filter_completes_the_applications_flow_names_quoted_where_needed()
    {
        await using var session = await CmdletSession.StartAsync();
        Seed(session);

        var names = Complete(session, $"Get-LosantFlow -ApplicationId '{session.App}' -Filter Op");

        Assert.Equal(["'Operator''s flow'", "'Ops Deploy'", "Opsboard"], names);
        Assert.Equal(
            [$"GET /applications/{session.App}/flows?{Globals}&perPage=50&filterField=name&filter=Op%2A"],
            session.Server.RequestLog.Lines);
    }

    [Fact]
    public async Task Filter_takes_the_typed_quote_off_the_prefix()
    {
        await using var session = await CmdletSession.StartAsync();
        Seed(session);

        Assert.Equal(["'Ops Deploy'", "Opsboard"], Complete(session, $"Get-LosantFlow -ApplicationId '{session.App}' -Filter 'Ops"));
    }

    [Fact]
    public async Task FlowClass_narrows_the_names()
    {
        await using var session = await CmdletSession.StartAsync();
        Seed(session);

        var names = Complete(session, $"Get-LosantFlow -ApplicationId '{session.App}' -FlowClass edge -Filter Op");

        Assert.Equal(["'Ops Edge'", "OpsEdge2"], names);
        Assert.Equal(
            [$"GET /applications/{session.App}/flows?{Globals}&perPage=50&filterField=name&filter=Op%2A&flowClass=edge"],
            session.Server.RequestLog.Lines);
    }

    [Fact]
    public async Task Filter_uses_the_connection_given_by_Connection()
    {
        await using var session = await CmdletSession.StartAsync();
        Seed(session);
        session.Run("$global:completionConnection = Connect-Losant -Endpoint $args[0] -Token (ConvertTo-SecureString $args[1] -AsPlainText -Force) -PassThru; Disconnect-Losant",
            session.Server.BaseAddress, session.Server.Token);

        var names = Complete(session, $"Get-LosantFlow -Connection $completionConnection -ApplicationId '{session.App}' -Filter Opsb");

        Assert.Equal(["Opsboard"], names);
    }

    [Fact]
    public async Task Version_completes_the_version_names_of_the_applications_flows()
    {
        await using var session = await CmdletSession.StartAsync();
        var (opsDeploy, operators, opsboard, alpha) = Seed(session);

        var names = Complete(session, $"Get-LosantFlowVersion -ApplicationId '{session.App}' -Version v");

        Assert.Equal(["v1.0.0", "'v10 beta'", "v2"], names);
        var lines = session.Server.RequestLog.Lines;
        Assert.Equal($"GET /applications/{session.App}/flows?{Globals}&perPage=25", lines[0]);
        Assert.Equal(
            new[] { opsDeploy, operators, opsboard, alpha }.Select(id => $"GET /applications/{session.App}/flows/{id}/versions?{Globals}&perPage=50&filterField=version&filter=v%2A").Order(),
            lines.Skip(1).Order());
    }

    [Fact]
    public async Task Version_with_FlowId_asks_only_that_flow_and_offers_develop()
    {
        await using var session = await CmdletSession.StartAsync();
        var (opsDeploy, _, _, _) = Seed(session);

        var names = Complete(session, $"Get-LosantFlowVersion -ApplicationId '{session.App}' -FlowId '{opsDeploy}' -Version ");

        Assert.Equal(["develop", "release", "v1.0.0", "v2"], names);
        Assert.Equal(
            [$"GET /applications/{session.App}/flows/{opsDeploy}/versions?{Globals}&perPage=50&filterField=version&filter=%2A"],
            session.Server.RequestLog.Lines);
    }

    [Fact]
    public async Task A_second_completion_within_30_seconds_sends_no_request()
    {
        await using var session = await CmdletSession.StartAsync();
        Seed(session);
        var filterLine = $"Get-LosantFlow -ApplicationId '{session.App}' -Filter Op";
        var versionLine = $"Get-LosantFlowVersion -ApplicationId '{session.App}' -Version v";
        var firstNames = Complete(session, filterLine);
        var firstVersions = Complete(session, versionLine);
        var sent = session.Server.RequestLog.Count;

        Assert.Equal(firstNames, Complete(session, filterLine));
        Assert.Equal(firstVersions, Complete(session, versionLine));
        Assert.Equal(sent, session.Server.RequestLog.Count);
        Assert.Equal(1 + 1 + 4, sent);
    }

    [Fact]
    public async Task A_stalled_server_gives_no_results_and_the_next_completion_asks_again()
    {
        await using var session = await CmdletSession.StartAsync();
        Seed(session);
        session.Server.State.InjectFaults(new Fault(FaultKind.Delay, DelayMs: 5000));
        var line = $"Get-LosantFlow -ApplicationId '{session.App}' -Filter Op";

        var clock = Stopwatch.StartNew();
        var names = Complete(session, line);
        clock.Stop();

        Assert.Empty(names);
        Assert.Equal([$"GET /applications/{session.App}/flows?{Globals}&perPage=50&filterField=name&filter=Op%2A"], session.Server.RequestLog.Lines);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4.5), $"completion waited {clock.Elapsed} for a server that stalls 5 s");
        Assert.Equal(["'Operator''s flow'", "'Ops Deploy'", "Opsboard"], Complete(session, line));
        Assert.Equal(2, session.Server.RequestLog.Count);
    }

    [Fact]
    public async Task A_failing_server_gives_no_results_and_no_error()
    {
        await using var session = await CmdletSession.StartAsync();
        Seed(session);
        session.Server.State.InjectFaults(new Fault(FaultKind.ServerError, Times: 2));

        Assert.Empty(Complete(session, $"Get-LosantFlow -ApplicationId '{session.App}' -Filter Op"));
        Assert.Empty(Complete(session, $"Get-LosantFlowVersion -ApplicationId '{session.App}' -Version v"));
        Assert.Equal(2, session.Server.RequestLog.Count);
    }

    [Theory]
    [InlineData("Get-LosantFlow -Filter Op")]
    [InlineData("Get-LosantFlow -ApplicationId 'not-an-application' -Filter Op")]
    [InlineData("Get-LosantFlow -ApplicationId '5f1e2d3c4b5a69788776655' -Filter Op")]
    [InlineData("Get-LosantFlowVersion -Version v")]
    [InlineData("Get-LosantFlowVersion -ApplicationId 'zz1e2d3c4b5a697887766554' -Version v")]
    [InlineData("Get-LosantFlowVersion -ApplicationId '5f1e2d3c4b5a697887766554' -FlowId 'not-a-flow' -Version v")]
    public async Task A_missing_or_invalid_id_gives_nothing_and_sends_nothing(string line)
    {
        await using var session = await CmdletSession.StartAsync();
        Seed(session);

        Assert.Empty(Complete(session, line));
        Assert.Equal(0, session.Server.RequestLog.Count);
    }

    [Theory]
    [InlineData("SortField", new[] { "name", "id", "creationDate", "lastUpdated" })] // PowerShell offers a ValidateSet sorted.
    [InlineData("SortDirection", new[] { "asc", "desc" })]
    [InlineData("FlowClass", new[] { "cloud", "edge", "embedded", "customNode", "experience" })]
    [InlineData("FilterField", new[] { "name" })]
    public async Task Enumerated_parameters_complete_from_their_ValidateSet(string parameter, string[] validateSet)
    {
        await using var session = await CmdletSession.StartAsync();
        var values = validateSet.Order(StringComparer.OrdinalIgnoreCase).ToArray();

        Assert.Equal(values, Complete(session, $"Get-LosantFlow -ApplicationId '{session.App}' -{parameter} "));
        Assert.Equal(values, Complete(session, $"Get-LosantFlowVersion -ApplicationId '{session.App}' -Version v1 -{parameter} "));
        Assert.Equal(0, session.Server.RequestLog.Count);
    }

    [Fact]
    public void The_cache_stays_within_its_bound_and_keeps_the_newest_answer()
    {
        var prefix = Guid.NewGuid().ToString("N");
        Parallel.For(0, CompletionCache.Capacity + 40, i => CompletionCache.Set(CompletionCache.Key(prefix, i.ToString()), [i.ToString()]));
        CompletionCache.Set(CompletionCache.Key(prefix, "last"), ["newest"]);

        Assert.True(CompletionCache.Count <= CompletionCache.Capacity, $"{CompletionCache.Count} entries");
        Assert.True(CompletionCache.TryGet(CompletionCache.Key(prefix, "last"), out var values));
        Assert.Equal(["newest"], values);
        Assert.False(CompletionCache.TryGet(CompletionCache.Key(prefix, "never stored"), out _));
    }

    [Theory]
    [InlineData("Opsboard", "Opsboard")]
    [InlineData("Ops Deploy", "'Ops Deploy'")]
    [InlineData("Bob's flow", "'Bob''s flow'")]
    [InlineData("-dash", "'-dash'")]
    [InlineData("1e3", "'1e3'")]
    [InlineData("a$b", "'a$b'")]
    [InlineData("", "''")]
    public void Values_are_quoted_only_when_they_need_it(string value, string expected) =>
        Assert.Equal(expected, CompletionText.Quote(value));

    [Theory]
    [InlineData("Op", "Op")]
    [InlineData("'Op", "Op")]
    [InlineData("'Bob''s", "Bob's")]
    [InlineData("\"Ops D\"", "Ops D")]
    [InlineData("", "")]
    public void The_typed_quote_is_taken_off_the_prefix(string word, string expected) =>
        Assert.Equal(expected, CompletionText.Prefix(word));
}
