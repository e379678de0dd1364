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
    public void Plain_http_to_another_machine_is_accepted_with_AllowInsecureEndpoint()
    {
        var connection = session.Run("Connect-Losant -Endpoint http://api.example.com -Token (ConvertTo-SecureString t -AsPlainText -Force) -AllowInsecureEndpoint -PassThru").Single();

        Assert.Equal(new Uri("http://api.example.com/"), connection.Properties["Endpoint"].Value);
    }
}
