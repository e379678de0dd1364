namespace LosantFlows.Tests.Cmdlets;

/// <summary>
/// The exact request line each cmdlet sends for each parameter combination, held against the official clients'
/// captures (API-NOTES §1.5): global parameters first, apiInfo.json parameter order, RFC 3986 percent-encoding,
/// compact JSON for <c>query</c>, lower-case booleans.
/// </summary>
public sealed class WireFormatTests : IAsyncLifetime
{
    private const string App = "575ec8687ae143cd83dc4a97";
    private const string Globals = "_actions=false&_links=true&_embedded=true";
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync(App);

    public async Task DisposeAsync() => await session.DisposeAsync();

    public static TheoryData<string, string> RequestLines => new()
    {
        { "Get-LosantFlow -ApplicationId $app -Page 0", $"GET /applications/{App}/flows?{Globals}&page=0" },
        { "Get-LosantFlow -ApplicationId $app", $"GET /applications/{App}/flows?{Globals}&page=0" },
        { "Get-LosantFlow -ApplicationId $app -SortField lastUpdated -SortDirection desc -Page 2 -PerPage 50", $"GET /applications/{App}/flows?{Globals}&sortField=lastUpdated&sortDirection=desc&page=2&perPage=50" },
        { "Get-LosantFlow -ApplicationId $app -Page 0 -Filter 'a&b=c#d+e%f g*ü'", $"GET /applications/{App}/flows?{Globals}&page=0&filterField=name&filter=a%26b%3Dc%23d%2Be%25f%20g%2A%C3%BC" },
        { "Get-LosantFlow -ApplicationId $app -Page 0 -FlowClass edge -IncludeCustomNodes", $"GET /applications/{App}/flows?{Globals}&page=0&flowClass=edge&includeCustomNodes=true" },
        { "Get-LosantFlow -ApplicationId $app -Page 0 -TriggerFilter @{ key = 'k 1' }", $"GET /applications/{App}/flows?{Globals}&page=0&triggerFilter%5B0%5D%5Bkey%5D=k%201" },
        { "Get-LosantFlow -ApplicationId $app -Page 0 -TriggerFilter ([pscustomobject]@{ type = 'webhook' }), @{ type = 'timer'; key = 'é' }", $"GET /applications/{App}/flows?{Globals}&page=0&triggerFilter%5B0%5D%5Btype%5D=webhook&triggerFilter%5B1%5D%5Btype%5D=timer&triggerFilter%5B1%5D%5Bkey%5D=%C3%A9" },
        { "Get-LosantFlow -ApplicationId $app -Page 0 -Query ([ordered]@{ name = [ordered]@{ '$eq' = 'a+b & c=d#%' } }) -AllVersions", $"GET /applications/{App}/flows?{Globals}&page=0&query=%7B%22name%22%3A%7B%22%24eq%22%3A%22a%2Bb%20%26%20c%3Dd%23%25%22%7D%7D&allVersions=true" },
        { "Get-LosantFlow -ApplicationId $app -Page 0 -Query '{ \"enabled\" : true }'", $"GET /applications/{App}/flows?{Globals}&page=0&query=%7B%22enabled%22%3Atrue%7D" },
        { "Get-LosantFlowVersion -ApplicationId $app -Version 'v1 & ü#' -Page 0", $"GET /applications/{App}/flows/version?{Globals}&page=0&version=v1%20%26%20%C3%BC%23" },
        { "Get-LosantFlowVersion -ApplicationId $app -Version v1.0.0 -Page 0 -FlowId 575ed18f7ae143cd83dc4aa6", $"GET /applications/{App}/flows/version?{Globals}&page=0&version=v1.0.0&query=%7B%22flowId%22%3A%22575ed18f7ae143cd83dc4aa6%22%7D" },
        { "Get-LosantFlowPalette -ApplicationId $app", $"GET /applications/{App}/flows/palette?{Globals}" },
        { "New-LosantFlow -ApplicationId $app -Name 'My New Workflow'", $"POST /applications/{App}/flows?{Globals}" },
        { "New-LosantFlow -ApplicationId $app -Name x -IncludeCustomNodes", $"POST /applications/{App}/flows?{Globals}&includeCustomNodes=true" },
        { "Import-LosantFlow -ApplicationId $app -ImportData @{ flows = @(@{ name = 'x' }) }", $"POST /applications/{App}/flows/import?{Globals}" },
    };

    [Theory]
    [MemberData(nameof(RequestLines))]
    public void Sends_the_exact_request_line(string script, string expected)
    {
        session.Run("$app = $args[0]; " + script, App);

        Assert.Equal(expected, Assert.Single(session.Server.RequestLog.Lines));
    }

    [Theory]
    [InlineData("Get-LosantFlow -ApplicationId $app -Page 0 -LosantDomain example.com")]
    [InlineData("Get-LosantFlowVersion -ApplicationId $app -Version develop -Page 0 -LosantDomain example.com")]
    [InlineData("Get-LosantFlowPalette -ApplicationId $app -LosantDomain example.com")]
    [InlineData("New-LosantFlow -ApplicationId $app -Name x -LosantDomain example.com")]
    [InlineData("Import-LosantFlow -ApplicationId $app -ImportData @{ flows = @(@{ name = 'x' }) } -LosantDomain example.com")]
    public void Sends_losantdomain_as_a_header_and_the_standard_headers(string script)
    {
        session.Run("$app = $args[0]; " + script, App);

        var headers = Assert.Single(session.Server.RequestLog.Entries).Headers;
        Assert.Equal("example.com", headers["losantdomain"]);
        Assert.Equal("application/json", headers["Accept"]);
        Assert.Equal("^1.30.0", headers["Accept-Version"]);
        Assert.Equal("Bearer standin-token", headers["Authorization"]);
    }
}
