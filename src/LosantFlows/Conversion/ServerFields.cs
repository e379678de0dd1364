using System.Linq;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Fields of a fetched workflow (<c>flow.json</c>) or workflow version (<c>flowVersion.json</c>) that the API sets
    /// itself, so that no request body (Workflow Post, Workflows Import Post) and no export carries them, and the module's
    /// own convenience members (LosantFlows.Types.ps1xml), which ConvertTo-Json writes out with the rest.
    /// </summary>
    internal static class ServerFields
    {
        /// <summary>Set by the API: dates, who created or changed it, run statistics, HAL links.</summary>
        public static readonly string[] SetByApi =
        {
            "creationDate", "lastUpdated", "createdById", "createdByType", "lastUpdatedById", "lastUpdatedByType",
            "customNodeUseCount", "deletedInDevelop", "stats", "flowVersionId", "_links", "_embedded", "_etag",
        };

        /// <summary>The module's script properties on Losant.Flow and Losant.FlowVersion objects.</summary>
        public static readonly string[] ModuleMembers = { "TriggerCount", "NodeCount" };

        /// <summary><see cref="SetByApi"/>, <see cref="ModuleMembers"/> and <paramref name="more"/>, as one list.</summary>
        public static string[] With(params string[] more) => SetByApi.Concat(ModuleMembers).Concat(more).ToArray();
    }
}
