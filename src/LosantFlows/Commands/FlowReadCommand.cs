using System.Management.Automation;

namespace LosantFlows.Commands
{
    /// <summary>
    /// The read cmdlets of the listing actions (<c>Get-LosantFlow</c>, <c>Get-LosantFlowVersion</c>): objects by
    /// default, or with <c>-AsJson</c> each page's JSON text exactly as the API sent it.
    /// </summary>
    public abstract class FlowReadCommand : FlowListCommand
    {
        /// <summary>Write each page's JSON text exactly as the API sent it, one string per page, instead of objects.</summary>
        [Parameter]
        public SwitchParameter AsJson { get; set; }

        /// <summary>Writes the objects, or the pages' JSON text.</summary>
        protected override void ProcessRecord()
        {
            if (AsJson)
            {
                WritePagesAsJson();
            }
            else
            {
                base.ProcessRecord();
            }
        }
    }
}
