using System.Management.Automation;

namespace LosantFlows.Tests.Cmdlets;

public sealed class GetLosantFlowTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync()
    {
        session = await CmdletSession.StartAsync("5f1e2d3c4b5a697887766554", "575ec8687ae143cd83dc4a97");
        session.SeedFlows(session.App, 10);
    }

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public void Sends_the_request_line_the_official_JS_client_sends()
    {
        session.Run(
            "Get-LosantFlow -ApplicationId 575ec8687ae143cd83dc4a97 -Page 0 -PerPage 10 -FilterField name -Filter 'my*flow' -FlowClass cloud " +
            "-TriggerFilter @{ type = 'webhook'; key = '575ed78e7ae143cd83dc4aab' }, @{ type = 'deviceId' } -IncludeCustomNodes " +
            "-Query '{\"$or\":[{\"name\":{\"$ne\":\"flowie\"}},{\"enabled\":false}]}' -AllVersions -LosantDomain example.com");

        var request = Assert.Single(session.Server.RequestLog.Entries);
        Assert.Equal(
            "GET /applications/575ec8687ae143cd83dc4a97/flows?_actions=false&_links=true&_embedded=true&page=0&perPage=10&filterField=name&filter=my%2Aflow&flowClass=cloud&triggerFilter%5B0%5D%5Btype%5D=webhook&triggerFilter%5B0%5D%5Bkey%5D=575ed78e7ae143cd83dc4aab&triggerFilter%5B1%5D%5Btype%5D=deviceId&includeCustomNodes=true&query=%7B%22%24or%22%3A%5B%7B%22name%22%3A%7B%22%24ne%22%3A%22flowie%22%7D%7D%2C%7B%22enabled%22%3Afalse%7D%5D%7D&allVersions=true",
            request.Line);
        Assert.Equal("example.com", request.Headers["losantdomain"]);
        Assert.Equal("Bearer standin-token", request.Headers["Authorization"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.Equal("^1.30.0", request.Headers["Accept-Version"]);
    }

    [Fact]
    public void Select_First_3_sends_one_request()
    {
        var names = session.Run($"Get-LosantFlow -ApplicationId {session.App} -PerPage 5 | Select-Object -First 3 -ExpandProperty name");

        Assert.Equal(new[] { "flow-00", "flow-01", "flow-02" }, names.Select(n => n.BaseObject));
        Assert.Equal(
            new[] { $"GET /applications/{session.App}/flows?_actions=false&_links=true&_embedded=true&page=0&perPage=5" },
            session.Server.RequestLog.Lines);
    }

    [Fact]
    public void Streams_every_page_in_order()
    {
        var names = session.Run($"(Get-LosantFlow -ApplicationId {session.App} -PerPage 4).name");

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"flow-{i:d2}"), names.Select(n => n.BaseObject));
        Assert.Equal(
            new[] { "page=0", "page=1", "page=2" },
            session.Server.RequestLog.Lines.Select(l => l.Split('&').Single(p => p.StartsWith("page="))));
    }

    [Fact]
    public void First_and_Skip_request_only_the_pages_they_need()
    {
        var names = session.Run($"(Get-LosantFlow -ApplicationId {session.App} -PerPage 4 -Skip 5 -First 2).name");

        Assert.Equal(new[] { "flow-05", "flow-06" }, names.Select(n => n.BaseObject));
        Assert.Single(session.Server.RequestLog.Lines);
        Assert.Contains("&page=1", session.Server.RequestLog.Lines[0]);
    }

    [Fact]
    public void With_Page_First_and_Skip_count_within_that_page()
    {
        var names = session.Run($"(Get-LosantFlow -ApplicationId {session.App} -Page 1 -PerPage 4 -Skip 1 -First 2).name");

        Assert.Equal(new[] { "flow-05", "flow-06" }, names.Select(n => n.BaseObject));
        Assert.Single(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void With_AsJson_Skip_and_First_choose_the_pages_and_end_the_paging()
    {
        var pages = session.Run($"Get-LosantFlow -ApplicationId {session.App} -PerPage 4 -Skip 5 -First 4 -AsJson");

        Assert.Equal(2, pages.Count);
        Assert.Equal(new[] { "&page=1&perPage=4", "&page=2&perPage=4" }, session.Server.RequestLog.Lines.Select(l => l.Substring(l.IndexOf("&page=", StringComparison.Ordinal))));
        Assert.Contains("\"flow-04\"", (string)pages[0].BaseObject);
    }

    [Fact]
    public void IncludeTotalCount_writes_the_total_first()
    {
        var output = session.Run($"$r = Get-LosantFlow -ApplicationId {session.App} -PerPage 4 -First 1 -IncludeTotalCount; $r.Count; \"$($r[0])\"; $r[1].name");

        Assert.Equal(new object[] { 2, "10", "flow-00" }, output.Select(o => o.BaseObject));
    }

    [Fact]
    public void Flow_objects_carry_the_type_name_and_UTC_dates()
    {
        var flow = session.Run($"Get-LosantFlow -ApplicationId {session.App} -First 1").Single();

        Assert.Equal("Losant.Flow", flow.TypeNames[0]);
        Assert.Equal("flow-00", flow.Properties["name"].Value);
        Assert.Equal(DateTimeKind.Utc, Assert.IsType<DateTime>(flow.Properties["creationDate"].Value).Kind);
        Assert.Equal(session.App, flow.Properties["applicationId"].Value);
    }

    [Fact]
    public void An_unknown_application_is_a_non_terminating_NotFound_error()
    {
        var output = session.Run("Get-LosantFlow -ApplicationId aaaaaaaaaaaaaaaaaaaaaaaa; 'after'", out var errors);

        Assert.Equal(new object[] { "after" }, output.Select(o => o.BaseObject));
        var error = Assert.Single(errors);
        Assert.Equal("Losant.NotFound,LosantFlows.Commands.GetLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaa", error.TargetObject);
        Assert.Equal("Application was not found (GET /applications/aaaaaaaaaaaaaaaaaaaaaaaa/flows answered 404 NotFound)", error.ErrorDetails.Message);
        Assert.Equal("Check the application id: the token must belong to that application or its organization.", error.ErrorDetails.RecommendedAction);
        Assert.Equal(404, ((LosantFlows.Engine.LosantApiException)error.Exception).StatusCode);
    }

    [Theory]
    [InlineData("5f1e2d3c4b5a69788776655")]
    [InlineData("5f1e2d3c4b5a69788776655/")]
    [InlineData("../../5f1e2d3c4b5a697887")]
    [InlineData("5f1e2d3c4b5a6978877%2F54")]
    [InlineData("5f1e2d3c4b5a697887766554\r\nX-Evil: 1")]
    public void A_malformed_application_id_is_refused_before_anything_is_sent(string applicationId)
    {
        session.Run("Get-LosantFlow -ApplicationId $args[0]", out var errors, applicationId);

        var error = Assert.Single(errors);
        Assert.Equal("ParameterArgumentValidationError,LosantFlows.Commands.GetLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Contains("is not a Losant id: an id is 24 hexadecimal characters", error.Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Theory]
    [InlineData("-PerPage 0", "PerPage", "The 0 argument is less than the minimum allowed range of 1.")]
    [InlineData("-PerPage -5", "PerPage", "The -5 argument is less than the minimum allowed range of 1.")]
    [InlineData("-Page -1", "Page", "The -1 argument is less than the minimum allowed range of 0.")]
    public void Paging_values_out_of_range_are_refused_before_sending(string arguments, string parameter, string reason)
    {
        session.Run($"Get-LosantFlow -ApplicationId {session.App} {arguments}", out var errors);

        var error = Assert.Single(errors);
        Assert.Equal("ParameterArgumentValidationError,LosantFlows.Commands.GetLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal($"Cannot validate argument on parameter '{parameter}'. {reason} Supply an argument that is greater than or equal to {(parameter == "Page" ? 0 : 1)} and then try the command again.", error.Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void Version_listing_sends_the_version_parameter()
    {
        var versions = session.Run($"Get-LosantFlowVersion -ApplicationId {session.App} -Version develop -Filter 'flow-0[0]*' -PerPage 2 -Page 0");

        Assert.Equal(
            $"GET /applications/{session.App}/flows/version?_actions=false&_links=true&_embedded=true&page=0&perPage=2&filterField=name&filter=flow-0%5B0%5D%2A&version=develop",
            Assert.Single(session.Server.RequestLog.Lines));
        Assert.All(versions, v => Assert.Equal("Losant.FlowVersion", v.TypeNames[0]));
    }
}
