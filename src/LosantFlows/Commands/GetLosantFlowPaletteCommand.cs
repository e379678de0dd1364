using System.Management.Automation;
using LosantFlows.Conversion;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists the custom nodes available to a Losant application's workflows.</para>
    /// Losant action flows.palette (GET /applications/{applicationId}/flows/palette, schema
    /// <c>paletteResponse.json</c>); writes one <c>Losant.PaletteNode</c> object per custom node.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "LosantFlowPalette")]
    [OutputType("Losant.PaletteNode")]
    [OutputType(typeof(string))]
    public sealed class GetLosantFlowPaletteCommand : LosantCmdlet
    {
        /// <summary>The application's id (24 hexadecimal characters).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateLosantId]
        public string ApplicationId { get; set; } = "";

        /// <summary>Domain scope of the request, sent as the <c>losantdomain</c> header (rarely needed).</summary>
        [Parameter]
        [ValidateHeaderText]
        public string? LosantDomain { get; set; }

        /// <summary>Write the palette's JSON text exactly as the API sent it instead of objects.</summary>
        [Parameter]
        public SwitchParameter AsJson { get; set; }

        /// <summary>Writes the palette's custom nodes, then its instance nodes.</summary>
        protected override void ProcessRecord()
        {
            if (AsJson)
            {
                if (TryCall((observer, cancel) => Flows.GetPaletteJsonAsync(ApplicationId, LosantDomain, observer, cancel), ApplicationId, out var json))
                {
                    WriteObject(json);
                }

                return;
            }

            if (!TryCall((observer, cancel) => Flows.GetPaletteAsync(ApplicationId, LosantDomain, observer, cancel), ApplicationId, out var palette))
            {
                return;
            }

            foreach (var list in new[] { "customNodes", "instanceNodes" })
            {
                var items = PropertyBag.Items(PropertyBag.Get(palette, list));
                foreach (var item in items ?? new object?[0])
                {
                    if (item is PSObject node && node.TypeNames[0] != "Losant.PaletteNode")
                    {
                        node.TypeNames.Insert(0, "Losant.PaletteNode");
                    }

                    WriteObject(item);
                }
            }
        }
    }
}
