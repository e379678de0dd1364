namespace LosantFlows.Tests.Cmdlets;

/// <summary>Connect-Losant refuses what cannot work or would be unsafe, with an error that says what to do.</summary>
public sealed class ConnectLosantTests : IAsyncLifetime
{
    private CmdletSession session = null!;

    public async Task InitializeAsync() => session = await CmdletSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Theory]
    [InlineData("Connect-Losant -Credential ([pscredential]::Empty)", "Losant.IncompleteCredential", "-Credential needs the Losant account's e-mail address as user name and its password.")]
    [InlineData("Connect-Losant -Token (New-Object securestring)", "Losant.EmptyToken", "-Token is empty. Give a Losant API token (Losant: Application > Security > Application Tokens).")]
    [InlineData("Connect-Losant -Endpoint http://api.example.com -Token (ConvertTo-SecureString t -AsPlainText -Force)", "Losant.InvalidEndpoint", "-Endpoint 'http://api.example.com/' is plain http:// to another machine, which would send the API token unencrypted. Use https://, or add -AllowInsecureEndpoint to Connect-Losant if you really mean it.")]
    [InlineData("Connect-Losant -Endpoint ftp://example.com -Token (ConvertTo-SecureString t -AsPlainText -Force)", "Losant.InvalidEndpoint", "-Endpoint 'ftp://example.com/' must be an absolute http:// or https:// URI such as https://api.losant.com.")]
    [InlineData("Connect-Losant -Endpoint api.losant.com -Token (ConvertTo-SecureString t -AsPlainText -Force)", "Losant.InvalidEndpoint", "-Endpoint 'api.losant.com' must be an absolute http:// or https:// URI such as https://api.losant.com.")]
    public void Refuses_with_a_message_that_says_what_to_do(string script, string errorId, string message)
    {
        session.Run(script, out var errors);

        var error = Assert.Single(errors);
        Assert.Equal($"{errorId},LosantFlows.Commands.ConnectLosantCommand", error.FullyQualifiedErrorId);
        Assert.Equal(message, error.Exception.Message);
    }

    [Fact]
    public void An_unreachable_endpoint_stops_the_pipeline_with_one_terminating_error()
    {
        session.Run(
            "Connect-Losant -Endpoint http://127.0.0.1:1 -Token (ConvertTo-SecureString t -AsPlainText -Force) -MaximumRetryCount 0; " +
            "$args[0], $args[0] | Get-LosantFlow",
            out var errors,
            session.App);

        var error = Assert.Single(errors);
        Assert.Equal("Losant.ConnectionFailed,LosantFlows.Commands.GetLosantFlowCommand", error.FullyQualifiedErrorId);
        Assert.Equal($"Losant API GET /applications/{session.App}/flows could not reach http://127.0.0.1:1: Connection refused", error.Exception.Message);
        Assert.Empty(session.Server.RequestLog.Lines);
    }

    [Fact]
    public void The_connection_keeps_its_retry_timeout_and_proxy_settings()
    {
        var connection = session.Run(
            "Connect-Losant -Endpoint $args[0] -Token (ConvertTo-SecureString t -AsPlainText -Force) -MaximumRetryCount 7 -MaximumRetryTimeSec 30 -TimeoutSec 15 -Proxy http://127.0.0.1:3128 -PassThru",
            session.Server.BaseAddress).Single();

        Assert.Equal(7, connection.Properties["MaximumRetryCount"].Value);
        Assert.Equal(30, connection.Properties["MaximumRetryTimeSec"].Value);
        Assert.Equal(15, connection.Properties["TimeoutSec"].Value);
        Assert.Equal(new Uri("http://127.0.0.1:3128/"), connection.Properties["Proxy"].Value);
    }

    [Fact]
    public void Plain_http_to_another_machine_is_accepted_with_AllowInsecureEndpoint()
    {
        var connection = session.Run("Connect-Losant -Endpoint http://api.example.com -Token (ConvertTo-SecureString t -AsPlainText -Force) -AllowInsecureEndpoint -PassThru").Single();

        Assert.Equal(new Uri("http://api.example.com/"), connection.Properties["Endpoint"].Value);
    }
}
