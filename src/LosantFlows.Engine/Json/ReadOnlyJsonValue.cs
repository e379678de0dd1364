using System;
using System.Text.Json;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// A JSON object or array seen through a parsed document (<see cref="PSJson.ParseReadOnly(ReadOnlyMemory{byte})"/>): read without
    /// building PowerShell objects, and written by <see cref="PowerShellToJson"/> straight from the document.
    /// </summary>
    internal abstract class ReadOnlyJsonValue
    {
        protected ReadOnlyJsonValue(JsonElement element) => Element = element;

        /// <summary>The object or array in its document.</summary>
        internal JsonElement Element { get; }

        /// <summary>The .NET value of <paramref name="element"/>, mapped as <see cref="PSJson.Parse(ReadOnlySpan{byte})"/>
        /// maps scalars; objects and arrays become read-only views.</summary>
        internal static object? Of(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object: return new ReadOnlyJsonObject(element);
                case JsonValueKind.Array: return new ReadOnlyJsonArray(element);
                case JsonValueKind.String: return element.GetString();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.Number: return Number(element);
                default: return null;
            }
        }

        private static object Number(JsonElement element)
        {
            if (element.GetRawText().IndexOfAny(FractionMarks) < 0)
            {
                if (element.TryGetInt32(out var i)) return i;
                if (element.TryGetInt64(out var l)) return l;
                if (element.TryGetDecimal(out var m)) return m;
            }

            if (element.TryGetDouble(out var d)) return d;
            throw new FormatException($"The JSON number {element.GetRawText()} is outside the range of a double.");
        }

        private static readonly char[] FractionMarks = { '.', 'e', 'E' };
    }
}
