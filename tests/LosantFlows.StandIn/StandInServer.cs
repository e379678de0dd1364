using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using LosantFlows.StandIn.Contract;

namespace LosantFlows.StandIn;

/// <summary>
/// A running stand-in: Kestrel on 127.0.0.1 serving the Flows endpoints and POST /auth/user from memory, with fault
/// injection (<see cref="StandInState.InjectFaults"/>, /_standin control endpoints).
/// </summary>
public sealed class StandInServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StandInServer(WebApplication app, Uri baseAddress, StandInOptions options, StandInState state, RequestLog log)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Token = options.Token;
        ApplicationIds = options.ApplicationIds.ToArray();
        State = state;
        RequestLog = log;
    }

    /// <summary>http://127.0.0.1:&lt;port&gt;/</summary>
    public Uri BaseAddress { get; }

    /// <summary>The accepted bearer token.</summary>
    public string Token { get; }

    /// <summary>The served application ids.</summary>
    public IReadOnlyList<string> ApplicationIds { get; }

    /// <summary>The in-memory data (seed flows, count requests).</summary>
    public StandInState State { get; }

    /// <summary>Every request received, as sent.</summary>
    public RequestLog RequestLog { get; }

    /// <summary>Starts a server; returns once it listens (port 0 = a free port, see <see cref="BaseAddress"/>).</summary>
    public static async Task<StandInServer> StartAsync(StandInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var id in options.ApplicationIds)
        {
            if (!ObjectIds.IsValid(id))
            {
                throw new ArgumentException($"Application id '{id}' is not 24 hexadecimal characters.", nameof(options));
            }
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StandInServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
            k.Listen(IPAddress.Loopback, options.Port);
        });

        var contract = ContractStartup.Create(options);
        var log = new RequestLog();
        var state = new StandInState(options, log) { Contract = contract };
        if (options.SeedFile is not null)
        {
            SeedFile.Load(state, options.SeedFile, options.ApplicationIds[0]);
        }

        state.InjectFaults([.. options.Faults]);

        var app = builder.Build();
        app.Use((context, next) => RequestRecorder.InvokeAsync(context, next, state, log, options.MaxRequestBodySize));
        ControlEndpoints.Map(app, state);
        FlowsEndpoints.Map(app, state, options.Token);
        AuthEndpoints.Map(app, options, state);
        app.MapFallback((HttpContext http) => FlowsEndpoints.Answer(http, state, null, 404, new ApiError(404, "NotFound", "Resource was not found").ToJson()));

        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        return new StandInServer(app, new Uri($"http://127.0.0.1:{port}/"), options, state, log);
    }

    /// <summary>Stops the server and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
