using System.Collections;
using System.Management.Automation;
using System.Net;
using LosantFlows.Engine;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>What the Flows actions give back: type names, envelope numbers, top-level dates.</summary>
public sealed class FlowResultTests
{
    private const string FlowJson =
        """{"id":"575ed18f7ae143cd83dc4aa6","name":"ops","creationDate":"2016-06-13T04:00:00.000Z","lastUpdated":"2016-06-13T04:00:00.123Z","nodes":[{"id":"n1","config":{"when":"2016-06-13T04:00:00.000Z"}}],"stats":{"runCount":0}}""";

    [Fact]
    public async Task Get_returns_the_envelope_numbers_and_typed_items_with_UTC_dates()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK,
            "{\"items\":[" + FlowJson + "],\"count\":1,\"totalCount\":4,\"perPage\":1,\"page\":2,\"applicationId\":\"575ec8687ae143cd83dc4a97\"}");

        var page = await Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

        Assert.Equal((1L, 4L, 2L, 1L), (page.Count, page.TotalCount, page.Page, page.PerPage));
        var flow = Assert.Single(page.Items);
        Assert.Equal("Losant.Flow", flow.TypeNames[0]);
        var created = Assert.IsType<DateTime>(flow.Properties["creationDate"].Value);
        Assert.Equal(new DateTime(2016, 6, 13, 4, 0, 0, DateTimeKind.Utc), created);
        Assert.Equal(DateTimeKind.Utc, created.Kind);
        Assert.Equal(new DateTime(2016, 6, 13, 4, 0, 0, 123, DateTimeKind.Utc), flow.Properties["lastUpdated"].Value);
        var node = Assert.IsType<PSObject>(Assert.IsType<object?[]>(flow.Properties["nodes"].Value)[0]);
        Assert.Equal("2016-06-13T04:00:00.000Z", Assert.IsType<PSObject>(node.Properties["config"].Value).Properties["when"].Value);
        Assert.Equal(0, Assert.IsType<PSObject>(flow.Properties["stats"].Value).Properties["runCount"].Value);
    }

    [Fact]
    public async Task GetByVersion_items_are_FlowVersions()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, """{"items":[{"id":"a","version":"v1"},{"id":"b","version":"v1"}],"count":2,"totalCount":2,"perPage":100,"page":0}""");

        var page = await Flows(handler).GetByVersionAsync(AppId, "v1", new FlowListQuery(), null, CancellationToken.None);

        Assert.Equal(new[] { "Losant.FlowVersion", "Losant.FlowVersion" }, page.Items.Select(i => i.TypeNames[0]));
        Assert.Equal(new[] { "a", "b" }, page.Items.Select(i => i.Properties["id"].Value));
    }

    [Fact]
    public async Task Import_result_types_its_flows_and_versions()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Created,
            "{\"flows\":[" + FlowJson + "],\"flowVersions\":[{\"id\":\"v\",\"creationDate\":\"2020-01-02T03:04:05.000Z\"}],"
            + "\"importedFlowIdMap\":{\"575ed18f7ae143cd83dc4aa6\":\"575efbcc7ae143cd83dc4aae\"},\"importedVersionIdMap\":{}}");

        var result = await Flows(handler).ImportAsync(AppId, new Hashtable { ["flows"] = Array.Empty<object>() }, null, null, CancellationToken.None);

        Assert.Equal("Losant.FlowImportResult", result.TypeNames[0]);
        var flow = Assert.IsType<PSObject>(Assert.Single(Assert.IsType<object?[]>(result.Properties["flows"].Value)));
        Assert.Equal("Losant.Flow", flow.TypeNames[0]);
        Assert.IsType<DateTime>(flow.Properties["creationDate"].Value);
        var version = Assert.IsType<PSObject>(Assert.Single(Assert.IsType<object?[]>(result.Properties["flowVersions"].Value)));
        Assert.Equal("Losant.FlowVersion", version.TypeNames[0]);
        Assert.Equal(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc), version.Properties["creationDate"].Value);
        Assert.Equal("575efbcc7ae143cd83dc4aae", Assert.IsType<PSObject>(result.Properties["importedFlowIdMap"].Value).Properties["575ed18f7ae143cd83dc4aa6"].Value);
    }

    [Fact]
    public async Task Palette_types_the_result_and_each_custom_node()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK,
            """{"applicationId":"575ec8687ae143cd83dc4a97","customNodes":[{"id":"1","name":"A","version":"develop","compatibleFlowClasses":{"cloud":true}},{"id":"2","name":"B","version":"Version 2","flowVersionId":"61f407b56dd9921e15f2b031"}]}""");

        var palette = await Flows(handler).GetPaletteAsync(AppId, null, null, CancellationToken.None);

        Assert.Equal("Losant.Palette", palette.TypeNames[0]);
        var nodes = Assert.IsType<object?[]>(palette.Properties["customNodes"].Value).Cast<PSObject>().ToArray();
        Assert.Equal(new[] { "Losant.PaletteNode", "Losant.PaletteNode" }, nodes.Select(n => n.TypeNames[0]));
        Assert.Equal(new[] { "develop", "Version 2" }, nodes.Select(n => n.Properties["version"].Value));
    }

    [Fact]
    public async Task Post_returns_the_created_flow_typed_with_dates()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Created, FlowJson);

        var flow = await Flows(handler).PostAsync(AppId, new Hashtable { ["name"] = "ops" }, false, null, null, CancellationToken.None);

        Assert.Equal("Losant.Flow", flow.TypeNames[0]);
        Assert.Equal("ops", flow.Properties["name"].Value);
        Assert.Equal(new DateTime(2016, 6, 13, 4, 0, 0, DateTimeKind.Utc), flow.Properties["creationDate"].Value);
    }

    [Fact]
    public async Task A_flow_from_Get_posts_back_with_dates_in_ISO_form()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, "{\"items\":[" + FlowJson + "],\"count\":1,\"totalCount\":1,\"perPage\":100,\"page\":0}");
        var flow = Assert.Single((await Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None)).Items);

        Assert.Equal(
            """{"id":"575ed18f7ae143cd83dc4aa6","name":"ops","creationDate":"2016-06-13T04:00:00.0000000Z","lastUpdated":"2016-06-13T04:00:00.1230000Z","nodes":[{"id":"n1","config":{"when":"2016-06-13T04:00:00.000Z"}}],"stats":{"runCount":0}}""",
            PSJson.SerializeToString(flow));
    }

    [Fact]
    public async Task An_answer_that_is_not_a_JSON_object_is_a_FormatException()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, "[]");

        var error = await Assert.ThrowsAsync<FormatException>(() => Flows(handler).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None));

        Assert.Equal("The Losant API answer to flows.get is not the expected JSON object: expected a JSON object, found an array.", error.Message);
    }
}
