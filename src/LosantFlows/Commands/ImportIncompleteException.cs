using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using LosantFlows.Conversion;

namespace LosantFlows.Commands
{
    /// <summary>
    /// A batched <c>Import-LosantFlow -BatchSize</c> that stopped at a failed call. Carries what a script needs to
    /// finish the job: <see cref="Result"/> (the import result of the calls that succeeded, or null),
    /// <see cref="MaybeImported"/> (names in the failed call when the server may have acted on it) and
    /// <see cref="NotImported"/> (names never sent). The failed call's error is the inner exception.
    /// </summary>
    public sealed class ImportIncompleteException : Exception
    {
        internal ImportIncompleteException(string message, Exception cause, PSObject? result, string[] notImported, string[] maybeImported)
            : base(message, cause)
        {
            Result = result;
            NotImported = notImported;
            MaybeImported = maybeImported;
        }

        /// <summary>The merged Workflow Import Result of the calls that succeeded (PSTypeName Losant.FlowImportResult), or null.</summary>
        public PSObject? Result { get; }

        /// <summary>Names of the workflows (and "version …" entries) that were not sent.</summary>
        public IReadOnlyList<string> NotImported { get; }

        /// <summary>Names in the failed call when the server may have carried it out (500, 502, 504, reset, timeout).</summary>
        public IReadOnlyList<string> MaybeImported { get; }

        internal static string Describe(IReadOnlyList<ImportBatch> batches, int failed, bool outcomeUnknown)
        {
            var done = batches.Take(failed).ToList();
            var rest = batches.Skip(outcomeUnknown ? failed + 1 : failed).ToList();
            var imported = failed == 0
                ? "Nothing was imported before it."
                : $"Imported before it: {done.Sum(b => b.Flows.Count)} workflow(s) and {done.Sum(b => b.FlowVersions.Count)} workflow version(s) in calls 1 to {failed} (the exception's Result).";
            var unknown = outcomeUnknown
                ? $" Call {failed + 1} may or may not have been carried out: its {batches[failed].Flows.Count} workflow(s) and {batches[failed].FlowVersions.Count} workflow version(s) are in MaybeImported."
                : "";
            return $"Import call {failed + 1} of {batches.Count} failed, so the rest were not sent. {imported}{unknown} Not imported: " +
                   $"{rest.Sum(b => b.Flows.Count)} workflow(s) and {rest.Sum(b => b.FlowVersions.Count)} workflow version(s) (NotImported, also the error's TargetObject).";
        }
    }
}
