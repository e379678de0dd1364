using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Linq;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Makes one workflow or workflow version fit the import schema (<c>flowsImportPost.json</c>, <c>flows[]</c> and
    /// <c>flowVersions[]</c> items) before anything is sent: keeps the fields the schema defines, drops the fields the API
    /// sets itself (dates, <c>stats</c>, <c>createdBy…</c>), keeps other string fields (the schema allows unknown string
    /// keys up to 1024 characters, such as an export's <c>_type</c> and <c>_exportDate</c>), upgrades obsolete globals,
    /// and refuses anything else with an error naming the entry and the field.
    /// </summary>
    internal static class ImportEntries
    {
        private static readonly string[] FlowFields =
        {
            "id", "applicationId", "name", "description", "shortDescription", "iconData", "docsUrl", "category", "enabled",
            "triggers", "nodes", "globals", "flowClass", "defaultVersionId", "minimumAgentVersion", "customNodeConfig",
            "customNodeSupports",
        };

        private static readonly string[] VersionFields =
        {
            "id", "flowId", "applicationId", "version", "notes", "enabled", "triggers", "nodes", "globals",
            "minimumAgentVersion", "customNodeConfig",
        };

        private static readonly string[] Dropped = ServerFields.With();

        private static readonly string[] ReservedVersions = { "develop", "default" };

        private const int MaxNameLength = 255;
        private const int MaxExtraStringLength = 1024;

        /// <summary>A <c>flows[]</c> entry.</summary>
        /// <param name="flow">The workflow (a map).</param>
        /// <param name="where">The entry's place for messages, such as <c>ops.flow</c> or <c>-ImportData flows[2]</c>.</param>
        /// <param name="warn">Receives notes on conversions made.</param>
        /// <exception cref="ArgumentException">The entry is not a map, lacks a valid <c>name</c>, or has a field the schema refuses.</exception>
        public static OrderedDictionary Flow(object? flow, string where, Action<string> warn)
        {
            var entry = Filter(flow, where, FlowFields, warn);
            var value = PropertyBag.Unwrap(entry["name"]);
            var name = value as string;
            if (string.IsNullOrEmpty(name) || name!.Length > MaxNameLength)
            {
                throw new ArgumentException($"{where}: 'name' must be text of 1 to {MaxNameLength} characters" +
                                            (value == null ? "; the workflow has none." : name == null ? $"; it is {PropertyBag.Describe(value)}." : $"; it has {name.Length}."));
            }

            return entry;
        }

        /// <summary>A <c>flowVersions[]</c> entry; <c>version</c> is required.</summary>
        /// <inheritdoc cref="Flow" path="/param"/>
        /// <exception cref="ArgumentException">The entry is not a map, lacks <c>version</c>, or has a field the schema refuses.</exception>
        public static OrderedDictionary Version(object? version, string where, Action<string> warn)
        {
            var entry = Filter(version, where, VersionFields, warn);
            var name = PropertyBag.Unwrap(entry["version"]) as string;
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException($"{where}: a workflow version needs a 'version' name.");
            }

            if (IsReservedVersion(name))
            {
                throw new ArgumentException(
                    $"{where}: the version name '{name}' is Losant's own (develop is the workflow being edited, default the one that runs); " +
                    "an import can only add named versions. Give it another name, or import the workflow itself from a workflow export.");
            }

            return entry;
        }

        /// <summary>True for develop and default (any case): Losant's own versions, which an import cannot add.</summary>
        public static bool IsReservedVersion(string? name) => name != null && ReservedVersions.Contains(name, StringComparer.OrdinalIgnoreCase);

        private static OrderedDictionary Filter(object? source, string where, string[] fields, Action<string> warn)
        {
            if (!PropertyBag.IsMap(source))
            {
                throw new ArgumentException($"{where} must be an object, not {PropertyBag.Describe(source)}.");
            }

            var repeat = PropertyBag.CaseRepeat(PropertyBag.Keys(source));
            if (repeat != null)
            {
                throw new ArgumentException($"{where}: the fields '{repeat.Item1}' and '{repeat.Item2}' differ only in case; keep one.");
            }

            var entry = new OrderedDictionary(StringComparer.Ordinal);
            foreach (var pair in PropertyBag.Entries(source))
            {
                var value = PropertyBag.Unwrap(pair.Value);
                if (value is DateTime date)
                {
                    // ConvertFrom-Json turns an export's _exportDate into a DateTime; the export wrote it as ISO 8601 text.
                    value = date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                }

                if (fields.Contains(pair.Key))
                {
                    entry[pair.Key] = pair.Key == "globals" ? LegacyGlobals.Upgrade(pair.Value, where, warn) : pair.Value;
                }
                else if (Dropped.Contains(pair.Key))
                {
                    continue;
                }
                else if (value is string text && text.Length <= MaxExtraStringLength)
                {
                    entry[pair.Key] = text;
                }
                else
                {
                    throw new ArgumentException(
                        $"{where}: the field '{pair.Key}' is not part of the import schema; only text of at most {MaxExtraStringLength} characters may be added. " +
                        $"Remove the field or fix its name (defined fields: {string.Join(", ", fields)}).");
                }
            }

            return entry;
        }
    }
}
