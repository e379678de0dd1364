using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using LosantFlows.Conversion;

namespace LosantFlows.Export
{
    /// <summary>
    /// The one file of <c>Export-LosantFlow -AsImportDocument</c>: <c>{flows: [...], flowVersions: [...]}</c>, valid
    /// against <c>flowsImportPost.json</c>. Each exported workflow (or workflow version completed with its workflow's
    /// name, as a version export file is) becomes a <c>flows</c> entry; a workflow version without a name (from
    /// <c>Get-LosantFlowVersion</c>) becomes a <c>flowVersions</c> entry; bundled custom nodes join <c>flows</c> and
    /// their versions <c>flowVersions</c>, each id once. Entries are checked as <c>Import-LosantFlow</c> checks them.
    /// </summary>
    internal sealed class ExportImportDocument
    {
        private readonly List<object?> _flows = new List<object?>();
        private readonly List<object?> _flowVersions = new List<object?>();
        private readonly HashSet<string> _flowIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _versionIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _applicationIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>How many entries the document holds.</summary>
        public int Count => _flows.Count + _flowVersions.Count;

        /// <summary>
        /// The file name: <c>&lt;application id&gt;-import.json</c> when every entry came from one application, else
        /// <c>flows-import.json</c>.
        /// </summary>
        public string FileName => (_applicationIds.Count == 1 ? _applicationIds.First() : "flows") + "-import.json";

        /// <summary>Adds one export and the custom nodes it bundles; nothing is added when an entry is refused.</summary>
        /// <param name="export">The export.</param>
        /// <param name="where">The export's place in messages (its file name).</param>
        /// <param name="warn">Receives notes on conversions (obsolete globals).</param>
        /// <exception cref="ArgumentException">An entry does not fit the import schema; the message names it and the field.</exception>
        public void Add(FlowExport export, string where, Action<string> warn)
        {
            var flows = new List<(string? Id, OrderedDictionary Entry)>();
            var versions = new List<(string? Id, OrderedDictionary Entry)>();
            if (export.Name != null)
            {
                flows.Add((IdOf(export.Definition), ImportEntries.Flow(export.Definition, where, warn)));
            }
            else
            {
                versions.Add((IdOf(export.Definition), ImportEntries.Version(export.Definition, where, warn)));
            }

            for (var i = 0; i < export.CustomNodes.Count; i++)
            {
                var node = export.CustomNodes[i];
                flows.Add((IdOf(node), ImportEntries.Flow(node, $"{where} customNodes[{i}]", warn)));
            }

            for (var i = 0; i < export.CustomNodeVersions.Count; i++)
            {
                var node = export.CustomNodeVersions[i];
                versions.Add((IdOf(node), ImportEntries.Version(node, $"{where} customNodeVersions[{i}]", warn)));
            }

            AddOnce(flows, _flows, _flowIds);
            AddOnce(versions, _flowVersions, _versionIds);
            if (export.ApplicationId != null)
            {
                _applicationIds.Add(export.ApplicationId);
            }
        }

        /// <summary>The document's content.</summary>
        /// <returns>UTF-8 bytes, see <see cref="ExportJson"/>.</returns>
        public byte[] Render()
        {
            var document = new OrderedDictionary(StringComparer.Ordinal)
            {
                ["flows"] = _flows,
                ["flowVersions"] = _flowVersions,
            };
            return ExportJson.Bytes(document);
        }

        private static string? IdOf(object? entry) => PropertyBag.Get(entry, "id") as string;

        private static void AddOnce(List<(string? Id, OrderedDictionary Entry)> entries, List<object?> target, HashSet<string> ids)
        {
            foreach (var (id, entry) in entries)
            {
                if (id == null || ids.Add(id))
                {
                    target.Add(entry);
                }
            }
        }
    }
}
