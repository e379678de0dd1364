using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using LosantFlows.Engine;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets each workflow of a Losant application at a named version.</para>
    /// Losant action flows.getByVersion (GET /applications/{applicationId}/flows/version); output objects follow the
    /// Workflow Version schema (<c>flowVersion.json</c>) with PSTypeName <c>Losant.FlowVersion</c>. Flows piped from
    /// <c>Get-LosantFlow</c> bind <c>-ApplicationId</c> and <c>-FlowId</c>, so each gives its own version.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "LosantFlowVersion", SupportsPaging = true)]
    [OutputType("Losant.FlowVersion")]
    [OutputType(typeof(string))]
    public sealed class GetLosantFlowVersionCommand : FlowReadCommand
    {
        /// <summary>The version name, for example <c>develop</c> or <c>v1.0.0</c>.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VersionNameCompleter))]
        public string Version { get; set; } = "";

        /// <summary>Only this workflow's version (24 hexadecimal characters); sent as the advanced query <c>{"flowId": …}</c>,
        /// combined with <c>-Query</c> by <c>$and</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLosantId]
        public string? FlowId { get; set; }

        /// <summary>Writes the versions; warns when no workflow has a version of that name (often a typo).</summary>
        protected override void ProcessRecord()
        {
            var written = ItemsWritten;
            var failures = FailuresReported;
            base.ProcessRecord();
            if (!AsJson && !Page.HasValue && PagingParameters.Skip == 0 && ItemsWritten == written && FailuresReported == failures)
            {
                WriteWarning($"No workflow of application {ApplicationId} that the filters select has a version named '{Version}'. " +
                             "Version names are case-sensitive; every workflow has 'develop'.");
            }
        }

        internal override void AddOwnParameters(FlowListQuery query)
        {
            if (FlowId != null)
            {
                var byFlow = "{\"flowId\":\"" + FlowId + "\"}";
                query.Query = query.Query == null ? byFlow : "{\"$and\":[" + query.Query + "," + byFlow + "]}";
            }
        }

        internal override Func<IRequestObserver, CancellationToken, Task<FlowPage>> PageRequest(FlowListQuery query) =>
            (observer, cancel) => Flows.GetByVersionAsync(ApplicationId, Version, query, observer, cancel);
    }
}
