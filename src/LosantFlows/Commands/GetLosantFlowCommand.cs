using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using LosantFlows.Engine;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists the workflows of a Losant application.</para>
    /// Losant action flows.get (GET /applications/{applicationId}/flows); output objects follow the Workflow schema
    /// (<c>flow.json</c>) with PSTypeName <c>Losant.Flow</c>.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "LosantFlow", SupportsPaging = true)]
    [OutputType("Losant.Flow")]
    [OutputType(typeof(string))]
    public sealed class GetLosantFlowCommand : FlowReadCommand
    {
        /// <summary>With -Query, also return flows whose versions (not only the develop version) match.</summary>
        [Parameter]
        public SwitchParameter AllVersions { get; set; }

        internal override void AddOwnParameters(FlowListQuery query) =>
            query.AllVersions = AllVersions.IsPresent ? true : (bool?)null;

        internal override Func<IRequestObserver, CancellationToken, Task<FlowPage>> PageRequest(FlowListQuery query) =>
            (observer, cancel) => Flows.GetAsync(ApplicationId, query, observer, cancel);
    }
}
