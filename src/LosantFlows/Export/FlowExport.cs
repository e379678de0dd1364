using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using LosantFlows.Conversion;

namespace LosantFlows.Export
{
    /// <summary>
    /// One workflow in Losant's export format: <c>_exportDate</c>, <c>_type: "flow"</c>, the workflow's definition
    /// (see <see cref="ExportFields"/>) and the custom nodes it uses (<c>customNodes</c>, <c>customNodeVersions</c>;
    /// empty arrays when the workflow was fetched without them, as in Losant's own exports).
    /// </summary>
    internal sealed class FlowExport
    {
        private readonly OrderedDictionary _definition;

        private FlowExport(OrderedDictionary definition, List<object?> customNodes, List<object?> customNodeVersions)
        {
            _definition = definition;
            CustomNodes = customNodes;
            CustomNodeVersions = customNodeVersions;
        }

        /// <summary>The workflow's fields without the dropped ones and without the custom node arrays.</summary>
        public OrderedDictionary Definition => _definition;

        /// <summary>The bundled custom node workflows, cleaned.</summary>
        public List<object?> CustomNodes { get; }

        /// <summary>The bundled custom node versions, cleaned.</summary>
        public List<object?> CustomNodeVersions { get; }

        /// <summary>The workflow's name; null when it has none (a workflow version on its own).</summary>
        public string? Name => Text("name");

        /// <summary>The workflow's id: <c>flowId</c> when present (a version export), else <c>id</c>.</summary>
        public string? FlowId => Text("flowId") ?? Text("id");

        /// <summary>The version name of a version export, else null.</summary>
        public string? Version => Text("version");

        /// <summary>The application the workflow came from, or null.</summary>
        public string? ApplicationId => Text("applicationId");

        /// <summary>True for a custom node (flowClass <c>customNode</c>), which Losant exports as <c>.node</c>.</summary>
        public bool IsCustomNode => Text("flowClass") == "customNode";

        /// <summary>The file name, see <see cref="ExportFileName"/>.</summary>
        public string FileName => ExportFileName.For(Name, FlowId, Version, IsCustomNode);

        /// <summary>A workflow or workflow version as it is (from the pipeline or from a listing without <c>-Version</c>).</summary>
        /// <param name="item">JSON values from <see cref="ExportJson.Normalize"/>; must be a map.</param>
        /// <returns>The export.</returns>
        /// <remarks>A workflow's <c>flowId</c> equal to its own <c>id</c> is left out, as in Losant's workflow exports; a
        /// version keeps it (it names the version's workflow).</remarks>
        public static FlowExport From(object item)
        {
            var definition = ExportFields.Kept(item, ExportFields.CustomNodeArrays);
            if (!definition.Contains("version") && definition["flowId"] is string flowId && flowId == definition["id"] as string)
            {
                definition.Remove("flowId");
            }

            return new FlowExport(definition, ExportFields.CleanedList(item, "customNodes"), ExportFields.CleanedList(item, "customNodeVersions"));
        }

        /// <summary>
        /// A workflow version completed with its workflow's fields that versions lack (name, description, iconData …,
        /// see <see cref="ExportFields.FlowLevel"/>), as Losant's own version exports are.
        /// </summary>
        /// <param name="version">The version (JSON values, a map).</param>
        /// <param name="flow">Its workflow (JSON values, a map).</param>
        /// <param name="versionName">The version asked for; written as <c>version</c> when the version lacks it (experience versions).</param>
        /// <returns>The export.</returns>
        public static FlowExport FromVersion(object version, object flow, string versionName)
        {
            var export = From(version);
            foreach (var field in ExportFields.FlowLevel)
            {
                var value = PropertyBag.Get(flow, field);
                if (!export._definition.Contains(field) && value != null)
                {
                    export._definition[field] = value;
                }
            }

            if (export.Version == null)
            {
                export._definition["version"] = versionName;
            }

            return export;
        }

        /// <summary>Now as Losant writes <c>_exportDate</c>: ISO 8601 in UTC with milliseconds and Z.</summary>
        /// <returns>For example <c>2024-05-01T12:00:00.000Z</c>.</returns>
        public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        /// <summary>The file content with <paramref name="exportDate"/> as <c>_exportDate</c>.</summary>
        /// <param name="exportDate">The export date text.</param>
        /// <returns>UTF-8 bytes, see <see cref="ExportJson"/>.</returns>
        public byte[] Render(string exportDate)
        {
            var document = new OrderedDictionary(StringComparer.Ordinal);
            foreach (System.Collections.DictionaryEntry entry in _definition)
            {
                document[entry.Key] = entry.Value;
            }

            document["_exportDate"] = exportDate;
            document["_type"] = "flow";
            document["customNodes"] = CustomNodes;
            document["customNodeVersions"] = CustomNodeVersions;
            return ExportJson.Bytes(document);
        }

        private string? Text(string key) => _definition[key] as string;
    }
}
