using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using LosantFlows.Conversion;
using LosantFlows.Engine;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Imports workflows and workflow versions into a Losant application.</para>
    /// Losant action flows.import (POST /applications/{applicationId}/flows/import, body schema
    /// <c>flowsImportPost.json</c>, result <c>flowsImportResult.json</c> as a <c>Losant.FlowImportResult</c> object with
    /// the created <c>flows</c>, <c>flowVersions</c>, <c>importedFlowIdMap</c> and <c>importedVersionIdMap</c>).
    /// The input is <c>-ImportData</c>, or files (<c>-Path</c>, <c>-LiteralPath</c>, or <c>Get-ChildItem</c> output):
    /// Losant workflow exports (<c>.flow</c>, <c>.node</c>) or import documents. All inputs of one invocation go in one
    /// import call; imported workflows arrive disabled.
    /// </summary>
    [Cmdlet(VerbsData.Import, "LosantFlow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = PathSet)]
    [OutputType("Losant.FlowImportResult")]
    public sealed class ImportLosantFlowCommand : LosantCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const string ImportDataSet = "ImportData";

        private readonly ImportDocument _document = new ImportDocument();
        private readonly List<string> _invalidSources = new List<string>();
        private int _sourceCount;
        private int _filesRead;
        private ProgressReporter _readProgress = null!;

        /// <summary>The id (24 hexadecimal characters) of the application to import into.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateLosantId]
        public string ApplicationId { get; set; } = "";

        /// <summary>Files to import; wildcards are expanded. Strings piped in bind here.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = PathSet, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Files to import, taken literally (no wildcards). Files piped from <c>Get-ChildItem</c> or
        /// <c>Export-LosantFlow</c> bind here (<c>PSPath</c>, or <c>FullName</c>), so names with <c>[ ]</c> work.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>An import document <c>{flows, flowVersions}</c> or one workflow export: hashtable, PSCustomObject or JSON text.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ImportDataSet)]
        public object? ImportData { get; set; }

        /// <summary>
        /// Send the input in calls of at most this many workflows (and workflow versions), in order, for inputs larger
        /// than one call takes (1000). A failed call stops the rest; the result and the error say what was imported.
        /// </summary>
        [Parameter]
        [ValidateRange(1, ImportDocument.MaxPerCall)]
        public int? BatchSize { get; set; }

        /// <summary>Import the valid files even when others cannot be read; without it nothing is sent when any file is bad.</summary>
        [Parameter]
        public SwitchParameter SkipInvalid { get; set; }

        /// <summary>Domain scope of the request, sent as the <c>losantdomain</c> header (rarely needed).</summary>
        [Parameter]
        [ValidateHeaderText]
        public string? LosantDomain { get; set; }

        /// <summary>Prepares the progress display for reading files.</summary>
        protected override void BeginProcessing() => _readProgress = new ProgressReporter(this, "Reading workflow files");

        /// <summary>Reads and gathers the inputs.</summary>
        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ImportDataSet:
                    AddSource(() => PropertyBag.Unwrap(ImportData) is string text ? ReadImportText(text) : ImportData, "-ImportData");
                    break;
                case LiteralPathSet:
                    foreach (var path in LiteralPath)
                    {
                        AddFile(SessionState.Path.GetUnresolvedProviderPathFromPSPath(path));
                    }

                    break;
                default:
                    foreach (var path in Path)
                    {
                        foreach (var file in ResolveWildcards(path))
                        {
                            AddFile(file);
                        }
                    }

                    break;
            }
        }

        /// <summary>Sends everything gathered: one import call, or with -BatchSize as many as it takes, in order.</summary>
        protected override void EndProcessing()
        {
            _readProgress.Complete();
            if (_invalidSources.Count > 0 && !SkipInvalid)
            {
                var error = new InvalidDataException(
                    $"Nothing was imported: {_invalidSources.Count} of {_sourceCount} input(s) could not be used ({string.Join(", ", _invalidSources)}). " +
                    "Fix them, or add -SkipInvalid to import the others.");
                WriteError(new ErrorRecord(error, "Losant.ImportNotSent", ErrorCategory.InvalidData, _invalidSources.ToArray()));
                return;
            }

            var flows = _document.Flows;
            var versions = _document.FlowVersions;
            if (flows.Count == 0 && versions.Count == 0)
            {
                if (_sourceCount > _invalidSources.Count)
                {
                    WriteWarning("The input holds no workflows or workflow versions; nothing was imported.");
                }

                return;
            }

            if (BatchSize == null && (flows.Count > ImportDocument.MaxPerCall || versions.Count > ImportDocument.MaxPerCall))
            {
                var error = new ArgumentException(
                    $"The input holds {flows.Count} workflows and {versions.Count} workflow versions; one import takes at most " +
                    $"{ImportDocument.MaxPerCall} of each. Nothing was imported; add -BatchSize {ImportDocument.MaxPerCall} to send it in several calls.");
                ThrowTerminatingError(new ErrorRecord(error, "Losant.ImportTooLarge", ErrorCategory.LimitsExceeded, null));
            }

            var batches = ImportBatches.Split(flows, versions, BatchSize ?? ImportDocument.MaxPerCall);
            var action = $"Import {flows.Count} workflow(s) and {versions.Count} workflow version(s)" +
                         (batches.Count > 1 ? $" in {batches.Count} calls of at most {BatchSize}" : "");
            if (ShouldProcess($"application {ApplicationId}", action))
            {
                SendBatches(batches);
            }
        }

        private void SendBatches(IReadOnlyList<ImportBatch> batches)
        {
            var progress = new ProgressReporter(this, $"Importing workflows into application {ApplicationId}");
            try
            {
                SendBatches(batches, progress);
            }
            finally
            {
                progress.Complete();
            }
        }

        private void SendBatches(IReadOnlyList<ImportBatch> batches, ProgressReporter progress)
        {
            var results = new List<PSObject>();
            var importedFlowIds = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < batches.Count; i++)
            {
                var body = batches[i].ToBody(importedFlowIds);
                if (!TryCallCapturing((observer, cancel) => Flows.ImportAsync(ApplicationId, body, LosantDomain, observer, cancel), out var result, out var failure))
                {
                    if (batches.Count == 1)
                    {
                        ReportApiFailure(failure!, ApplicationId, write: true);
                    }
                    else
                    {
                        ReportIncomplete(batches, i, results, failure!);
                    }

                    return;
                }

                results.Add(result);
                progress.Report($"Import call {i + 1} of {batches.Count} done", i + 1, batches.Count);
                if (batches.Count > 1)
                {
                    // The record of what is already imported if the command is stopped before it writes its result.
                    WriteVerbose($"Import call {i + 1} of {batches.Count} done: {string.Join(", ", batches[i].Names)}.");
                }

                foreach (var pair in ImportResults.FlowIdMap(result))
                {
                    importedFlowIds[pair.Key] = pair.Value;
                }
            }

            WriteObject(results.Count == 1 ? results[0] : ImportResults.Merge(results));
        }

        /// <summary>
        /// One error for a batched import that stopped: what was imported (the partial result, also on the exception),
        /// what may or may not have been (the failed call, when the server may have acted), and what was not sent. Under
        /// <c>-ErrorAction Stop</c> this is the error that stops the command, so nothing of it is lost.
        /// </summary>
        private void ReportIncomplete(IReadOnlyList<ImportBatch> batches, int failed, List<PSObject> results, Exception failure)
        {
            var partial = results.Count > 0 ? ImportResults.Merge(results) : null;
            var unknown = ApiErrors.MayHaveActed(failure) ? batches[failed].Names.ToArray() : Array.Empty<string>();
            var notSent = batches.Skip(unknown.Length > 0 ? failed + 1 : failed).SelectMany(b => b.Names).ToArray();
            if (partial != null)
            {
                WriteObject(partial);
            }

            var error = new ImportIncompleteException(ImportIncompleteException.Describe(batches, failed, unknown.Length > 0), failure, partial, notSent, unknown);
            var record = ApiErrors.ToErrorRecord(failure, notSent);
            WriteError(new ErrorRecord(error, "Losant.ImportIncomplete", ErrorCategory.OperationStopped, notSent)
            {
                ErrorDetails = record.ErrorDetails == null ? null : new ErrorDetails(error.Message + " Cause: " + record.ErrorDetails.Message)
                {
                    RecommendedAction = unknown.Length > 0
                        ? "Check which of the workflows in MaybeImported exist (Get-LosantFlow) before importing them again; import the ones in NotImported (the error's TargetObject) afterwards."
                        : "Import the workflows in NotImported (the error's TargetObject) again once the cause is fixed.",
                },
            });
        }

        private IEnumerable<string> ResolveWildcards(string path)
        {
            try
            {
                var files = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out _);
                if (files.Count > 0)
                {
                    return files;
                }

                ReportUnusable(path, new ItemNotFoundException($"No file matches '{path}'."), "Losant.FileNotFound", ErrorCategory.ObjectNotFound);
            }
            catch (Exception e) when (e is ItemNotFoundException || e is ProviderNotFoundException || e is System.Management.Automation.DriveNotFoundException)
            {
                ReportUnusable(path, e, "Losant.FileNotFound", ErrorCategory.ObjectNotFound);
            }

            return Array.Empty<string>();
        }

        private void ReportUnusable(string path, Exception error, string errorId, ErrorCategory category)
        {
            _sourceCount++;
            _invalidSources.Add(path);
            WriteError(new ErrorRecord(error, errorId, category, path));
        }

        private void AddFile(string file)
        {
            _filesRead++;
            _readProgress.Report($"File {_filesRead}: {file}", _filesRead, 0);
            if (Directory.Exists(file))
            {
                var error = new IOException($"{file} is a folder; give the files in it, such as {System.IO.Path.Combine(file, "*.flow")}.");
                ReportUnusable(file, error, "Losant.PathIsFolder", ErrorCategory.InvalidArgument);
                return;
            }

            if (!File.Exists(file))
            {
                ReportUnusable(file, new ItemNotFoundException($"The file '{file}' does not exist."), "Losant.FileNotFound", ErrorCategory.ObjectNotFound);
                return;
            }

            AddSource(() => ImportFileReader.Read(file), file);
        }

        private static object? ReadImportText(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException("-ImportData is empty text; expected a workflow export or an import document {flows, flowVersions} as JSON, or an object.");
            }

            return PSJson.ParseReadOnly(text);
        }

        private void AddSource(Func<object?> read, string sourceName)
        {
            _sourceCount++;
            try
            {
                _document.Add(read(), sourceName, WriteWarning);
            }
            catch (Exception e) when (e is InvalidDataException || e is ArgumentException || e is FormatException || e is IOException || e is UnauthorizedAccessException)
            {
                _invalidSources.Add(sourceName);
                var message = e is FormatException ? $"{sourceName}: {e.Message}" : e.Message;
                WriteError(new ErrorRecord(new InvalidDataException(message, e), "Losant.InvalidImportFile", ErrorCategory.InvalidData, sourceName));
            }
        }
    }
}
