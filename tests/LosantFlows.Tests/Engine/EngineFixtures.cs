using System.Security;
using LosantFlows.Engine;

namespace LosantFlows.Tests.Engine;

internal static class EngineFixtures
{
    public const string AppId = "575ec8687ae143cd83dc4a97";
    public const string Token = "tok123-secret-value";
    public const string Globals = "_actions=false&_links=true&_embedded=true";

    public static SecureString Secure(string value)
    {
        var secure = new SecureString();
        foreach (var c in value) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }

    public static LosantClientOptions Options(string? token = Token) => new()
    {
        Endpoint = new Uri("http://127.0.0.1:18765"),
        Token = token == null ? null : Secure(token),
        UserAgent = "LosantFlows/test (PowerShell)",
        Timing = FastTiming,
    };

    /// <summary>Backoff from 1 ms and Retry-After waits cut to 20 ms, so that retrying tests do not sleep.</summary>
    public static readonly LosantFlows.Engine.Http.RetryTiming FastTiming = new(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(20));

    public static LosantClient Client(FakeHandler handler, string? token = Token) => new(Options(token), handler);

    public static FlowsApi Flows(FakeHandler handler, string? token = Token) => new(Client(handler, token));

    public const string EmptyPage = """{"items":[],"count":0,"totalCount":0,"perPage":100,"page":0}""";
}
