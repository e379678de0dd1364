using System;
using System.Management.Automation;
using LosantFlows.Connections;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Shows the Losant connection the cmdlets would use: endpoint and how it is authenticated.</para>
    /// The session's connection from <c>Connect-Losant</c>, else the one the <c>LOSANT_API_TOKEN</c> and
    /// <c>LOSANT_API_URL</c> environment variables describe. The token is never shown.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "LosantConnection")]
    [OutputType(typeof(LosantConnection))]
    public sealed class GetLosantConnectionCommand : PSCmdlet
    {
        /// <summary>Writes the connection, or an error when there is none.</summary>
        protected override void EndProcessing()
        {
            LosantConnection? connection;
            try
            {
                connection = SessionConnections.Current ?? EnvironmentConnection.TryCreate();
            }
            catch (ArgumentException e)
            {
                WriteError(new ErrorRecord(e, "Losant.InvalidEndpoint", ErrorCategory.InvalidArgument, EnvironmentConnection.UrlVariable));
                return;
            }

            if (connection == null)
            {
                WriteError(new ErrorRecord(SessionConnections.NotConnectedError(), "Losant.NotConnected", ErrorCategory.ObjectNotFound, null));
                return;
            }

            WriteObject(connection);
        }
    }
}
