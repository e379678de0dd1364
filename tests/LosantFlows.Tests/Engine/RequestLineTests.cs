using System.Collections;
using System.Net;
using System.Net.Http;
using LosantFlows.Engine;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>Request lines compared byte for byte with the JS client captures in API-NOTES §1.5.</summary>
public sealed class RequestLineTests
{
    private const string JsCaptureLine =
        "GET /applications/575ec8687ae143cd83dc4a97/flows?_actions=false&_links=true&_embedded=true&page=0&perPage=10&filterField=name&filter=my%2Aflow&flowClass=cloud&triggerFilter%5B0%5D%5Btype%5D=webhook&triggerFilter%5B0%5D%5Bkey%5D=575ed78e7ae143cd83dc4aab&triggerFilter%5B1%5D%5Btype%5D=deviceId&includeCustomNodes=true&query=%7B%22%24or%22%3A%5B%7B%22name%22%3A%7B%22%24ne%22%3A%22flowie%22%7D%7D%2C%7B%22enabled%22%3Afalse%7D%5D%7D&allVersions=true";

    [Fact]
    public async Task Get_reproduces_the_JS_capture_exactly()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var advancedQuery = new Hashtable
        {
            ["$or"] = new object[] { new Hashtable { ["name"] = new Hashtable { ["$ne"] = "flowie" } }, new Hashtable { ["enabled"] = false } },
        };
        var query = new FlowListQuery
        {
            Page = 0,
            PerPage = 10,
            FilterField = "name",
            Filter = "my*flow",
            FlowClass = "cloud",
            TriggerFilter = new[]
            {
                new TriggerFilterEntry { Type = "webhook", Key = "575ed78e7ae143cd83dc4aab" },
                new TriggerFilterEntry { Type = "deviceId" },
            },
            Query = PSJson.SerializeToString(advancedQuery),
            IncludeCustomNodes = true,
            AllVersions = true,
            LosantDomain = "example.com",
        };

        await Flows(handler).GetAsync(AppId, query, null, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("""{"$or":[{"name":{"$ne":"flowie"}},{"enabled":false}]}""", query.Query);
        Assert.Equal(JsCaptureLine, request.RequestLine);
        Assert.Equal("http://127.0.0.1:18765" + JsCaptureLine.Substring(4), request.AbsoluteUri);
        Assert.Equal("example.com", request.Headers["losantdomain"]);
    }

    [Fact]
    public async Task Get_with_nothing_set_sends_only_the_global_parameters()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        await Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

