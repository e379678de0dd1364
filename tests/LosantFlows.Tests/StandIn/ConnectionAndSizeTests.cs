using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LosantFlows.StandIn;
using Xunit;

namespace LosantFlows.Tests.StandIn;

/// <summary>ConnectionCount (socket reuse) and the request body limit.</summary>
public sealed class ConnectionAndSizeTests
{
    [Fact]
    public async Task AKeepAliveClientUsesOneConnection()
    {
        await using var h = await StandInHarness.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            await h.GetAsync(StandInHarness.Flows, "flows.json");
        }

        Assert.Equal(10, h.Server.State.RequestCount);
        Assert.Equal(1, h.Server.State.ConnectionCount);
    }

    [Fact]
    public async Task NewClientsOpenNewConnections()
    {
        await using var h = await StandInHarness.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            using var client = new HttpClient { BaseAddress = h.Server.BaseAddress };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", h.Server.Token);
            using var response = await client.GetAsync(StandInHarness.Flows);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(10, h.Server.State.ConnectionCount);
        using var control = new HttpClient { BaseAddress = h.Server.BaseAddress };
        await control.GetStringAsync("/_standin/stats");
        Assert.Equal(10, h.Server.State.ConnectionCount);
    }

    [Fact]
    public async Task ABodyAboveTheDefaultLimitIs413WithoutReadingIt()
    {
        await using var h = await StandInHarness.StartAsync();
        const long size = StandInOptions.DefaultMaxRequestBodySize + (1024 * 1024);
        var clock = Stopwatch.StartNew();
        using var content = new StreamContent(new SpaceStream(size));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = size;
        using var response = await h.Client.PostAsync(StandInHarness.Flows + "/import", content);
        await StandInHarness.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "PayloadTooLarge", "Request entity too large");
        Assert.InRange(clock.ElapsedMilliseconds, 0, 5000);
        var entry = Assert.Single(h.Server.RequestLog.Entries);
        Assert.Equal($"POST {StandInHarness.Flows}/import", entry.Line);
        Assert.Null(entry.Body);
        Assert.Equal(size, entry.BodyLength);
        Assert.Equal(0, h.Server.State.FlowCount(StandInHarness.App));
        Assert.Equal(1, h.Server.State.RequestCount);
        await h.GetAsync(StandInHarness.Flows, "flows.json");
        Assert.Equal(1, h.Server.State.ConnectionCount);
    }

    [Fact]
    public async Task AClientExpecting100ContinueGets413BeforeSendingTheBody()
    {
        await using var h = await StandInHarness.StartAsync();
        const long size = StandInOptions.DefaultMaxRequestBodySize + 1;
        var stream = new SpaceStream(size);
        using var request = new HttpRequestMessage(HttpMethod.Post, StandInHarness.Flows + "/import") { Content = new StreamContent(stream) };
        request.Content.Headers.ContentLength = size;
        request.Headers.ExpectContinue = true;
        using var response = await h.Client.SendAsync(request);
        await StandInHarness.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "PayloadTooLarge", "Request entity too large");
        Assert.Equal(0, stream.Position);
        Assert.Equal(0, h.Server.RequestLog.Entries.Single().BodyLength);
    }

    [Fact]
    public async Task ABodyAtTheLimitIsAccepted()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { Port = 0, MaxRequestBodySize = 1000 });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        var json = "{\"name\":\"x\"}";
        using var exact = new StringContent(json + new string(' ', 1000 - json.Length), Encoding.UTF8, "application/json");
        using (var created = await client.PostAsync(StandInHarness.Flows, exact))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var over = new StringContent(json + new string(' ', 1001 - json.Length), Encoding.UTF8, "application/json");
        using (var refused = await client.PostAsync(StandInHarness.Flows, over))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        }

        Assert.Equal([1000L, 1001L], server.RequestLog.Entries.Select(e => e.BodyLength));
        Assert.Equal(1, server.State.FlowCount(StandInHarness.App));
    }

    [Fact]
    public async Task AChunkedBodyAboveTheLimitIs413()
    {
        await using var server = await StandInServer.StartAsync(new StandInOptions { Port = 0, MaxRequestBodySize = 1024 * 1024 });
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        using var content = new StreamContent(new SpaceStream(3 * 1024 * 1024));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(StandInHarness.Flows + "/import", content);
        await StandInHarness.AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "PayloadTooLarge", "Request entity too large");
        Assert.Equal(3 * 1024 * 1024, server.RequestLog.Entries.Single().BodyLength);
    }

    [Fact]
    public async Task ALargeBodyBelowTheLimitReachesTheEndpoint()
    {
        await using var h = await StandInHarness.StartAsync();
        var padding = 40 * 1024 * 1024;
        var json = "{\"flows\":[{\"name\":\"big\"}]" + new string(' ', padding) + "}";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await h.Client.PostAsync(StandInHarness.Flows + "/import", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, h.Server.State.FlowCount(StandInHarness.App));
        var entry = Assert.Single(h.Server.RequestLog.Entries);
        Assert.Null(entry.Body);
        Assert.Equal(Encoding.UTF8.GetByteCount(json), entry.BodyLength);
    }

    [Fact]
    public async Task SmallBodiesAreRecordedWithTheirLength()
    {
        await using var h = await StandInHarness.StartAsync();
        await h.PostAsync(StandInHarness.Flows, "{\"name\":\"é\"}", "flow.json", HttpStatusCode.Created);
        var entry = Assert.Single(h.Server.RequestLog.Entries);
        Assert.Equal("{\"name\":\"é\"}", entry.Body);
        Assert.Equal(13, entry.BodyLength);
    }

    /// <summary>A read-only stream of <c>length</c> spaces, generated as read.</summary>
    private sealed class SpaceStream(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
