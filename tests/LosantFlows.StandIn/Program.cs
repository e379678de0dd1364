using LosantFlows.StandIn;

StandInOptions options;
try
{
    options = StandInArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

StandInServer server;
try
{
    server = await StandInServer.StartAsync(options);
}
catch (Exception e) when (e is DirectoryNotFoundException or ArgumentException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

await using var _ = server;
var port = server.BaseAddress.Port;
Console.WriteLine($"LosantFlows stand-in listening on http://127.0.0.1:{port} token={server.Token} applications={string.Join(",", server.ApplicationIds)}");
Console.Out.Flush();

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM,
    context =>
    {
        context.Cancel = true;
        stop.Cancel();
    });
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM: fall through to dispose the server.
}

return 0;
