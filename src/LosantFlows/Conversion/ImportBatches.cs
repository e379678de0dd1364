using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Splits a large import into calls the API takes (<c>-BatchSize</c>; at most 1000 flows and 1000 flow versions a
    /// call): flows in input order, each flow version in the batch of its flow (matched by the body id in
    /// <c>flowId</c>), versions of flows the input does not hold in the first batch, and versions beyond the batch size
    /// in extra batches right after. Before each batch is sent, a version whose flow was imported by an earlier batch
    /// gets that flow's new id.
    /// </summary>
    internal static class ImportBatches
    {
        /// <summary>The batches, in the order they must be sent.</summary>
        /// <param name="flows">The <c>flows</c> entries.</param>
        /// <param name="versions">The <c>flowVersions</c> entries.</param>
        /// <param name="size">The most flows, and the most versions, one batch holds (1 to 1000).</param>
        public static IReadOnlyList<ImportBatch> Split(IReadOnlyList<object?> flows, IReadOnlyList<object?> versions, int size)
        {
            var flowBatches = new List<ImportBatch>();
            var batchOfFlowId = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < flows.Count; i += size)
            {
                var batch = new ImportBatch(flows.Skip(i).Take(size).ToList(), new List<object?>());
                foreach (var flow in batch.Flows)
                {
                    if (PropertyBag.Unwrap(PropertyBag.Get(flow, "id")) is string id)
                    {
                        batchOfFlowId[id] = flowBatches.Count;
                    }
                }

                flowBatches.Add(batch);
            }

            if (flowBatches.Count == 0)
            {
                flowBatches.Add(new ImportBatch(new List<object?>(), new List<object?>()));
            }

            foreach (var version in versions)
            {
                var flowId = PropertyBag.Unwrap(PropertyBag.Get(version, "flowId")) as string;
                var index = flowId != null && batchOfFlowId.TryGetValue(flowId, out var found) ? found : 0;
                flowBatches[index].FlowVersions.Add(version);
            }

            return flowBatches.SelectMany(batch => SpillVersions(batch, size)).ToList();
        }

        private static IEnumerable<ImportBatch> SpillVersions(ImportBatch batch, int size)
        {
            yield return new ImportBatch(batch.Flows, batch.FlowVersions.Take(size).ToList());
            for (var i = size; i < batch.FlowVersions.Count; i += size)
            {
                yield return new ImportBatch(new List<object?>(), batch.FlowVersions.Skip(i).Take(size).ToList());
            }
        }
    }

    /// <summary>One import call: some flows and flow versions.</summary>
    internal sealed class ImportBatch
    {
        public ImportBatch(List<object?> flows, List<object?> flowVersions)
        {
            Flows = flows;
            FlowVersions = flowVersions;
        }

        /// <summary>The <c>flows</c> entries of this call.</summary>
        public List<object?> Flows { get; }

        /// <summary>The <c>flowVersions</c> entries of this call.</summary>
        public List<object?> FlowVersions { get; }

        /// <summary>The names of this batch's flows and versions, for reports.</summary>
        public IEnumerable<string> Names =>
            Flows.Select(f => PropertyBag.Unwrap(PropertyBag.Get(f, "name"))?.ToString() ?? "(no name)")
                .Concat(FlowVersions.Select(v => "version " + (PropertyBag.Unwrap(PropertyBag.Get(v, "version"))?.ToString() ?? "(no name)")));

        /// <summary>The import body, with version <c>flowId</c>s of flows imported earlier replaced by their new ids.</summary>
        /// <param name="importedFlowIds">Body id → new id, from the results of the batches sent before.</param>
        public OrderedDictionary ToBody(IReadOnlyDictionary<string, string> importedFlowIds) => new OrderedDictionary
        {
            ["flows"] = Flows.ToArray(),
            ["flowVersions"] = FlowVersions.Select(v => WithImportedFlowId(v, importedFlowIds)).ToArray(),
        };

        private static object? WithImportedFlowId(object? version, IReadOnlyDictionary<string, string> importedFlowIds)
        {
            if (!(PropertyBag.Unwrap(PropertyBag.Get(version, "flowId")) is string flowId) || !importedFlowIds.TryGetValue(flowId, out var newId))
            {
                return version;
            }

            var copy = new OrderedDictionary(StringComparer.Ordinal);
            foreach (var entry in PropertyBag.Entries(version))
            {
                copy[entry.Key] = entry.Key == "flowId" ? newId : entry.Value;
            }

            return copy;
        }
    }
}
