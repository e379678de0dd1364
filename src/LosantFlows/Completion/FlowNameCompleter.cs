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
    /// Completes <c>-Filter</c> with the names of the workflows of the application given by <c>-ApplicationId</c>, asking
    /// Losant flows.get (GET /applications/{applicationId}/flows, filterField <c>name</c>, filter = the typed text
    /// followed by <c>*</c>, perPage 50, and <c>-FlowClass</c>/<c>-LosantDomain</c> when typed). Offers nothing, and sends
    /// nothing, until <c>-ApplicationId</c> holds a valid id; gives up silently after 2 s or on any failure; reuses an
    /// answer for 30 s. Names are quoted when they need it (<c>'Ops Deploy'</c>, <c>'Bob''s flow'</c>).
    /// </summary>
    public sealed class FlowNameCompleter : IArgumentCompleter
    {
        /// <summary>Names asked for per completion (the first page of flows.get).</summary>
        internal const int PerPage = 50;

        /// <summary>
        /// The flow names for <paramref name="wordToComplete"/>, in the order the API sorts them (name, ascending), each once.
        /// Never throws, never writes, never prompts.
        /// </summary>
        /// <param name="commandName">The command being completed (not used).</param>
        /// <param name="parameterName">The parameter being completed (not used).</param>
        /// <param name="wordToComplete">The value typed so far, possibly with an opening quote.</param>
        /// <param name="commandAst">The command's syntax tree (not used).</param>
        /// <param name="fakeBoundParameters">Values already typed: ApplicationId, FlowClass, LosantDomain, Connection.</param>
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var applicationId = CompletionArguments.Id(fakeBoundParameters, "ApplicationId");
                var connection = applicationId == null ? null : CompletionArguments.Connection(fakeBoundParameters);
                if (connection == null)
                {
                    return Array.Empty<CompletionResult>();
                }

                var prefix = CompletionText.Prefix(wordToComplete);
                var flowClass = CompletionArguments.Text(fakeBoundParameters, "FlowClass");
                var domain = CompletionArguments.Text(fakeBoundParameters, "LosantDomain");
                var key = CompletionCache.Key(CompletionCache.Scope(connection), applicationId, "Filter", flowClass, domain, prefix);
                return CompletionCache.Results(key, ct => FetchAsync(connection, applicationId!, prefix, flowClass, domain, ct));
            }
            catch (Exception)
            {
                return Array.Empty<CompletionResult>();
            }
        }

        private static async Task<IReadOnlyList<string>> FetchAsync(
            LosantConnection connection, string applicationId, string prefix, string? flowClass, string? domain, CancellationToken ct)
        {
            var query = new FlowListQuery
            {
                PerPage = PerPage,
                FilterField = "name",
                Filter = prefix + "*",
                FlowClass = flowClass,
                LosantDomain = domain,
            };
            var page = await connection.Flows.GetAsync(applicationId, query, null, ct).ConfigureAwait(false);
            return page.Items
                .Select(item => item.Properties["name"]?.Value as string)
                .Where(name => name != null)
                .Select(name => name!)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
    }
}
