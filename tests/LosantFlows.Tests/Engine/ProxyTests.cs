using System.Net;
using System.Net.Sockets;
using System.Text;
using LosantFlows.Engine;
using LosantFlows.Engine.Http;
using Xunit;
using static LosantFlows.Tests.Engine.EngineFixtures;

namespace LosantFlows.Tests.Engine;

/// <summary>The primary handler honours <see cref="LosantClientOptions.Proxy"/>, falls back to the system proxy, and keeps TLS validation.</summary>
public sealed class ProxyTests
{
    [Fact]
    public void A_configured_proxy_and_its_credentials_are_used_and_certificates_are_still_validated()
    {
        var proxy = new WebProxy("http://proxy.example:3128") { Credentials = new NetworkCredential("user", "pass") };
        var options = Options();
        options.Proxy = proxy;

        using var handler = PrimaryHandler.Create(options);

        Assert.True(handler.UseProxy);
        Assert.Same(proxy, handler.Proxy);
        Assert.Null(handler.ServerCertificateCustomValidationCallback);
    }

    [Fact]
    public void Without_a_proxy_the_system_proxy_is_used()
    {
        using var handler = PrimaryHandler.Create(Options());

        Assert.True(handler.UseProxy);
        Assert.Null(handler.Proxy);
        Assert.Null(handler.ServerCertificateCustomValidationCallback);
    }

    [Fact]
    public async Task Requests_go_through_the_configured_proxy_in_absolute_form()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var served = ServeOnceAsync(listener, EmptyPage);
        var options = Options();
        options.Endpoint = new Uri("http://api.losant.test");
        options.Proxy = new WebProxy("http://127.0.0.1:" + port);
        using var client = new LosantClient(options);

        var page = await new FlowsApi(client).GetAsync(AppId, new FlowListQuery(), null, CancellationToken.None);

        Assert.Empty(page.Items);
        var head = await served;
        Assert.StartsWith("GET http://api.losant.test/applications/575ec8687ae143cd83dc4a97/flows?" + Globals + " HTTP/1.1\r\n", head);
        Assert.Contains("\r\nHost: api.losant.test\r\n", head);
    }

    /// <summary>Accepts one connection, reads the request head, answers 200 with <paramref name="json"/> and closes.</summary>
    private static async Task<string> ServeOnceAsync(TcpListener listener, string json)
    {
        using var socket = await listener.AcceptTcpClientAsync();
        var stream = socket.GetStream();
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0) break;
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var body = Encoding.UTF8.GetBytes(json);
        var answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.Length + "\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(answer));
        await stream.WriteAsync(body);
        return head.ToString();
    }
}
