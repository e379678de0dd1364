using System.Management.Automation;

namespace LosantFlows.Commands
{
    /// <summary>
    /// Write-Progress for work that spans several requests (pages of a listing, import calls, files): shown only to
    /// a person at a console — not when output is redirected, as in scheduled jobs — and as
    /// <c>$ProgressPreference</c> allows (PowerShell applies that itself). Nothing is shown for work done in one step.
    /// </summary>
    internal sealed class ProgressReporter
    {
        private static int _nextActivityId = 1;

        private readonly Cmdlet _cmdlet;
        private readonly ProgressRecord _record;
        private readonly bool _enabled;
        private bool _shown;

        public ProgressReporter(Cmdlet cmdlet, string activity)
        {
            _cmdlet = cmdlet;
            _record = new ProgressRecord(System.Threading.Interlocked.Increment(ref _nextActivityId), activity, "Starting");
            _enabled = System.Environment.UserInteractive && !System.Console.IsOutputRedirected;
        }

        /// <summary>
        /// Reports <paramref name="done"/> of <paramref name="total"/> (0 when the total is not known), described by
        /// <paramref name="status"/>. Nothing is shown while the work could still be a single step: the first step of a
        /// known total that it completes, or the first item of an unknown total.
        /// </summary>
        public void Report(string status, long done, long total)
        {
            var singleStep = total > 0 ? done >= total : done < 2;
            if (!_enabled || (!_shown && singleStep) || _cmdlet.Stopping)
            {
                return;
            }

            _record.StatusDescription = status;
            _record.PercentComplete = total > 0 ? (int)System.Math.Min(100, done * 100 / total) : -1;
            _record.RecordType = ProgressRecordType.Processing;
            _cmdlet.WriteProgress(_record);
            _shown = true;
        }

        /// <summary>Removes the progress bar if one was shown.</summary>
        public void Complete()
        {
            if (!_shown || _cmdlet.Stopping)
            {
                return;
            }

            _record.RecordType = ProgressRecordType.Completed;
            _cmdlet.WriteProgress(_record);
            _shown = false;
        }
    }
}
