using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Security;
using LosantFlows.Conversion;
using LosantFlows.Engine;
using LosantFlows.Export;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Exports workflows to files in Losant's own export format, for backups and for promotion between applications.</para>
    /// Lists the application's workflows with the same filters as <c>Get-LosantFlow</c> (flows.get, or
    /// flows.getByVersion with <c>-Version</c>), or takes workflows and versions from the pipeline without fetching
    /// anything, and writes one <c>.flow</c> file (<c>.node</c> for custom nodes) per workflow, or with
    /// <c>-AsImportDocument</c> one <c>{flows, flowVersions}</c> file for flows.import. Writes the
    /// <see cref="FileInfo"/> of each file written or found unchanged.
    /// </summary>
    [Cmdlet(VerbsData.Export, "LosantFlow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ListSet)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportLosantFlowCommand : FlowListCommand
    {
        private const string ListSet = "List";
        private const string InputObjectSet = "InputObject";

        private static readonly string[] ListingParameters =
        {
            nameof(SortField), nameof(SortDirection), nameof(Page), nameof(PerPage), nameof(FilterField), nameof(Filter),
            nameof(FlowClass), nameof(TriggerFilter), nameof(IncludeCustomNodes), nameof(Query),
        };

        private readonly VersionFlows _versionFlows = new VersionFlows();
        private readonly ExportImportDocument _document = new ExportImportDocument();
        private ProgressReporter _progress = null!;
        private int _filesWritten;
        private string _folder = "";
        private bool? _folderReady;

        /// <summary>Export each workflow at this named version (flows.getByVersion), such as <c>v1.0.0</c> or <c>develop</c>.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VersionNameCompleter))]
        public string? Version { get; set; }

        /// <summary>
        /// A workflow from <c>Get-LosantFlow</c> (<c>Losant.Flow</c>) or a workflow version from
        /// <c>Get-LosantFlowVersion</c> (<c>Losant.FlowVersion</c>), exported as it is: nothing is fetched.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The folder to write to (default: the current location); created when missing.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Write one import document <c>&lt;application id&gt;-import.json</c> (<c>{flows, flowVersions}</c>) instead of one file per workflow.</summary>
        [Parameter]
        public SwitchParameter AsImportDocument { get; set; }

        /// <summary>Overwrite existing files (a file whose content is the same apart from <c>_exportDate</c> is left untouched).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Resolves the folder.</summary>
        protected override void BeginProcessing()
        {
            _progress = new ProgressReporter(this, "Exporting workflows");
            _folder = ResolveFolder(Path ?? ".");
        }

        /// <summary>Exports the piped item, or lists the application's workflows and exports each.</summary>
        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputObjectSet && !(InputObject?.BaseObject is string))
            {
                RefuseListingParameters();
                if (InputObject?.BaseObject is object?[] several)
                {
                    // -InputObject $flows: each element, as when the array is piped.
                    foreach (var one in several)
                    {
                        Export(one == null ? null : PSObject.AsPSObject(one), null);
                    }
                }
                else
                {
                    Export(InputObject, null);
                }
            }
            else
            {
                // An application id piped as text binds -InputObject too; it selects the workflows to list.
                base.ProcessRecord();
            }
        }

        /// <summary>Writes the import document (with <c>-AsImportDocument</c>) and ends the progress bar.</summary>
        protected override void EndProcessing()
        {
            if (AsImportDocument)
            {
                if (_document.Count == 0)
                {
                    WriteWarning("No workflows were exported, so no import document was written.");
                }
                else
                {
                    var path = System.IO.Path.Combine(_folder, _document.FileName);
                    Save(path, $"Write an import document of {_document.Count} workflow(s) and version(s)", _ => _document.Render(), path);
                }
            }

            _progress.Complete();
        }

        private void RefuseListingParameters()
        {
            var listing = ListingParameters.Where(MyInvocation.BoundParameters.ContainsKey).ToList();
            if (listing.Count > 0)
            {
                var error = new ArgumentException(
                    $"-{string.Join(", -", listing)} select what Export-LosantFlow lists itself; with piped workflows nothing is listed. " +
                    "Give them to Get-LosantFlow instead (Get-LosantFlow -IncludeCustomNodes bundles the custom nodes).");
                ThrowTerminatingError(new ErrorRecord(error, "Losant.ListingParameterWithInput", ErrorCategory.InvalidArgument, listing.ToArray()));
            }
        }

        internal override bool TryFetch(FlowListQuery query, out FlowPage page)
        {
            if (Version == null)
            {
                return TryCall((observer, cancel) => Flows.GetAsync(ApplicationId, query, observer, cancel), ApplicationId, out page);
            }

            var version = Version;
            if (!TryCall((observer, cancel) => Flows.GetByVersionAsync(ApplicationId, version, query, observer, cancel), ApplicationId, out page))
            {
                return false;
            }

            foreach (var ids in _versionFlows.Missing(page.Items))
            {
                var byId = VersionFlows.QueryFor(ids, LosantDomain);
                if (!TryCall((observer, cancel) => Flows.GetAsync(ApplicationId, byId, observer, cancel), ApplicationId, out var flows))
                {
                    return false;
                }

                _versionFlows.Add(flows.Items);
            }

            return true;
        }

        internal override void WriteItem(PSObject item) => Export(item, Version);

        private void Export(PSObject? item, string? version)
        {
            FlowExport export;
            try
            {
                var value = ExportJson.Normalize(item);
                if (!PropertyBag.IsMap(value))
                {
                    throw new FormatException("expected a workflow from Get-LosantFlow or a workflow version from Get-LosantFlowVersion, not " +
                                              (PropertyBag.Items(value) != null ? "an array." : "a single value."));
                }

                export = version == null ? FlowExport.From(value!) : FromVersion(value!, item!, version);
            }
            catch (FormatException e)
            {
                WriteError(new ErrorRecord(new ArgumentException($"Cannot export {Describe(item)}: {e.Message}", e), "Losant.InvalidExportInput", ErrorCategory.InvalidArgument, item));
                return;
            }
            catch (ItemNotFoundException e)
            {
                WriteError(new ErrorRecord(e, "Losant.NotFound", ErrorCategory.ObjectNotFound, item));
                return;
            }

            if (AsImportDocument)
            {
                AddToDocument(export, item);
                return;
            }

            if (string.IsNullOrEmpty(export.Name) && export.Version == null)
            {
                var given = PropertyBag.Unwrap(PropertyBag.Get(item, "name"));
                var what = given == null ? "has no name" : given is string ? "has an empty name" : $"has a name that is {PropertyBag.Describe(given)}, not text";
                var unnamed = new ArgumentException($"The workflow {export.FlowId} {what}, which an export file needs; give it one, or export it from Get-LosantFlow.");
                WriteError(new ErrorRecord(unnamed, "Losant.ExportWithoutName", ErrorCategory.InvalidData, item));
                return;
            }

            if (export.Name == null)
            {
                var reserved = ImportEntries.IsReservedVersion(export.Version);
                var error = new ArgumentException(
                    $"The workflow version '{export.Version}' of workflow {export.FlowId} has no name: Losant's workflow versions carry only nodes, triggers " +
                    $"and globals. Export it with Export-LosantFlow -ApplicationId … -Version {export.Version}, which adds its workflow's name, description and icon" +
                    (reserved ? " (an import document cannot carry a version named develop or default)." : ", or add -AsImportDocument to write it as a flowVersions entry."));
                WriteError(new ErrorRecord(error, "Losant.ExportWithoutName", ErrorCategory.InvalidData, item));
                return;
            }

            var path = System.IO.Path.Combine(_folder, export.FileName);
            Save(path, $"Export workflow '{export.Name}'" + (export.Version != null ? $" at version '{export.Version}'" : ""), export.Render, item);
        }

        private static string Describe(PSObject? item)
        {
            var name = PropertyBag.Unwrap(PropertyBag.Get(item, "name")) as string;
            var id = PropertyBag.Unwrap(PropertyBag.Get(item, "id")) as string;
            if (name == null && id == null) return "this input";
            return "the workflow" + (name != null ? $" '{name}'" : "") + (id != null ? $" ({id})" : "");
        }

        private FlowExport FromVersion(object version, PSObject original, string versionName)
        {
            var flow = _versionFlows.For(version)
                       ?? throw new ItemNotFoundException($"The workflow {PropertyBag.Get(original, "flowId")} of version '{versionName}' was not found; it may have been deleted meanwhile.");
            return FlowExport.FromVersion(version, ExportJson.Normalize(flow)!, versionName);
        }

        private void AddToDocument(FlowExport export, PSObject? item)
        {
            try
            {
                _document.Add(export, export.Name ?? $"version '{export.Version}' of {export.FlowId}", WriteWarning);
            }
            catch (ArgumentException e)
            {
                WriteError(new ErrorRecord(e, "Losant.InvalidExportInput", ErrorCategory.InvalidData, item));
            }
        }

        private void Save(string path, string action, Func<string, byte[]> render, object? target)
        {
            var folderReady = FolderReady();
            if (!ShouldProcess(path, action) || !folderReady)
            {
                return;
            }

            SaveOutcome outcome;
            try
            {
                outcome = ExportFile.Save(path, render, Force);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is SecurityException)
            {
                var error = new IOException($"Cannot write {path}: {e.Message}", e);
                WriteError(new ErrorRecord(error, "Losant.ExportWriteFailed", ErrorCategory.WriteError, path));
                return;
            }

            if (outcome == SaveOutcome.Exists)
            {
                var error = new IOException($"The file {path} already exists with other content; add -Force to overwrite it. Nothing was written for it.");
                WriteError(new ErrorRecord(error, "Losant.ExportFileExists", ErrorCategory.ResourceExists, path) { ErrorDetails = new ErrorDetails(error.Message) });
                return;
            }

            WriteVerbose(outcome == SaveOutcome.Unchanged
                ? $"{path} is unchanged apart from _exportDate; left as it was."
                : $"Wrote {path}.");
            _filesWritten++;
            _progress.Report($"{_filesWritten} written: {path}", _filesWritten, 0);
            WriteObject(SessionState.InvokeProvider.Item.Get(new[] { path }, true, true), true);
        }

        /// <summary>True when the folder exists or was created; asks (ShouldProcess) before creating it, once.</summary>
        private bool FolderReady()
        {
            if (_folderReady.HasValue)
            {
                return _folderReady.Value;
            }

            if (Directory.Exists(_folder))
            {
                _folderReady = true;
            }
            else if (ShouldProcess(_folder, "Create folder"))
            {
                try
                {
                    Directory.CreateDirectory(_folder);
                    _folderReady = true;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
                {
                    var error = new IOException($"Cannot create the folder {_folder}: {e.Message}", e);
                    ThrowTerminatingError(new ErrorRecord(error, "Losant.ExportFolderFailed", ErrorCategory.WriteError, _folder));
                }
            }
            else
            {
                _folderReady = false;
            }

            return _folderReady!.Value;
        }

        private string ResolveFolder(string path)
        {
            string folder;
            try
            {
                folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
                {
                    throw new NotSupportedException($"{path} is on the {provider.Name} provider; give a folder of the file system.");
                }
            }
            catch (Exception e) when (e is NotSupportedException || e is ProviderNotFoundException || e is System.Management.Automation.DriveNotFoundException || e is PSArgumentException)
            {
                ThrowTerminatingError(new ErrorRecord(e, "Losant.ExportPathInvalid", ErrorCategory.InvalidArgument, path));
                return "";
            }

            if (File.Exists(folder))
            {
                var error = new IOException($"{folder} is a file; -Path takes a folder.");
                ThrowTerminatingError(new ErrorRecord(error, "Losant.ExportPathInvalid", ErrorCategory.InvalidArgument, path));
            }

            return folder;
        }
    }
}
