using System;
using System.Management.Automation;

namespace LosantFlows.Export
{
    /// <summary>
    /// The progress bar of <c>Export-LosantFlow</c> (activity "Exporting workflows", status "&lt;n&gt; written"),
    /// shown only in an interactive session whose output is not redirected; PowerShell also hides it when
    /// <c>$ProgressPreference</c> says so.
    /// </summary>
    internal sealed class ExportProgress
    {
        private const int ActivityId = 0x4c46;
        private const string Activity = "Exporting workflows";

        private readonly Action<ProgressRecord> _write;
        private readonly bool _shown = Environment.UserInteractive && !Console.IsOutputRedirected;
        private int _written;

        /// <summary>Creates the progress for one cmdlet invocation.</summary>
        /// <param name="write">The cmdlet's WriteProgress.</param>
        public ExportProgress(Action<ProgressRecord> write) => _write = write;

        /// <summary>Counts one more file and shows the count.</summary>
        /// <param name="file">The file just written, shown as the current operation.</param>
        public void FileDone(string file)
        {
            _written++;
            if (_shown)
            {
                _write(new ProgressRecord(ActivityId, Activity, $"{_written} written") { CurrentOperation = file });
            }
        }

        /// <summary>Removes the progress bar, if one was shown.</summary>
        public void Complete()
        {
            if (_shown && _written > 0)
            {
                _write(new ProgressRecord(ActivityId, Activity, $"{_written} written") { RecordType = ProgressRecordType.Completed });
            }
        }
    }
}
