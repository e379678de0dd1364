using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using LosantFlows.Connections;
using LosantFlows.Engine;

namespace LosantFlows
{
    /// <summary>
    /// Base of every cmdlet that talks to the Losant API: resolves the connection (<c>-Connection</c>, else the
    /// session's from <c>Connect-Losant</c>, else <c>LOSANT_API_TOKEN</c>/<c>LOSANT_API_URL</c>), runs API calls with a
    /// cancellation token that <c>StopProcessing</c> (Ctrl+C) cancels, relays the engine's verbose and debug lines on
    /// the pipeline thread, and turns API failures into ErrorRecords.
    /// </summary>
    public abstract class LosantCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private LosantConnection? _resolved;
        private bool? _debugShown;

        /// <summary>
        /// The connection to use instead of the session's (from <c>Connect-Losant -PassThru</c> or
        /// <c>Get-LosantConnection</c>).
        /// </summary>
        [Parameter]
        public LosantConnection? Connection { get; set; }

        /// <summary>The connection this invocation uses; stops the cmdlet with a terminating error when there is none.</summary>
        protected LosantConnection ResolvedConnection => _resolved ??= ResolveConnection();

        /// <summary>The Flows actions on the resolved connection.</summary>
        internal FlowsApi Flows => ResolvedConnection.Flows;

        /// <summary>Cancels the request in flight.</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Releases the cancellation source.</summary>
        public void Dispose() => _stopping.Dispose();

        /// <summary>
        /// Runs one engine call to completion on the pipeline thread, writing its verbose and debug lines as they come.
        /// </summary>
        /// <exception cref="PipelineStoppedException">The user stopped the pipeline while the call ran.</exception>
        internal T Call<T>(Func<IRequestObserver, CancellationToken, Task<T>> call)
        {
            using var pending = Start(call);
            return Finish(pending);
        }

        /// <summary>
        /// Starts an engine call without waiting for it (to fetch the next page while the pipeline works on this one).
        /// Its messages wait until <see cref="Finish{T}"/>; disposing the pending call cancels it.
        /// </summary>
        internal PendingCall<T> Start<T>(Func<IRequestObserver, CancellationToken, Task<T>> call)
        {
            var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var observer = new QueuedObserver(DebugShown);
            var task = call(observer, cancel.Token);
            task.ContinueWith(_ => observer.Messages.CompleteAdding(), TaskScheduler.Default);
            return new PendingCall<T>(task, observer, cancel);
        }

