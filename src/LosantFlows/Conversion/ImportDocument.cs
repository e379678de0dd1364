using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Gathers workflows from several sources into one body for flows.import (schema <c>flowsImportPost.json</c>:
    /// <c>{flows: [...], flowVersions: [...]}</c>, at most 1000 of each). A source is either an import document, or a
    /// workflow in Losant's export format (<c>.flow</c>/<c>.node</c>: one workflow with <c>_type</c>,
    /// <c>_exportDate</c> and possibly bundled <c>customNodes</c>/<c>customNodeVersions</c>). Bundled custom nodes
    /// join <c>flows</c> and their versions join <c>flowVersions</c>, because the import schema has no place for them
    /// inside a workflow.
    /// </summary>
    internal sealed class ImportDocument
    {
        /// <summary>The most flows, and the most flow versions, one import call takes.</summary>
        public const int MaxPerCall = 1000;

        private static readonly string[] RootFields = { "flows", "flowVersions" };

        private readonly List<object?> _flows = new List<object?>();
        private readonly List<object?> _flowVersions = new List<object?>();

        /// <summary>The <c>flows</c> entries gathered so far.</summary>
        public IReadOnlyList<object?> Flows => _flows;

        /// <summary>The <c>flowVersions</c> entries gathered so far.</summary>
        public IReadOnlyList<object?> FlowVersions => _flowVersions;

        /// <summary>Adds one source.</summary>
        /// <param name="source">A parsed JSON object, a hashtable or a PSCustomObject.</param>
        /// <param name="sourceName">What to call the source in errors and warnings (a file path, "-ImportData").</param>
        /// <param name="warn">Receives notes on conversions made (obsolete globals).</param>
        /// <exception cref="ArgumentException">The source is neither an import document nor a workflow export.</exception>
        public void Add(object? source, string sourceName, Action<string> warn)
        {
            if (!PropertyBag.IsMap(source))
            {
                throw new ArgumentException($"{sourceName} holds {PropertyBag.Describe(source)}; expected a workflow export or an import document {{flows, flowVersions}}.");
            }

            var keys = PropertyBag.Keys(source).ToList();
            var part = new Part(warn);
            if (keys.Any(k => RootFields.Contains(k, StringComparer.OrdinalIgnoreCase)))
            {
                part.AddImportDocument(source, keys, sourceName);
            }
            else if (PropertyBag.Get(source, "name") != null)
            {
                part.AddExport(source!, sourceName);
            }
            else
            {
                throw new ArgumentException($"{sourceName} is neither a workflow export (no 'name') nor an import document (no 'flows' or 'flowVersions').");
            }

            _flows.AddRange(part.Flows);
            _flowVersions.AddRange(part.FlowVersions);
        }

        /// <summary>The entries of one source, added to the document only when the whole source is valid.</summary>
        private sealed class Part
        {
            private readonly Action<string> _warn;

            public Part(Action<string> warn) => _warn = warn;

            public List<object?> Flows { get; } = new List<object?>();

            public List<object?> FlowVersions { get; } = new List<object?>();

            public void AddImportDocument(object? source, List<string> keys, string sourceName)
            {
                var repeat = PropertyBag.CaseRepeat(keys);
                if (repeat != null)
                {
                    throw new ArgumentException($"{sourceName} has the keys '{repeat.Item1}' and '{repeat.Item2}', which differ only in case; keep one.");
                }

                var unknown = keys.FirstOrDefault(k => !RootFields.Contains(k, StringComparer.OrdinalIgnoreCase));
                if (unknown != null)
                {
                    throw new ArgumentException($"{sourceName} is an import document with the key '{unknown}'; only 'flows' and 'flowVersions' are allowed.");
                }

                AddEntries(ListOf(source, "flows", sourceName), sourceName + " flows", isVersion: false);
                AddEntries(ListOf(source, "flowVersions", sourceName), sourceName + " flowVersions", isVersion: true);
            }

            public void AddExport(object source, string sourceName)
            {
                var flow = new OrderedDictionary(StringComparer.Ordinal);
                foreach (var entry in PropertyBag.Entries(source))
                {
                    if (entry.Key != "customNodes" && entry.Key != "customNodeVersions")
                    {
                        flow[entry.Key] = entry.Value;
                    }
                }

                Flows.Add(ImportEntries.Flow(flow, sourceName, _warn));
                AddEntries(ListOf(source, "customNodes", sourceName), sourceName + " customNodes", isVersion: false);
                AddEntries(ListOf(source, "customNodeVersions", sourceName), sourceName + " customNodeVersions", isVersion: true);
            }

            private void AddEntries(IEnumerable<object?> entries, string where, bool isVersion)
            {
                var index = 0;
                foreach (var entry in entries)
                {
                    var place = $"{where}[{index++}]";
                    if (isVersion)
                    {
                        FlowVersions.Add(ImportEntries.Version(entry, place, _warn));
                    }
                    else
                    {
                        Flows.Add(ImportEntries.Flow(entry, place, _warn));
                    }
                }
            }
        }

        private static IEnumerable<object?> ListOf(object? source, string key, string sourceName)
        {
            var value = PropertyBag.Get(source, key);
            if (value == null)
            {
                return Enumerable.Empty<object?>();
            }

            return PropertyBag.Items(value) ?? throw new ArgumentException($"{sourceName}: '{key}' must be an array.");
        }
    }
}
