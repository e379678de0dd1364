using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using LosantFlows.StandIn.Contract;
using Xunit;

namespace LosantFlows.Tests.StandIn;

public sealed class ContractTests
{
    [Fact]
    public async Task FlowPostWithAnUnknownKeyIsRefusedWithTheSchemaMessageAndRecorded()
    {
        await using var h = await StandInHarness.StartAsync();
        const string body = "{\"name\":\"x\",\"owner\":\"me\"}";
        await h.PostErrorAsync(StandInHarness.Flows, body, HttpStatusCode.BadRequest, "Validation", "flow.owner: is not allowed (schema flowPost.json)");
        Assert.Equal(0, h.Server.State.FlowCount(StandInHarness.App));
        var violation = Assert.Single(h.Server.State.ContractViolations);
        Assert.Equal(new ContractViolation(false, $"POST {StandInHarness.Flows}", "flow.owner: is not allowed (schema flowPost.json)"), violation);
        Assert.Equal(body, h.Server.RequestLog.Entries[^1].Body);
    }

    [Fact]
    public async Task ImportWithAnObjectValuedUnknownKeyInFlowsIsRefused()
    {
        await using var h = await StandInHarness.StartAsync();
        await h.PostErrorAsync(StandInHarness.Flows + "/import", "{\"flows\":[{\"name\":\"a\",\"_exportDate\":\"2026-01-01\",\"extra\":{\"x\":1}}]}",
            HttpStatusCode.BadRequest, "Validation", "importData.flows[0].extra: must be a string (schema flowsImportPost.json)");
        Assert.Equal(0, h.Server.State.FlowCount(StandInHarness.App));
    }

    [Theory]
    [InlineData("", "{\"name\":{\"$regex\":\"x\"}}", "query.name.$regex: is not allowed (schema advancedFlowQuery.json)")]
    [InlineData("", "{\"$or\":[{\"enabled\":true},{\"name\":{\"$like\":\"x\"}}]}", "query.$or[1].name.$like: is not allowed (schema advancedFlowQuery.json)")]
    [InlineData("/version?version=develop&", "{\"owner\":\"x\"}", "query.owner: is not allowed (schema advancedFlowByVersionQuery.json)")]
    public async Task QueryWithAnUnknownOperatorOrFieldIsRefused(string path, string query, string message)
    {
        await using var h = await StandInHarness.StartAsync();
        var separator = path.Length == 0 ? "?" : "";
        await h.GetErrorAsync($"{StandInHarness.Flows}{path}{separator}query={Uri.EscapeDataString(query)}", HttpStatusCode.BadRequest, "Validation", message);
    }

    [Theory]
    [InlineData("triggerFilter%5B0%5D%5Btype%5D=webhook&triggerFilter%5B0%5D%5Bname%5D=x")]
    [InlineData("triggerFilter=%5B%7B%22type%22%3A%22webhook%22%2C%22name%22%3A%22x%22%7D%5D")]
    public async Task TriggerFilterEntryWithAnExtraKeyIsRefused(string query)
    {
        await using var h = await StandInHarness.StartAsync();
        await h.GetErrorAsync($"{StandInHarness.Flows}?{query}", HttpStatusCode.BadRequest, "Validation",
            "triggerFilter[0].name: is not allowed (schema flowTriggerFilter.json)");
    }

    [Fact]
    public async Task ValidExchangesRecordNoViolation()
    {
        await using var h = await StandInHarness.StartAsync();
        await h.PostAsync(StandInHarness.Flows, "{\"name\":\"x\",\"triggers\":[{\"type\":\"webhook\",\"key\":\"k\",\"config\":{}}]}", "flow.json", HttpStatusCode.Created);
        await h.GetAsync($"{StandInHarness.Flows}?triggerFilter%5B0%5D%5Btype%5D=webhook&query={Uri.EscapeDataString("{\"name\":{\"$ne\":\"y\"}}")}", "flows.json");
        Assert.Empty(h.Server.State.ContractViolations);
    }

    [Fact]
    public async Task AResponseThatBreaksItsSchemaIs500StandInContractViolation()
    {
        await using var h = await StandInHarness.StartAsync();
        h.Server.State.SeedFlow(StandInHarness.App, new JsonObject { ["id"] = SampleFlows.Alpha, ["name"] = "bad", ["enabled"] = "yes" });
        using var response = await h.Client.GetAsync(StandInHarness.Flows);
        var message = $"response.items[0].enabled: must be a boolean (schema flows.json) in the 200 answer to GET {StandInHarness.Flows}";
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(new JsonObject { ["type"] = "StandInContractViolation", ["message"] = message }.ToJsonString(), await response.Content.ReadAsStringAsync());
        Assert.Equal(new ContractViolation(true, $"GET {StandInHarness.Flows}", message), Assert.Single(h.Server.State.ContractViolations));
    }

    [Fact]
    public async Task WithoutASchemaFolderAndWithoutCiItStartsWithoutContractModeAndSaysSo()
    {
        var (exit, stdout, stderr) = await RunOutsideTheRepositoryAsync(ci: null);
        Assert.Null(exit);
        Assert.StartsWith("LosantFlows stand-in listening on http://127.0.0.1:", stdout);
        Assert.Contains("LosantFlows stand-in: contract mode off: no ", stderr);
    }

    [Fact]
    public async Task WithoutASchemaFolderUnderCiItRefusesToStart()
    {
        var (exit, stdout, stderr) = await RunOutsideTheRepositoryAsync(ci: "true");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("Contract mode needs Losant's schemas under CI: no ", stderr);
    }

    [Fact]
    public void SchemaFolderIsFoundFromTheTestOutputAndMissingOutsideTheRepository()
    {
        Assert.Equal(LosantSchemas.Default.Directory, SchemaDirectory.Find([AppContext.BaseDirectory]));
        Assert.Null(SchemaDirectory.Find([Path.GetTempPath()]));
    }

    /// <summary>Runs a copy of the stand-in's output folder from a temporary folder (no LosantFlows.sln above it).</summary>
    private static async Task<(int? Exit, string Stdout, string Stderr)> RunOutsideTheRepositoryAsync(string? ci)
    {
        var copy = Directory.CreateTempSubdirectory("standin-nocontract-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = copy };
            foreach (var arg in new[] { "exec", Path.Combine(copy, "LosantFlows.StandIn.dll"), "--port", "0" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment.Remove("CI");
            if (ci is not null)
            {
                start.Environment["CI"] = ci;
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? "";
            int? exit = null;
            if (process.WaitForExit(200))
            {
                exit = process.ExitCode;
            }
            else
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            return (exit, line, (await stderr).Trim());
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
