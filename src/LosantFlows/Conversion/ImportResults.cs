using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Combines the results of several import calls into one Workflow Import Result
    /// (<c>flowsImportResult.json</c>: <c>flows</c>, <c>flowVersions</c>, <c>importedFlowIdMap</c>,
    /// <c>importedVersionIdMap</c>), PSTypeName <c>Losant.FlowImportResult</c>.
    /// </summary>
    internal static class ImportResults
    {
        /// <summary>The body id → new id pairs of a result's <c>importedFlowIdMap</c>.</summary>
        public static IEnumerable<KeyValuePair<string, string>> FlowIdMap(PSObject result) =>
            PropertyBag.Entries(PropertyBag.Get(result, "importedFlowIdMap"))
                .Select(e => new KeyValuePair<string, string>(e.Key, PropertyBag.Unwrap(e.Value)?.ToString() ?? ""));

        /// <summary>One result holding everything the given results hold, in order.</summary>
        public static PSObject Merge(IReadOnlyList<PSObject> results)
        {
            var merged = new PSObject();
            merged.TypeNames.Insert(0, "Losant.FlowImportResult");
            merged.Properties.Add(new PSNoteProperty("flows", results.SelectMany(r => Items(r, "flows")).ToArray()));
            merged.Properties.Add(new PSNoteProperty("flowVersions", results.SelectMany(r => Items(r, "flowVersions")).ToArray()));
            merged.Properties.Add(new PSNoteProperty("importedFlowIdMap", MergeMaps(results, "importedFlowIdMap")));
            merged.Properties.Add(new PSNoteProperty("importedVersionIdMap", MergeMaps(results, "importedVersionIdMap")));
            return merged;
        }

        private static IEnumerable<object?> Items(PSObject result, string name) =>
            PropertyBag.Items(PropertyBag.Get(result, name)) ?? (IEnumerable<object?>)new object?[0];

        private static PSObject MergeMaps(IReadOnlyList<PSObject> results, string name)
        {
            var map = new PSObject();
            foreach (var entry in results.SelectMany(r => PropertyBag.Entries(PropertyBag.Get(r, name))))
            {
                map.Properties.Remove(entry.Key);
                map.Properties.Add(new PSNoteProperty(entry.Key, entry.Value));
            }

            return map;
        }
    }
}
