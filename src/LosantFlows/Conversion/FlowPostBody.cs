using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Builds the body of flows.post from a workflow the user gives (a hashtable, a PSCustomObject, a flow from
    /// <c>Get-LosantFlow</c>, JSON text): keeps the fields the Workflow Post schema (<c>flowPost.json</c>) defines, in the
    /// input's order, drops the read-only fields a fetched or exported workflow carries, and refuses anything else,
    /// because the API rejects keys the schema does not define.
    /// </summary>
    internal static class FlowPostBody
    {
        /// <summary>The fields of <c>flowPost.json</c>.</summary>
        public static readonly string[] Fields =
        {
            "name", "description", "shortDescription", "iconData", "docsUrl", "category", "enabled", "triggers", "nodes",
            "globals", "flowClass", "minimumAgentVersion", "customNodeConfig", "customNodeSupports",
        };

        /// <summary>
        /// Fields of a fetched Workflow (<c>flow.json</c>), a Workflow Version or an export that the API sets itself, and
        /// the module's own convenience members (LosantFlows.Types.ps1xml) that ConvertTo-Json writes out.
        /// </summary>
        public static readonly string[] ReadOnlyFields = ServerFields.With(
            "id", "flowId", "applicationId", "defaultVersionId", "version", "notes", "customNodes", "customNodeVersions", "_type", "_exportDate");

        private const int MaxNameLength = 255;

        /// <summary>The body for flows.post.</summary>
        /// <param name="flow">The workflow: a map of fields.</param>
        /// <exception cref="ArgumentException">The input is not a map, lacks <c>name</c>, has a name over 255 characters,
        /// or has a field that is neither in Workflow Post nor read-only.</exception>
        public static OrderedDictionary From(object flow)
        {
            if (!PropertyBag.IsMap(flow))
            {
                throw new InvalidInputException("-Flow must be a workflow: a hashtable, an object from Get-LosantFlow, or JSON text of an object.", "Flow");
            }

            var repeat = PropertyBag.CaseRepeat(PropertyBag.Keys(flow));
            if (repeat != null)
            {
                throw new InvalidInputException($"The workflow has the fields '{repeat.Item1}' and '{repeat.Item2}', which differ only in case; keep one.", "Flow");
            }

            var body = new OrderedDictionary(StringComparer.Ordinal);
            foreach (var entry in PropertyBag.Entries(flow))
            {
                var field = Fields.FirstOrDefault(f => string.Equals(f, entry.Key, StringComparison.OrdinalIgnoreCase));
                if (field != null)
                {
                    body[field] = entry.Value;
                }
                else if (!ReadOnlyFields.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
                {
                    throw new InvalidInputException(
                        $"The workflow has the field '{entry.Key}', which Workflow Post does not define. Allowed fields: {string.Join(", ", Fields)}.",
                        "Flow");
                }
            }

            var name = PropertyBag.Unwrap(body["name"]);
            if (name != null && !(name is string))
            {
                throw new InvalidInputException($"The workflow's 'name' is {PropertyBag.Describe(name)}; Workflow Post requires text of 1 to 255 characters.", "Name");
            }

            CheckName((string?)name);
            return body;
        }

        /// <summary>Checks a workflow name against <c>flowPost.json</c>: required, 1 to 255 characters.</summary>
        /// <exception cref="ArgumentException">The name is missing, empty or too long.</exception>
        public static void CheckName(string? name)
        {
            if (name == null)
            {
                throw new InvalidInputException("The workflow has no 'name'; Workflow Post requires a name of 1 to 255 characters.", "Name");
            }

            if (name.Length == 0)
            {
                throw new InvalidInputException("The workflow's 'name' is empty; Workflow Post requires a name of 1 to 255 characters.", "Name");
            }

            if (name.Length > MaxNameLength)
            {
                throw new InvalidInputException($"The workflow's 'name' has {name.Length} characters; at most {MaxNameLength} are allowed.", "Name");
            }
        }
    }
}
