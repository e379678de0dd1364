using System.Net;
using System.Runtime.InteropServices;
using System.Security;
using LosantFlows.Engine;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>POST /auth/user (userCredentials.json → authedUser.json).</summary>
public sealed class AuthenticationTests
{
    private const string Password = "p@ss w\u00f6rd\"\\";

    [Fact]
    public async Task Posts_the_credentials_and_returns_the_token_as_a_SecureString()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, """{"userId":"5f0000000000000000000001","token":"user-token-xyz"}""");
        var observer = new RecordingObserver();

        using var token = await LosantClient.AuthenticateUserAsync(Options(), handler, "ops@example.com", Secure(Password), "123456", observer, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("POST /auth/user?" + Globals, request.RequestLine);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"email":"ops@example.com","password":"p@ss w\u00F6rd\u0022\\","twoFactorCode":"123456"}""", request.BodyText);
        Assert.Equal("user-token-xyz", Plain(token));
        Assert.True(token.IsReadOnly());
        Assert.DoesNotContain(observer.All, m => m.Contains("user-token-xyz", StringComparison.Ordinal) || m.Contains("ss w", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_two_factor_code_the_member_is_left_out()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.OK, """{"token":"t"}""");

        using var token = await LosantClient.AuthenticateUserAsync(Options(null), handler, "a@b.c", Secure("pw"), null, null, CancellationToken.None);

        Assert.Equal("""{"email":"a@b.c","password":"pw"}""", Assert.Single(handler.Requests).BodyText);
    }

    [Fact]
    public async Task A_401_throws_LosantApiException_without_the_password()
    {
        var handler = FakeHandler.Answering(HttpStatusCode.Unauthorized, """{"type":"Unauthorized","message":"Invalid email or password"}""");

        var error = await Assert.ThrowsAsync<LosantApiException>(() =>
            LosantClient.AuthenticateUserAsync(Options(), handler, "a@b.c", Secure(Password), null, null, CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("Unauthorized", error.ErrorType);
        Assert.Equal("Losant API POST /auth/user answered 401 Unauthorized: Invalid email or password", error.Message);
        Assert.DoesNotContain("ss w", error.ToString(), StringComparison.Ordinal);
    }

    private static string Plain(SecureString secure)
    {
        var pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
        try
        {
            return Marshal.PtrToStringUni(pointer)!;
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }
}
