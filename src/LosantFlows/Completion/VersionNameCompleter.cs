using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using LosantFlows.Connections;
using LosantFlows.Engine;

namespace LosantFlows.Completion
{
    /// <summary>
    /// Completes <c>-Version</c> with the version names of the workflows of the application given by <c>-ApplicationId</c>:
    /// of the flow given by <c>-FlowId</c>, else of the application's first 25 flows (Losant flows.get, perPage 25, with
    /// <c>-FlowClass</c> when typed), whose versions are asked in parallel through Losant flowVersions.get
    /// (GET /applications/{applicationId}/flows/{flowId}/versions, filterField <c>version</c>, filter = the typed text
    /// followed by <c>*</c>, perPage 50). Gives the union of the names starting with the typed text, <c>develop</c>
    /// (which every flow has) whenever it matches, sorted case-insensitively. Offers nothing, and sends nothing, until
    /// <c>-ApplicationId</c> (and <c>-FlowId</c> when typed) hold valid ids; gives up silently after 2 s or on any
    /// failure; reuses an answer for 30 s.
    /// </summary>
    public sealed class VersionNameCompleter : IArgumentCompleter
    {
        /// <summary>Flows whose versions are asked when no <c>-FlowId</c> is typed (the first page of flows.get).</summary>
        internal const int FlowsPerPage = 25;

        /// <summary>Versions asked for per flow (the first page of flowVersions.get).</summary>
        internal const int VersionsPerPage = 50;

        /// <summary>The version every flow has.</summary>
        internal const string Develop = "develop";

        /// <summary>The version names for <paramref name="wordToComplete"/>. Never throws, never writes, never prompts.</summary>
        /// <param name="commandName">The command being completed (not used).</param>
        /// <param name="parameterName">The parameter being completed (not used).</param>
        /// <param name="wordToComplete">The value typed so far, possibly with an opening quote.</param>
        /// <param name="commandAst">The command's syntax tree (not used).</param>
        /// <param name="fakeBoundParameters">Values already typed: ApplicationId, FlowId, FlowClass, LosantDomain, Connection.</param>
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var applicationId = CompletionArguments.Id(fakeBoundParameters, "ApplicationId");
                var flowId = CompletionArguments.Id(fakeBoundParameters, "FlowId");
                if (applicationId == null || (flowId == null && CompletionArguments.IsBound(fakeBoundParameters, "FlowId")))
                {
                    return Array.Empty<CompletionResult>();
                }

                var connection = CompletionArguments.Connection(fakeBoundParameters);
                if (connection == null)
                {
                    return Array.Empty<CompletionResult>();
                }

                var prefix = CompletionText.Prefix(wordToComplete);
                var flowClass = flowId == null ? CompletionArguments.Text(fakeBoundParameters, "FlowClass") : null;
                var domain = CompletionArguments.Text(fakeBoundParameters, "LosantDomain");
                var key = CompletionCache.Key(CompletionCache.Scope(connection), applicationId, "Version", flowId, flowClass, domain, prefix);
                return CompletionCache.Results(key, ct => FetchAsync(connection, applicationId, flowId, prefix, flowClass, domain, ct));
            }
            catch (Exception)
            {
                return Array.Empty<CompletionResult>();
            }
        }

        private static async Task<IReadOnlyList<string>> FetchAsync(
            LosantConnection connection, string applicationId, string? flowId, string prefix, string? flowClass, string? domain, CancellationToken ct)
        {
            var flows = connection.Flows;
            IReadOnlyList<string> flowIds;
            if (flowId != null)
            {
                flowIds = new[] { flowId };
            }
            else
            {
                var list = new FlowListQuery { PerPage = FlowsPerPage, FlowClass = flowClass, LosantDomain = domain };
                var page = await flows.GetAsync(applicationId, list, null, ct).ConfigureAwait(false);
                flowIds = page.Items.Select(i => i.Properties["id"]?.Value as string).Where(LosantIds.IsValidId).Select(id => id!).ToList();
            }

            var pages = await Task.WhenAll(flowIds.Select(id => VersionsOf(flows, applicationId, id, prefix, domain, ct))).ConfigureAwait(false);
            var names = new HashSet<string>(pages.SelectMany(p => p), StringComparer.Ordinal) { Develop };
            return names
                .Where(name => CompletionText.HasWildcard(prefix) || name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .OrderBy(name => name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(name => name, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// The version names of one flow matching the prefix; a flow not found (deleted since it was listed) contributes
        /// none. Any other failure, and cancellation, end the whole completion.
        /// </summary>
        private static async Task<IEnumerable<string>> VersionsOf(
            FlowsApi flows, string applicationId, string flowId, string prefix, string? domain, CancellationToken ct)
        {
            var query = new FlowListQuery
            {
                PerPage = VersionsPerPage,
                FilterField = "version",
                Filter = prefix + "*",
                LosantDomain = domain,
            };
            FlowPage page;
            try
            {
                page = await flows.GetFlowVersionsAsync(applicationId, flowId, query, null, ct).ConfigureAwait(false);
            }
            catch (LosantApiException e) when (e.StatusCode == 404)
            {
                return Array.Empty<string>();
            }

            return page.Items.SelectMany(NamesOf);
        }

        /// <summary>A version's name: <c>version</c>, or for experience flows each name in <c>versions</c>.</summary>
        private static IEnumerable<string> NamesOf(PSObject item)
        {
            if (item.Properties["version"]?.Value is string name)
            {
                return new[] { name };
            }

            return item.Properties["versions"]?.Value is object?[] names ? names.OfType<string>() : Enumerable.Empty<string>();
        }
    }
}
