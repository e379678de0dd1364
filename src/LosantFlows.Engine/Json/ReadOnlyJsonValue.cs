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

        /// <summary>The number through the reader's own mapping, so that views and PSObjects give the same types.</summary>
        private static object Number(JsonElement element)
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(element.GetRawText()));
            reader.Read();
            return JsonToPowerShell.Number(ref reader);
        }
    }
}
