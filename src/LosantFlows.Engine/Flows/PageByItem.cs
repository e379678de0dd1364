using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using LosantFlows.Engine.Json;

namespace LosantFlows.Engine.Flows
{
    /// <summary>
    /// Reads a page that cannot become PowerShell objects as a whole, item by item, so that one workflow PowerShell cannot
    /// hold (keys that differ only in case, an empty or reserved key) is reported by name and the others are still listed,
    /// exported and backed up.
    /// </summary>
    internal static class PageByItem
    {
        /// <summary>The page with the items that read; <see cref="FlowPage.Unreadable"/> says which did not and why.</summary>
        /// <param name="response">The answer.</param>
        /// <param name="what">The action, for messages (flows.get …).</param>
        /// <param name="typeName">The items' PSTypeName.</param>
        /// <param name="whole">What reading the whole page met; thrown when the envelope itself does not read.</param>
        /// <exception cref="FormatException"><paramref name="whole"/>, when the answer is not JSON or not a page.</exception>
        internal static FlowPage Read(LosantResponse response, string what, string typeName, FormatException whole)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(response.Body, new JsonDocumentOptions { MaxDepth = JsonLimits.LibraryDepth });
            }
            catch (JsonException)
            {
                throw whole;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                    throw whole;

                var readable = new List<PSObject>();
                var unreadable = new List<UnreadableItem>();
                var index = 0;
                foreach (var element in items.EnumerateArray())
                {
                    try
                    {
                        var item = PSJson.ParseObject(Encoding.UTF8.GetBytes(element.GetRawText()), FlowObjects.ItemIsRoot);
                        readable.Add(FlowObjects.ToItem(item, typeName));
                    }
                    catch (FormatException e)
                    {
                        unreadable.Add(new UnreadableItem(index, Text(element, "flowId") ?? Text(element, "id"), $"{Describe(element, index)} in the answer to {what} cannot be read: {e.Message}"));
                    }

                    index++;
                }

                var count = Number(root, "count") ?? index;
                return new FlowPage(readable, count, Number(root, "totalCount") ?? count, Number(root, "page") ?? 0, Number(root, "perPage") ?? 0,
                    response.Body, unreadable);
            }
        }

        private static string Describe(JsonElement item, int index)
        {
            var place = $"item {index + 1} of the page";
            var flowId = Text(item, "flowId");
            var version = Text(item, "version");
            var name = Text(item, "name");
            var id = flowId ?? Text(item, "id");
            if (name == null && id == null && version == null) return char.ToUpperInvariant(place[0]) + place.Substring(1);
            var what = version != null && flowId != null ? $"The version '{version}' of the workflow" : "The workflow";
            return what + (name != null ? $" '{name}'" : "") + (id != null ? $" ({id})" : "") + $", {place},";
        }

        private static string? Text(JsonElement item, string name)
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String) return null;
            try
            {
                return value.GetString();
            }
            catch (InvalidOperationException)
            {
                return value.GetRawText();
            }
        }

        private static long? Number(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out var value)) return null;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)) return number;
            if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number)) return number;
            return null;
        }
    }
}
