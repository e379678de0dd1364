using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LosantFlows.StandIn;
using LosantFlows.StandIn.Contract;
using Xunit;

namespace LosantFlows.Tests.StandIn;

/// <summary>
/// One in-process stand-in (free port, fixed clock) and an HttpClient carrying its token. Every response body the
/// harness returns has been validated against its Losant schema (error.json for 4xx).
/// </summary>
public sealed class StandInHarness : IAsyncDisposable
{
    /// <summary>The first served application.</summary>
    public const string App = "5f1e2d3c4b5a697887766554";

    /// <summary>The second served application.</summary>
    public const string OtherApp = "5f1e2d3c4b5a697887766555";

    private StandInHarness(StandInServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = server.BaseAddress };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>The server.</summary>
    public StandInServer Server { get; }

    /// <summary>Client with base address and bearer token.</summary>
    public HttpClient Client { get; }

    /// <summary>The flows path of <see cref="App"/>.</summary>
    public static string Flows => $"/applications/{App}/flows";

    /// <summary>
    /// Starts a server with default options, port 0 and the fixed clock; in contract mode unless
    /// <paramref name="contract"/> is false (for tests of the stand-in's own checks behind the schemas).
    /// </summary>
    public static async Task<StandInHarness> StartAsync(bool contract = true)
    {
        var server = await StandInServer.StartAsync(new StandInOptions { Port = 0, Clock = new FixedClock(FixedClock.Instant), Contract = contract });
        Assert.Equal(contract, server.State.ContractMode);
        return new(server);
    }

    /// <summary>GET; asserts <paramref name="status"/> and validates the body against <paramref name="schema"/> (error.json when status ≥ 400).</summary>
    public async Task<JsonNode> GetAsync(string pathAndQuery, string schema, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        return await ReadAsync(response, schema, status);
    }

    /// <summary>POST of <paramref name="json"/>; asserts status and validates the body like <see cref="GetAsync"/>.</summary>
    public async Task<JsonNode> PostAsync(string pathAndQuery, string json, string schema, HttpStatusCode status)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(pathAndQuery, content);
        return await ReadAsync(response, schema, status);
    }

    /// <summary>Asserts a Losant error response: status and the exact error.json body.</summary>
    public static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string type, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        LosantSchemas.AssertValid("error.json", body);
        var expected = new JsonObject { ["type"] = type, ["message"] = message };
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(body)), $"expected {expected.ToJsonString()} got {body}");
    }

    /// <summary>GET expecting an error; asserts the exact body.</summary>
    public async Task GetErrorAsync(string pathAndQuery, HttpStatusCode status, string type, string message)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        await AssertErrorAsync(response, status, type, message);
    }

    /// <summary>POST expecting an error; asserts the exact body.</summary>
    public async Task PostErrorAsync(string pathAndQuery, string json, HttpStatusCode status, string type, string message)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(pathAndQuery, content);
        await AssertErrorAsync(response, status, type, message);
    }

    /// <summary>The names of a list response's items, in order.</summary>
    public static string[] Names(JsonNode list) => list["items"]!.AsArray().Select(i => (string)i!["name"]!).ToArray();

    /// <summary>The ids of a list response's items, in order.</summary>
    public static string[] Ids(JsonNode list) => list["items"]!.AsArray().Select(i => (string)i!["id"]!).ToArray();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, string schema, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status} got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        LosantSchemas.AssertValid((int)status >= 400 ? "error.json" : schema, body);
        return JsonNode.Parse(body)!;
    }
}
