using System.Collections;
using System.Net;
using System.Text.RegularExpressions;
using LosantFlows.Engine;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>Verbose/Debug reporting, and that the token never reaches the observer.</summary>
public sealed class ObserverTests
{
    [Fact]
    public async Task One_verbose_line_per_request_with_method_path_query_status_and_milliseconds()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var observer = new RecordingObserver();

        await Flows(handler).GetAsync(AppId, new FlowListQuery { Filter = "a" }, observer, CancellationToken.None);

        var line = Assert.Single(observer.VerboseLines);
        Assert.Matches(
            "^" + Regex.Escape("GET /applications/575ec8687ae143cd83dc4a97/flows?" + Globals + "&filter=a  200 OK  (") + @"\d+ ms\)$",
            line);
    }

    [Fact]
    public async Task Debug_shows_bodies_and_headers_but_never_the_token()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Created, """{"name":"n","id":"1"}""");
        var observer = new RecordingObserver();

        await Flows(handler).PostAsync(AppId, new Hashtable { ["name"] = "n" }, false, null, observer, CancellationToken.None);

        Assert.Equal(2, observer.DebugLines.Count);
        var request = observer.DebugLines.First();
        var response = observer.DebugLines.Last();
        Assert.StartsWith("HTTP request POST /applications/575ec8687ae143cd83dc4a97/flows?" + Globals + Environment.NewLine, request);
        Assert.Contains("Accept-Version: ^1.30.0" + Environment.NewLine, request);
        Assert.EndsWith(Environment.NewLine + """{"name":"n"}""", request);
        Assert.StartsWith("HTTP response 201 Created" + Environment.NewLine, response);
        Assert.EndsWith(Environment.NewLine + """{"name":"n","id":"1"}""", response);
        Assert.DoesNotContain(observer.All, m => m.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(observer.All, m => m.Contains("Authorization", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task No_debug_text_is_built_when_debug_lines_are_not_shown()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Created, """{"name":"n","id":"1"}""");
        var observer = new RecordingObserver { WantsDebug = false };

        await Flows(handler).PostAsync(AppId, new Hashtable { ["name"] = "n" }, false, null, observer, CancellationToken.None);

        Assert.Empty(observer.DebugLines);
        Assert.Single(observer.VerboseLines);
    }

    [Fact]
    public async Task Debug_bodies_are_cut_at_4_KB()
    {
        var big = "{\"items\":[],\"count\":0,\"pad\":\"" + new string('x', 10_000) + "\"}";
        Assert.Equal(10031, big.Length);
        var handler = FakeHandler.Answering(HttpStatusCode.OK, big);
        var observer = new RecordingObserver();

        await Flows(handler).GetAsync(AppId, new FlowListQuery(), observer, CancellationToken.None);

        var response = observer.DebugLines.Last();
        var body = response.Substring(response.IndexOf("{\"items\"", StringComparison.Ordinal));
        Assert.Equal(big.Substring(0, 4096) + "… (10031 bytes in all)", body);
    }

    [Fact]
    public async Task Without_an_observer_nothing_is_reported_and_the_request_still_succeeds()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        var page = await Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

        Assert.Empty(page.Items);
    }
}
