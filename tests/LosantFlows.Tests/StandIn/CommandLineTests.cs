using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed partial class CommandLineTests
{
    [GeneratedRegex(@"^LosantFlows stand-in listening on http://127\.0\.0\.1:(\d+) token=tok-1 applications=aaaaaaaaaaaaaaaaaaaaaaaa$")]
    private static partial Regex ReadyLine();

    [Fact]
    public async Task PrintsOneReadyLineWithTheBoundPortThenServes()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "LosantFlows.StandIn.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "exec", dll, "--port", "0", "--token", "tok-1", "--application-id", "aaaaaaaaaaaaaaaaaaaaaaaa" })
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
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tok-1");
            using var response = await client.GetAsync("/applications/aaaaaaaaaaaaaaaaaaaaaaaa/flows");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("{\"items\":[],\"count\":0,\"totalCount\":0,\"perPage\":100,\"page\":0,\"sortField\":\"name\",\"sortDirection\":\"asc\",\"applicationId\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"flowClass\":\"cloud\"}",
                await response.Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal("", await process.StandardOutput.ReadToEndAsync());
    }
}
