using System.Collections;
using System.Net.Http;
using System.Net.Sockets;
using LosantFlows.Engine;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;
using static LosantFlows.Tests.Engine.ScriptedHandler;

namespace LosantFlows.Tests.Engine;

/// <summary>OutcomeUnknown: whether a failed request may still have been carried out by the server.</summary>
public sealed class OutcomeTests
{
    private static LosantClientOptions NoRetries()
    {
        var options = Options();
        options.MaximumRetryCount = 0;
        return options;
    }

    private static Task<System.Management.Automation.PSObject> Post(FakeHandler handler, LosantClientOptions? options = null) =>
        new FlowsApi(new LosantClient(options ?? NoRetries(), handler)).PostAsync(AppId, new Hashtable { ["name"] = "n" }, false, null, null, CancellationToken.None);

    private static Task<FlowPage> Get(FakeHandler handler) =>
        new FlowsApi(new LosantClient(NoRetries(), handler)).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

    [Theory]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(429, false)]
    [InlineData(501, false)]
    [InlineData(503, false)]
    public async Task A_POST_answered(int status, bool unknown)
    {
        var error = await Assert.ThrowsAsync<LosantApiException>(() => Post(Of(Status(status))));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(unknown, error.OutcomeUnknown);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_GET_never_has_an_unknown_outcome(int status)
    {
        var error = await Assert.ThrowsAsync<LosantApiException>(() => Get(Of(Status(status))));

        Assert.False(error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_POST_whose_connection_was_reset_has_an_unknown_outcome()
    {
        var error = await Assert.ThrowsAsync<LosantApiException>(() => Post(Of(Reset)));

        Assert.Equal(0, error.StatusCode);
        Assert.True(error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_POST_whose_answer_ended_early_has_an_unknown_outcome()
    {
        var error = await Assert.ThrowsAsync<LosantApiException>(() => Post(Of(_ => throw new HttpRequestException("The response ended prematurely."))));

        Assert.True(error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_POST_refused_on_every_attempt_has_a_known_outcome()
    {
        var error = await Assert.ThrowsAsync<LosantApiException>(() => Post(Of(Refused), Options()));

        Assert.EndsWith(" (after 4 retries)", error.Message);
        Assert.False(error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_POST_to_an_unknown_host_has_a_known_outcome()
    {
        var error = await Assert.ThrowsAsync<LosantApiException>(() =>
            Post(Of(_ => throw new HttpRequestException("No such host is known.", new SocketException((int)SocketError.HostNotFound)))));

        Assert.False(error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_timed_out_POST_throws_LosantTimeoutException_with_an_unknown_outcome()
    {
        var options = NoRetries();
        options.Timeout = TimeSpan.FromMilliseconds(100);

        var error = await Assert.ThrowsAsync<LosantTimeoutException>(() => Post(Of(Hang), options));

        Assert.Equal("POST", error.Method);
        Assert.True(error.OutcomeUnknown);
        Assert.IsAssignableFrom<TimeoutException>(error);
    }
}
