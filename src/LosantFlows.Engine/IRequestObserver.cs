namespace LosantFlows.Engine
{
    /// <summary>
    /// Receives the engine's diagnostic lines for one request (API-NOTES §6). Methods may be called from any
    /// thread (HTTP handlers run on thread-pool threads); a cmdlet queues the lines and writes them to its
    /// Verbose and Debug streams from the pipeline thread. No line ever contains the bearer token or a password.
    /// </summary>
    public interface IRequestObserver
    {
        /// <summary>One line per HTTP exchange, e.g. <c>GET /applications/…/flows?…  200 OK  (37 ms)</c>.</summary>
        /// <param name="message">The line, without a trailing newline.</param>
        void Verbose(string message);

        /// <summary>Request and response details: headers without credentials, bodies truncated to 4 KB (4096 bytes).</summary>
        /// <param name="message">The text, possibly spanning several lines.</param>
        void Debug(string message);

        /// <summary>
        /// True when <see cref="Debug"/> lines will be shown. When false the engine does not build them, which spares a
        /// copy of every request and response body.
        /// </summary>
        bool WantsDebug { get; }
    }
}