        /// <summary>Waits for a started call on the pipeline thread, writing its verbose and debug lines as they come.</summary>
        /// <exception cref="PipelineStoppedException">The user stopped the pipeline while the call ran.</exception>
        internal T Finish<T>(PendingCall<T> pending)
        {
            var verboseAsDebug = VerboseOnlyThroughDebug();
            foreach (var message in pending.Observer.Messages.GetConsumingEnumerable())
            {
                if (message.IsDebug || verboseAsDebug)
                {
                    WriteDebug(message.Text);
                }
                else
                {
                    WriteVerbose(message.Text);
                }
            }

            try
            {
                return pending.Task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>
        /// Waits for a started call like <see cref="Finish{T}"/>; an API failure becomes an error about
        /// <paramref name="target"/> and the method returns false.
        /// </summary>
        internal bool TryFinish<T>(PendingCall<T> pending, object? target, out T result)
        {
            try
            {
                result = Finish(pending);
                return true;
            }
            catch (Exception e) when (ApiErrors.IsApiFailure(e))
            {
                ReportApiFailure(e, target);
                result = default!;
                return false;
            }
        }

        /// <summary>How many API failures this invocation has reported.</summary>
        internal int FailuresReported { get; private set; }

        /// <summary>
        /// What the user should know about where a failure happened, added to its error (for example how far a listing
        /// had got); null when there is nothing to add.
        /// </summary>
        internal string? FailureContext { get; set; }

        /// <summary>
        /// Runs one engine call like <see cref="Call{T}"/>; an API failure becomes an error about <paramref name="target"/>
        /// (see <see cref="ReportApiFailure"/>) and the method returns false.
        /// </summary>
        /// <param name="call">The engine call.</param>
        /// <param name="target">The input the call is about.</param>
        /// <param name="result">The call's result when it succeeded.</param>
        /// <param name="write">True for calls that change data (create, import): a failure after which the server may
        /// have acted tells the user to check before running the command again.</param>
        internal bool TryCall<T>(Func<IRequestObserver, CancellationToken, Task<T>> call, object? target, out T result, bool write = false)
        {
            if (TryCallCapturing(call, out result, out var failure))
            {
                return true;
            }

            ReportApiFailure(failure!, target, write);
            return false;
        }

        /// <summary>Runs one engine call; an API failure is handed back in <paramref name="failure"/>, not written.</summary>
        internal bool TryCallCapturing<T>(Func<IRequestObserver, CancellationToken, Task<T>> call, out T result, out Exception? failure)
        {
            try
            {
                result = Call(call);
                failure = null;
                return true;
            }
            catch (Exception e) when (ApiErrors.IsApiFailure(e))
            {
                result = default!;
                failure = e;
                return false;
            }
        }

        /// <summary>
        /// Writes an API failure as a non-terminating error, or throws it as a terminating one when the cmdlet cannot go
        /// on (authentication refused, permission denied, endpoint unreachable).
        /// </summary>
        /// <param name="error">What the engine threw.</param>
        /// <param name="target">The input the failure is about (an application id, a file, a flow).</param>
        /// <param name="write">True when the failed call changes data.</param>
        internal void ReportApiFailure(Exception error, object? target, bool write = false)
        {
            FailuresReported++;
            var record = ApiErrors.ToErrorRecord(error, target, write, FailureContext);
            if (ApiErrors.IsTerminating(error))
            {
                ThrowTerminatingError(record);
            }

            WriteError(record);
        }

        /// <summary>
        /// True when the user gave <c>-Debug</c> but not <c>-Verbose</c>. PowerShell then sets a compiled cmdlet's verbose
        /// preference to Inquire, so a verbose line would prompt (and fail in a non-interactive job, after the request was
        /// sent); the line goes to the debug stream, which the user asked for, instead.
        /// </summary>
        private bool VerboseOnlyThroughDebug()
        {
            var bound = MyInvocation.BoundParameters;
            return bound.TryGetValue("Debug", out var debug) && IsOn(debug) && !bound.ContainsKey("Verbose");
        }

        private static bool IsOn(object? value) => value is SwitchParameter s ? s.IsPresent : value is bool b && b;

        /// <summary>
        /// True when this invocation's debug lines will be shown: <c>-Debug</c>, or a <c>$DebugPreference</c> other than
        /// SilentlyContinue and Ignore. Otherwise the engine does not build them.
        /// </summary>
        private bool DebugShown => _debugShown ??= MyInvocation.BoundParameters.TryGetValue("Debug", out var debug)
            ? IsOn(debug)
            : GetVariableValue("DebugPreference") is ActionPreference preference && preference != ActionPreference.SilentlyContinue && preference != ActionPreference.Ignore;

        private LosantConnection ResolveConnection()
        {
            if (Connection != null)
            {
                return Connection;
            }

            var connection = SessionConnections.Current;
            if (connection != null)
            {
                return connection;
            }

            try
            {
                connection = EnvironmentConnection.TryCreate();
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, "Losant.InvalidEndpoint", ErrorCategory.InvalidArgument, EnvironmentConnection.UrlVariable));
            }

            if (connection == null)
            {
                ThrowTerminatingError(new ErrorRecord(SessionConnections.NotConnectedError(), "Losant.NotConnected", ErrorCategory.AuthenticationError, null));
            }

            return connection!;
        }

        /// <summary>An engine call started by <see cref="Start{T}"/>; disposing it cancels the call if it still runs.</summary>
        internal sealed class PendingCall<T> : IDisposable
        {
            private readonly CancellationTokenSource _cancel;

            public PendingCall(Task<T> task, QueuedObserver observer, CancellationTokenSource cancel)
            {
                Task = task;
                Observer = observer;
                _cancel = cancel;
            }

            public Task<T> Task { get; }

            public QueuedObserver Observer { get; }

            public void Dispose()
            {
                _cancel.Cancel();
                _cancel.Dispose();
            }
        }

        internal sealed class QueuedObserver : IRequestObserver
        {
            public QueuedObserver(bool wantsDebug) => WantsDebug = wantsDebug;

            public bool WantsDebug { get; }

            public BlockingCollection<(bool IsDebug, string Text)> Messages { get; } = new BlockingCollection<(bool, string)>();

            public void Verbose(string message) => TryAdd(false, message);

            public void Debug(string message) => TryAdd(true, message);

            private void TryAdd(bool isDebug, string text)
            {
                if (!Messages.IsAddingCompleted)
                {
                    try
                    {
                        Messages.Add((isDebug, text));
                    }
                    catch (InvalidOperationException)
                    {
                        // Completed between the check and the add: the call has already ended.
                    }
                }
            }
        }
    }
}
