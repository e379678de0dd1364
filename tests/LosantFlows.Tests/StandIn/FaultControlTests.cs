using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using LosantFlows.StandIn;
using Xunit;

namespace LosantFlows.Tests.StandIn;

/// <summary>/_standin/faults, /_standin/stats, --faults and the fault script format.</summary>
public sealed partial class FaultControlTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task PostedFaultsApplyAndStatsCountWhatTheServerSaw()
    {
        await using var h = await StandInHarness.StartAsync();
        using var control = new HttpClient { BaseAddress = h.Server.BaseAddress };
        using (var posted = await control.PostAsync("/_standin/faults", Json("[{\"kind\":\"toomanyrequests\",\"times\":2,\"retryAfter\":\"1\"},{\"KIND\":\"ServerError\",\"method\":\"POST\"}]")))
        {
            Assert.Equal(HttpStatusCode.NoContent, posted.StatusCode);
        }

        Assert.Equal("{\"requests\":0,\"connections\":0,\"flows\":{\"5f1e2d3c4b5a697887766554\":0,\"5f1e2d3c4b5a697887766555\":0},\"pendingFaults\":3}",
            await control.GetStringAsync("/_standin/stats"));
        using (var first = await h.Client.PostAsync(StandInHarness.Flows, Json("{\"name\":\"a\"}")))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
            Assert.Equal("1", first.Headers.GetValues("Retry-After").Single());
        }

        using (var second = await h.Client.PostAsync(StandInHarness.Flows, Json("{\"name\":\"a\"}")))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        }

        using (var third = await h.Client.PostAsync(StandInHarness.Flows, Json("{\"name\":\"a\"}")))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, third.StatusCode);
        }

        Assert.Equal("{\"requests\":3,\"connections\":1,\"flows\":{\"5f1e2d3c4b5a697887766554\":1,\"5f1e2d3c4b5a697887766555\":0},\"pendingFaults\":0}",
            await control.GetStringAsync("/_standin/stats"));
        Assert.Equal(3, h.Server.RequestLog.Count);
    }

    [Fact]
    public async Task DeleteClearsTheQueue()
    {
        await using var h = await StandInHarness.StartAsync();
        using (var posted = await h.Client.PostAsync("/_standin/faults", Json("{\"kind\":\"Delay\",\"delayMs\":10000,\"times\":4}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, posted.StatusCode);
        }

        Assert.Equal(4, h.Server.State.PendingFaultCount);
        using (var deleted = await h.Client.DeleteAsync("/_standin/faults"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Equal(0, h.Server.State.PendingFaultCount);
        await h.GetAsync(StandInHarness.Flows, "flows.json");
        Assert.Equal(1, h.Server.State.RequestCount);
    }

    [Theory]
    [InlineData("[{\"kind\":\"Bogus\"}]", "faults[0].kind \"Bogus\" is not one of TooManyRequests, ServerError, BadGatewayHtml, ServiceUnavailable, GatewayTimeout, ResetConnection, TruncatedJson, NonJson, Delay.")]
    [InlineData("[{\"kind\":\"1\"}]", "faults[0].kind \"1\" is not one of TooManyRequests, ServerError, BadGatewayHtml, ServiceUnavailable, GatewayTimeout, ResetConnection, TruncatedJson, NonJson, Delay.")]
    [InlineData("[{\"kind\":\"Delay\"},{\"times\":2}]", "faults[1].kind is required.")]
    [InlineData("[{\"kind\":\"Delay\",\"times\":0}]", "faults[0].times must be an integer of at least 1.")]
    [InlineData("[{\"kind\":\"Delay\",\"delayMs\":-5}]", "faults[0].delayMs must be an integer of at least 0.")]
    [InlineData("[{\"kind\":\"Delay\",\"delay\":5}]", "faults[0].delay is not a fault setting (expected kind, times, retryAfter, delayMs, method, pathContains).")]
    [InlineData("[{\"kind\":\"NonJson\",\"method\":5}]", "faults[0].method must be a string.")]
    [InlineData("[1]", "faults[0] must be an object.")]
    [InlineData("5", "Faults must be a JSON array of fault objects (or one fault object).")]
    public async Task BadScriptsAre400AndQueueNothing(string script, string message)
    {
        await using var h = await StandInHarness.StartAsync();
        using var response = await h.Client.PostAsync("/_standin/faults", Json("[{\"kind\":\"Delay\"}," + script.TrimStart('[')));
        using var plain = await h.Client.PostAsync("/_standin/faults", Json(script));
        await StandInHarness.AssertErrorAsync(plain, HttpStatusCode.BadRequest, "Validation", message);
        Assert.Equal(0, h.Server.State.PendingFaultCount);
        Assert.Equal(0, h.Server.State.RequestCount);
    }

    [Fact]
    public void ScriptReadsEverySetting()
    {
        var faults = FaultScript.Parse("[{\"kind\":\"delay\",\"delayMs\":250,\"times\":3,\"method\":\"GET\",\"pathContains\":\"/palette\"},{\"kind\":\"ServiceUnavailable\",\"retryAfter\":7}]");
        Assert.Equal([new Fault(FaultKind.Delay, 3, null, 250, "GET", "/palette"), new Fault(FaultKind.ServiceUnavailable, RetryAfter: "7")], faults);
        Assert.Throws<FormatException>(() => FaultScript.Parse("[{"));
    }

    [Fact]
    public void FaultsOptionTakesInlineJsonOrAFile()
    {
        var inline = StandInArguments.Parse(["--faults", "[{\"kind\":\"ResetConnection\",\"times\":2}]"]);
        Assert.Equal([new Fault(FaultKind.ResetConnection, 2)], inline.Faults);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{\"kind\":\"TruncatedJson\",\"pathContains\":\"import\"}");
            Assert.Equal([new Fault(FaultKind.TruncatedJson, PathContains: "import")], StandInArguments.Parse(["--faults", file]).Faults);
        }
        finally
        {
            File.Delete(file);
        }

        var missing = Assert.Throws<ArgumentException>(() => StandInArguments.Parse(["--faults", "/no/such/faults.json"]));
        Assert.Equal("--faults: '/no/such/faults.json' is neither inline JSON nor an existing file.", missing.Message);
        var bad = Assert.Throws<ArgumentException>(() => StandInArguments.Parse(["--faults", "[{\"kind\":\"Nope\"}]"]));
        Assert.StartsWith("--faults: faults[0].kind \"Nope\" is not one of", bad.Message);
    }

    [Fact]
    public async Task OptionsFaultsAreQueuedAtStart()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { Port = 0, Faults = [new Fault(FaultKind.ServiceUnavailable, RetryAfter: "4")] });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        using var response = await client.GetAsync(StandInHarness.Flows);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("4", response.Headers.GetValues("Retry-After").Single());
    }

    [GeneratedRegex(@"^LosantFlows stand-in listening on http://127\.0\.0\.1:(\d+) ")]
    private static partial Regex ReadyLine();

    [Fact]
    public async Task CommandLineFaultsApplyToTheFirstRequests()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "LosantFlows.StandIn.dll"), "--port", "0", "--faults", "[{\"kind\":\"TooManyRequests\",\"retryAfter\":\"1\"}]" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var match = ReadyLine().Match(line ?? "");
            Assert.True(match.Success, $"unexpected first line: {line}");
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{match.Groups[1].Value}/") };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "standin-token");
            using (var throttled = await client.GetAsync(StandInHarness.Flows))
            {
                Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            }

            using (var ok = await client.GetAsync(StandInHarness.Flows))
            {
                Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            }

            Assert.Equal("{\"requests\":2,\"connections\":1,\"flows\":{\"5f1e2d3c4b5a697887766554\":0,\"5f1e2d3c4b5a697887766555\":0},\"pendingFaults\":0}",
                await client.GetStringAsync("/_standin/stats"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
