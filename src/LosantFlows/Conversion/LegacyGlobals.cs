using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Upgrades workflow globals from the pre-2017 export shape <c>{key, type[, value]}</c> to the current
    /// <c>{key, json}</c> (Workflow schema <c>flow.json</c>, <c>globals</c>: <c>json</c> is the value as JSON text).
    /// A value is kept as JSON text; a global without one gets the empty value of its type (<c>""</c>, <c>0</c>,
    /// <c>false</c>, <c>null</c>), so the workflow imports and the admin fills the value in afterwards.
    /// </summary>
    internal static class LegacyGlobals
    {
        /// <summary>The globals in the current shape; other entries pass unchanged.</summary>
        public static object? Upgrade(object? globals, string sourceName, Action<string> warn)
        {
            var items = PropertyBag.Items(globals);
            if (items == null)
            {
                return globals;
            }

            var upgraded = new List<string>();
            var emptied = new List<string>();
            var result = items.Select(item => IsLegacy(item) ? UpgradeOne(item, upgraded, emptied) : item).ToArray();
            if (upgraded.Count > 0)
            {
                warn($"{sourceName}: {upgraded.Count} global(s) in the obsolete {{key, type}} shape were converted to {{key, json}}: " +
                     $"{string.Join(", ", upgraded)}." +
                     (emptied.Count == 0 ? "" : $" {emptied.Count} had no value and got the empty value of their type; set their values after the import: {string.Join(", ", emptied)}."));
            }

            return result;
        }

        private static bool IsLegacy(object? item) =>
            PropertyBag.IsMap(item) && PropertyBag.Get(item, "json") == null && PropertyBag.Get(item, "type") != null;

        private static object UpgradeOne(object? item, List<string> upgraded, List<string> emptied)
        {
            var key = PropertyBag.Unwrap(PropertyBag.Get(item, "key"))?.ToString() ?? "";
            var value = PropertyBag.Get(item, "value");
            upgraded.Add(key);
            if (value == null) emptied.Add(key);
            return new OrderedDictionary
            {
                ["key"] = key,
                ["json"] = value != null ? Engine.PSJson.SerializeToString(value) : EmptyValueOf(PropertyBag.Unwrap(PropertyBag.Get(item, "type"))?.ToString()),
            };
        }

        private static string EmptyValueOf(string? type)
        {
            switch (type?.ToLowerInvariant())
            {
                case "string": return "\"\"";
                case "number": return "0";
                case "boolean": return "false";
                default: return "null";
            }
        }
    }
}
