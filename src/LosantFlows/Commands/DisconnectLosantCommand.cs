using System.Management.Automation;
using LosantFlows.Connections;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Forgets the session's Losant connection and closes its network connections.</para>
    /// Afterwards the cmdlets use <c>-Connection</c> or the <c>LOSANT_API_TOKEN</c> environment variable, if set.
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Losant")]
    [OutputType(typeof(void))]
    public sealed class DisconnectLosantCommand : PSCmdlet
    {
        /// <summary>Clears the connection.</summary>
        protected override void EndProcessing()
        {
            var previous = SessionConnections.Replace(null);
            if (previous == null)
            {
                WriteVerbose("The session was not connected to Losant.");
                return;
            }

            previous.Dispose();
            WriteVerbose($"Disconnected from {previous.Endpoint}.");
        }
    }
}
