using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using LosantFlows.Conversion;

namespace LosantFlows.Export
{
    /// <summary>
    /// Which fields of a fetched workflow (<c>flow.json</c>) or workflow version (<c>flowVersion.json</c>) an export
    /// keeps. Losant's own exports (the <c>.flow</c>/<c>.node</c> files it writes) carry the definition — id, flowId,
    /// applicationId, name, description, iconData, flowClass, enabled, triggers, nodes, globals, minimumAgentVersion,
    /// customNodeConfig, customNodeSupports, and for a version its version and notes — and none of the fields the API
    /// sets itself, which are dropped here: dates, createdBy…/lastUpdatedBy…, stats, customNodeUseCount,
    /// deletedInDevelop, defaultVersionId (an id of a version in the source application), flowVersionId, an
    /// experience version's <c>versions</c> list, and the HAL fields <c>_links</c>, <c>_embedded</c>, <c>_etag</c>,
    /// <c>_type</c>, <c>_exportDate</c> (the last two are written anew). Every other field is kept.
    /// </summary>
    internal static class ExportFields
    {
        /// <summary>Fields an export never carries.</summary>
        public static readonly string[] Dropped = ServerFields.With("defaultVersionId", "versions", "_type", "_exportDate");

        /// <summary>
        /// Fields of a workflow that a workflow version does not carry (flowVersion.json has no name or description);
        /// a version export takes them from its workflow, as Losant's version exports do.
        /// </summary>
        public static readonly string[] FlowLevel =
        {
            "name", "description", "shortDescription", "iconData", "docsUrl", "category", "flowClass", "customNodeSupports",
        };

        /// <summary>The arrays of bundled custom nodes a fetched workflow has with <c>includeCustomNodes</c>.</summary>
        public static readonly string[] CustomNodeArrays = { "customNodes", "customNodeVersions" };

        /// <summary>A copy of a map's entries without the dropped fields (and without <paramref name="alsoDrop"/>).</summary>
        /// <param name="source">A map (JSON object values).</param>
        /// <param name="alsoDrop">More field names to leave out.</param>
        /// <returns>The kept entries, in the source's order.</returns>
        public static OrderedDictionary Kept(object? source, params string[] alsoDrop)
        {
            var kept = new OrderedDictionary(StringComparer.Ordinal);
            foreach (var entry in PropertyBag.Entries(source))
            {
                if (!Dropped.Contains(entry.Key, StringComparer.Ordinal) && !alsoDrop.Contains(entry.Key, StringComparer.Ordinal))
                {
                    kept[entry.Key] = entry.Value;
                }
            }

            return kept;
        }

        /// <summary>The entries of the array <paramref name="key"/> of <paramref name="source"/>, each without the dropped fields.</summary>
        /// <param name="source">A map.</param>
        /// <param name="key">The array's field, such as <c>customNodes</c>.</param>
        /// <returns>The cleaned entries; empty when the field is missing or not an array.</returns>
        public static List<object?> CleanedList(object? source, string key)
        {
            var items = PropertyBag.Items(PropertyBag.Get(source, key)) ?? new List<object?>();
            return items.Select(item => PropertyBag.IsMap(item) ? Kept(item) : item).ToList();
        }
    }
}
