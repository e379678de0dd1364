using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace LosantFlows.Completion
{
    /// <summary>
    /// Runs the API work of a completer within a hard time limit of <see cref="Timeout"/> (2 s): the work gets a token
    /// cancelled when the time is up, and the caller stops waiting at that moment whatever the work does. Failure,
    /// cancellation and lateness all give null, so that Tab simply offers nothing.
    /// </summary>
    internal static class CompletionBudget
    {
        /// <summary>The longest a completer waits for the API: 2 seconds.</summary>
        internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

        /// <summary>
        /// The work's result when it finishes within <see cref="Timeout"/>; null when it throws, is cancelled or is late
        /// (it is then cancelled and left to end on its own, its exception observed).
        /// </summary>
        /// <param name="work">The API calls; must honour the token it is given.</param>
        public static IReadOnlyList<string>? Run(Func<CancellationToken, Task<IReadOnlyList<string>>> work)
        {
            var cancel = new CancellationTokenSource(Timeout);
            Task<IReadOnlyList<string>> task;
            try
            {
                task = Task.Run(() => work(cancel.Token), cancel.Token);
            }
            catch (Exception)
            {
                cancel.Dispose();
                return null;
            }

            bool finished;
            try
            {
                finished = task.Wait(Timeout);
            }
            catch (Exception)
            {
                cancel.Dispose();
                return null;
            }

            if (!finished)
            {
                try
                {
                    cancel.Cancel();
                }
                catch (AggregateException)
                {
                    // A cancellation callback of the abandoned work failed; nothing is waiting for it any more.
                }

                task.ContinueWith(t => { _ = t.Exception; cancel.Dispose(); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return null;
            }

            cancel.Dispose();
            return task.Status == TaskStatus.RanToCompletion ? task.Result : null;
        }
    }
}
