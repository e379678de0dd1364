using System;
using System.Collections.Generic;
using LosantFlows.Engine;

namespace LosantFlows.Conversion
{
    /// <summary>
    /// Turns the user's <c>-Query</c> and <c>-TriggerFilter</c> values into what the API takes: the advanced query as
    /// compact JSON text (schema <c>advancedFlowQuery.json</c>), trigger filters as <c>{type, key}</c> pairs
    /// (schema <c>flowTriggerFilter.json</c>: at most 100 entries, no other keys).
    /// </summary>
    internal static class QueryParameters
    {
        private const int MaxTriggerFilters = 100;

        /// <summary>The query as compact JSON text.</summary>
        /// <param name="query">A hashtable, a PSCustomObject, or JSON text of an object.</param>
        /// <exception cref="ArgumentException">The text is not JSON, or the value is not an object.</exception>
        public static string ToQueryJson(object query)
        {
            var value = (object?)query;
            if (PropertyBag.Unwrap(query) is string text)
            {
                try
                {
                    value = PSJson.Parse(text);
                }
                catch (FormatException e)
                {
                    throw new InvalidInputException($"-Query is not valid JSON: {e.Message}", "Query", e);
                }
            }

            if (!PropertyBag.IsMap(value))
            {
                throw new InvalidInputException(
                    "-Query must be an advanced query object, as a hashtable, a PSCustomObject or JSON text such as '{\"name\":{\"$startsWith\":\"ops\"}}'.",
                    "Query");
            }

            try
            {
                return PSJson.SerializeToString(value);
            }
            catch (FormatException e)
            {
                throw new InvalidInputException($"-Query cannot be sent as JSON: {e.Message}", "Query", e);
            }
        }

        /// <summary>The trigger filter entries.</summary>
        /// <param name="entries">Hashtables or objects, each with <c>type</c> and/or <c>key</c> (strings).</param>
        /// <exception cref="ArgumentException">An entry is not such a map, has another key, or has neither key.</exception>
        public static IReadOnlyList<TriggerFilterEntry> ToTriggerFilter(object[] entries)
        {
            if (entries.Length > MaxTriggerFilters)
            {
                throw new InvalidInputException($"-TriggerFilter has {entries.Length} entries; the API takes at most {MaxTriggerFilters}.", "TriggerFilter");
            }

            var result = new List<TriggerFilterEntry>(entries.Length);
            for (var i = 0; i < entries.Length; i++)
            {
                result.Add(ToEntry(entries[i], i));
            }

            return result;
        }

        private static TriggerFilterEntry ToEntry(object? value, int index)
        {
            if (!PropertyBag.IsMap(value))
            {
                throw new InvalidInputException(
                    $"-TriggerFilter entry {index} must be a hashtable or object with 'type' and/or 'key', such as @{{ type = 'webhook' }}.",
                    "TriggerFilter");
            }

            var entry = new TriggerFilterEntry();
            foreach (var pair in PropertyBag.Entries(value))
            {
                var text = PropertyBag.Unwrap(pair.Value)?.ToString();
                if (string.Equals(pair.Key, "type", StringComparison.OrdinalIgnoreCase))
                {
                    entry.Type = text;
                }
                else if (string.Equals(pair.Key, "key", StringComparison.OrdinalIgnoreCase))
                {
                    entry.Key = text;
                }
                else
                {
                    throw new InvalidInputException(
                        $"-TriggerFilter entry {index} has the key '{pair.Key}'; only 'type' and 'key' are allowed.", "TriggerFilter");
                }
            }

            if (entry.Type == null && entry.Key == null)
            {
                throw new InvalidInputException($"-TriggerFilter entry {index} has neither 'type' nor 'key'.", "TriggerFilter");
            }

            return entry;
        }
    }
}
