using System;

namespace LosantFlows.Engine.Flows
{
    /// <summary>Paths of the Flows resource, <c>/applications/{applicationId}/flows</c> + action path (apiInfo.json <c>flows</c>).</summary>
    internal static class FlowPaths
    {
        internal static string Resource(string applicationId, string actionPath = "")
        {
            if (!LosantIds.IsValidId(applicationId))
                throw new ArgumentException(
                    $"ApplicationId '{applicationId}' is not a valid Losant id: expected 24 hexadecimal characters.", nameof(applicationId));
            return "/applications/" + Uri.EscapeDataString(applicationId) + "/flows" + actionPath;
        }

        /// <summary>
        /// The flowVersions resource of one flow, <c>/applications/{applicationId}/flows/{flowId}/versions</c>
        /// (apiInfo.json <c>flowVersions</c>); both ids must be 24 hex characters.
        /// </summary>
        internal static string Versions(string applicationId, string flowId)
        {
            if (!LosantIds.IsValidId(flowId))
                throw new ArgumentException(
                    $"FlowId '{flowId}' is not a valid Losant id: expected 24 hexadecimal characters.", nameof(flowId));
            return Resource(applicationId, "/" + Uri.EscapeDataString(flowId) + "/versions");
        }
    }
}