        Assert.Equal("GET /applications/575ec8687ae143cd83dc4a97/flows?" + Globals, Assert.Single(handler.Requests).RequestLine);
    }

    [Fact]
    public async Task Get_puts_sort_parameters_first_and_booleans_in_lower_case()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var query = new FlowListQuery
        {
            AllVersions = false,
            IncludeCustomNodes = false,
            SortDirection = "desc",
            SortField = "lastUpdated",
            PerPage = 1000,
            Page = 3,
        };

        await Flows(handler).GetAsync(AppId, query, null, CancellationToken.None);

        Assert.Equal(
            "GET /applications/575ec8687ae143cd83dc4a97/flows?" + Globals
            + "&sortField=lastUpdated&sortDirection=desc&page=3&perPage=1000&includeCustomNodes=false&allVersions=false",
            Assert.Single(handler.Requests).RequestLine);
    }

    [Fact]
    public async Task GetByVersion_matches_the_capture()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);

        await Flows(handler).GetByVersionAsync(AppId, "v1.0.0", new FlowListQuery(), null, CancellationToken.None);

        Assert.Equal("GET /applications/575ec8687ae143cd83dc4a97/flows/version?" + Globals + "&version=v1.0.0",
            Assert.Single(handler.Requests).RequestLine);
    }

    [Fact]
    public async Task GetByVersion_places_version_after_flowClass_and_before_triggerFilter_and_never_sends_allVersions()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, EmptyPage);
        var query = new FlowListQuery
        {
            FlowClass = "edge",
            Filter = "a",
            TriggerFilter = new[] { new TriggerFilterEntry { Key = "k1" } },
            Query = """{"flowId":"000000000000000000000000"}""",
            AllVersions = true,
        };

        await Flows(handler).GetByVersionAsync(AppId, "v2", query, null, CancellationToken.None);

        Assert.Equal(
            "GET /applications/575ec8687ae143cd83dc4a97/flows/version?" + Globals
            + "&filter=a&flowClass=edge&version=v2&triggerFilter%5B0%5D%5Bkey%5D=k1"
            + "&query=%7B%22flowId%22%3A%22000000000000000000000000%22%7D",
            Assert.Single(handler.Requests).RequestLine);
    }

    [Fact]
    public async Task Palette_matches_the_capture()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, """{"applicationId":"575ec8687ae143cd83dc4a97","customNodes":[]}""");

        await Flows(handler).GetPaletteAsync(AppId, null, null, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("GET /applications/575ec8687ae143cd83dc4a97/flows/palette?" + Globals, request.RequestLine);
        Assert.Null(request.Body);
        Assert.False(request.Headers.ContainsKey("losantdomain"));
    }

    [Fact]
    public async Task Post_matches_the_capture_with_includeCustomNodes()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Created, """{"id":"5f0000000000000000000001","name":"My New Workflow"}""");

        await Flows(handler).PostAsync(AppId, new Hashtable { ["name"] = "My New Workflow" }, true, null, null, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("POST /applications/575ec8687ae143cd83dc4a97/flows?" + Globals + "&includeCustomNodes=true", request.RequestLine);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"name":"My New Workflow"}""", request.BodyText);
    }

    [Fact]
    public async Task Post_without_includeCustomNodes_sends_no_such_parameter()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Created, """{"name":"x"}""");

        await Flows(handler).PostAsync(AppId, new Hashtable { ["name"] = "x" }, false, "example.com", null, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("POST /applications/575ec8687ae143cd83dc4a97/flows?" + Globals, request.RequestLine);
        Assert.Equal("example.com", request.Headers["losantdomain"]);
    }

    [Fact]
    public async Task Import_matches_the_capture()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Created, """{"flows":[],"flowVersions":[],"importedFlowIdMap":{},"importedVersionIdMap":{}}""");
        var importData = new System.Collections.Specialized.OrderedDictionary
        {
            ["flows"] = new object[] { new Hashtable { ["name"] = "x" } },
            ["flowVersions"] = Array.Empty<object>(),
        };

        await Flows(handler).ImportAsync(AppId, importData, null, null, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("POST /applications/575ec8687ae143cd83dc4a97/flows/import?" + Globals, request.RequestLine);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"flows":[{"name":"x"}],"flowVersions":[]}""", request.BodyText);
    }

    [Theory]
    [InlineData("575ec8687ae143cd83dc4a9")]
    [InlineData("575ec8687ae143cd83dc4a97/../x")]
    [InlineData("575ec8687ae143cd83dc4a9g")]
    [InlineData("")]
    public async Task An_application_id_that_is_not_24_hex_characters_is_refused_before_sending(string bad)
    {
        var handler = new FakeHandler();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Flows(handler).GetAsync(bad, new FlowListQuery(), null, CancellationToken.None));

        Assert.Equal($"ApplicationId '{bad}' is not a valid Losant id: expected 24 hexadecimal characters. (Parameter 'applicationId')", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("575ec8687ae143cd83dc4a97", true)]
    [InlineData("575EC8687AE143CD83DC4A97", true)]
    [InlineData("575ec8687ae143cd83dc4a9", false)]
    [InlineData("575ec8687ae143cd83dc4a97 ", false)]
    [InlineData(null, false)]
    public void IsValidId_accepts_exactly_24_hex_digits(string? value, bool expected) =>
        Assert.Equal(expected, LosantIds.IsValidId(value));
}
