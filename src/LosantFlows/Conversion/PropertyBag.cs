using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Reads the named values of the objects users hand to the cmdlets — hashtables, <c>[ordered]</c> dictionaries,
    /// PSCustomObjects and objects parsed from JSON — in their own order.
    /// </summary>
    internal static class PropertyBag
    {
        /// <summary>True when <paramref name="value"/> is a map of named values (not a string, array or scalar).</summary>
        public static bool IsMap(object? value)
        {
            var inner = Unwrap(value);
            return inner is IDictionary || (value is PSObject && (inner is PSCustomObject || inner is PSObject));
        }

        /// <summary>The entries of a map, in order; an empty sequence for anything that is not a map.</summary>
        public static IEnumerable<KeyValuePair<string, object?>> Entries(object? value)
        {
            var inner = Unwrap(value);
            if (inner is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    yield return new KeyValuePair<string, object?>(entry.Key?.ToString() ?? "", entry.Value);
                }

                yield break;
            }

            if (value is PSObject psObject && (inner is PSCustomObject || inner is PSObject))
            {
                foreach (var property in psObject.Properties)
                {
                    if (property.MemberType == PSMemberTypes.NoteProperty)
                    {
                        yield return new KeyValuePair<string, object?>(property.Name, Engine.PSJson.SendableValue(property));
                    }
                }
            }
        }

        /// <summary>The names of a map's entries, in order, without reading their values.</summary>
        public static IEnumerable<string> Keys(object? value)
        {
            var inner = Unwrap(value);
            if (inner is IDictionary dictionary)
            {
                foreach (var key in dictionary.Keys)
                {
                    yield return key?.ToString() ?? "";
                }

                yield break;
            }

            if (value is PSObject psObject && (inner is PSCustomObject || inner is PSObject))
            {
                foreach (var property in psObject.Properties)
                {
                    if (property.MemberType == PSMemberTypes.NoteProperty) yield return property.Name;
                }
            }
        }

        /// <summary>The value of <paramref name="name"/> (case-insensitive), or null when the map lacks it; reads no other entry.</summary>
        public static object? Get(object? value, string name)
        {
            var inner = Unwrap(value);
            if (inner is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (string.Equals(entry.Key?.ToString(), name, StringComparison.OrdinalIgnoreCase)) return entry.Value;
                }

                return null;
            }

            if (value is PSObject psObject && (inner is PSCustomObject || inner is PSObject)
                && psObject.Properties[name] is PSPropertyInfo property && property.MemberType == PSMemberTypes.NoteProperty)
            {
                return Engine.PSJson.SendableValue(property);
            }

            return null;
        }

        /// <summary>The first two of <paramref name="keys"/> that differ only in case, in their order; null when there are none.</summary>
        public static Tuple<string, string>? CaseRepeat(IEnumerable<string> keys)
        {
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in keys)
            {
                if (seen.TryGetValue(key, out var earlier)) return Tuple.Create(earlier, key);
                seen.Add(key, key);
            }

            return null;
        }

        /// <summary>What kind of value this is, for messages: "null", "a map", "an array", "text", "a boolean", "a number" or "a single value".</summary>
        public static string Describe(object? value)
        {
            var inner = Unwrap(value);
            if (inner == null) return "null";
            if (IsMap(value)) return "a map";
            if (Items(value) != null) return "an array";
            if (inner is string) return "text";
            if (inner is bool) return "a boolean";
            var code = Convert.GetTypeCode(inner);
            return code >= TypeCode.SByte && code <= TypeCode.Decimal ? "a number" : "a single value";
        }

        /// <summary>Strips the PSObject wrapper PowerShell puts around values.</summary>
        public static object? Unwrap(object? value) => value is PSObject psObject ? psObject.BaseObject : value;

        /// <summary>
        /// The items of an array-like value (arrays, lists, but not strings or maps); null when it is not one.
        /// </summary>
        public static IList<object?>? Items(object? value)
        {
            var inner = Unwrap(value);
            if (inner == null || inner is string || inner is IDictionary || !(inner is IEnumerable enumerable) || IsMap(value))
            {
                return null;
            }

            var items = new List<object?>();
            foreach (var item in enumerable)
            {
                items.Add(item);
            }

            return items;
        }
    }
}
