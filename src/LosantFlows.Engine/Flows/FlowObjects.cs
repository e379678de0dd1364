using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace LosantFlows.Engine.Flows
{
    /// <summary>Turns parsed answers into the objects the cmdlets output (type names, top-level dates as UTC DateTime).</summary>
    internal static class FlowObjects
    {
        internal const string Flow = "Losant.Flow";
        internal const string FlowVersion = "Losant.FlowVersion";
        internal const string ImportResult = "Losant.FlowImportResult";
        internal const string Palette = "Losant.Palette";
        internal const string PaletteNode = "Losant.PaletteNode";

        private static readonly string[] DateProperties = { "creationDate", "lastUpdated" };

        /// <summary>For <see cref="ParseRoot"/>: an answer that is the item itself (flows.post).</summary>
        internal const int ItemIsRoot = 1;

        /// <summary>For <see cref="ParseRoot"/>: an answer whose items sit in arrays of the root object (pages, import results, palettes).</summary>
        internal const int ItemsInRootArrays = 3;

        /// <summary>
        /// The answer's root object. The objects and arrays inside its items (an item's <c>nodes</c>, <c>triggers</c> …)
        /// are read when first used; <paramref name="itemDepth"/> is where the items sit (<see cref="ItemIsRoot"/>,
        /// <see cref="ItemsInRootArrays"/>).
        /// </summary>
        internal static PSObject ParseRoot(LosantResponse response, string what, int itemDepth)
        {
            try
            {
                return PSJson.ParseObject(response.Body, itemDepth);
            }
            catch (FormatException ex)
            {
                throw new FormatException($"The Losant API answer to {what} is not the expected JSON object: {ex.Message}", ex);
            }
        }

        /// <summary>Adds the type name and converts the item's own creationDate/lastUpdated; nested values stay as sent.</summary>
        internal static PSObject ToItem(object? value, string typeName)
        {
            var item = value as PSObject ?? PSObject.AsPSObject(value ?? new object());
            foreach (var name in DateProperties)
            {
                var property = item.Properties[name];
                if (property?.Value is string text && TryParseDate(text, out var date)) property.Value = date;
            }

            item.TypeNames.Insert(0, typeName);
            return item;
        }

        internal static void ConvertItems(PSObject owner, string propertyName, string typeName, bool convertDates)
        {
            if (!(owner.Properties[propertyName]?.Value is object?[] items)) return;
            foreach (var element in items)
            {
                if (!(element is PSObject item)) continue;
                if (convertDates) ToItem(item, typeName);
                else item.TypeNames.Insert(0, typeName);
            }
        }

        internal static FlowPage ToPage(LosantResponse response, string what, string typeName)
        {
            PSObject envelope;
            try
            {
                envelope = ParseRoot(response, what, ItemsInRootArrays);
            }
            catch (FormatException whole)
            {
                return PageByItem.Read(response, what, typeName, whole);
            }

            var raw = envelope.Properties["items"]?.Value as object?[] ?? Array.Empty<object?>();
            var items = new List<PSObject>(raw.Length);
            foreach (var element in raw) items.Add(ToItem(element, typeName));
            var count = Number(envelope, "count") ?? items.Count;
            return new FlowPage(items, count, Number(envelope, "totalCount") ?? count, Number(envelope, "page") ?? 0, Number(envelope, "perPage") ?? 0, response.Body);
        }

        private static long? Number(PSObject envelope, string name)
        {
            switch (envelope.Properties[name]?.Value)
            {
                case int i: return i;
                case long l: return l;
                case decimal m when m >= long.MinValue && m <= long.MaxValue: return (long)m;
                case double d when d >= long.MinValue && d <= long.MaxValue: return (long)d;
                case string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed): return parsed;
                default: return null;
            }
        }

        private static bool TryParseDate(string text, out DateTime date) =>
            DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date);
    }
}
