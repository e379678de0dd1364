using System;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LosantFlows.Engine.Json;

namespace LosantFlows.Engine
{
    /// <summary>
    /// JSON ⇄ PowerShell values without ConvertTo-Json's depth truncation (up to 1024 nested levels) and without
    /// ConvertFrom-Json's date conversion. Objects become PSCustomObject-style <see cref="PSObject"/>s with
    /// NoteProperties in document order; arrays stay arrays, even with one element or none (DESIGN.md "The data's way through").
    /// </summary>
    public static class PSJson
    {
        private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

        /// <summary>
        /// Parses UTF-8 JSON (an optional BOM is skipped). Objects → <see cref="PSObject"/>, arrays → <c>object?[]</c>,
        /// strings → <see cref="string"/> (never DateTime), true/false → <see cref="bool"/>, null → null, numbers →
        /// <see cref="int"/> when integral and within Int32, else <see cref="long"/>, else <see cref="decimal"/> for larger
        /// integers, else <see cref="double"/>. For duplicate keys the last value wins (as JSON.parse). A \u escape of a lone
        /// surrogate is kept as that UTF-16 code unit (as JSON.parse), so every JSON string reads back exactly.
        /// </summary>
        /// <param name="utf8Json">The document.</param>
        /// <returns>The value of the root.</returns>
        /// <exception cref="FormatException">Invalid JSON ("Invalid JSON at line L, position P: …", both 1-based, P in bytes),
        /// nesting deeper than 1024 levels, keys that differ only in case, an empty key (a PowerShell property needs a name),
        /// a key PowerShell reserves (psobject, psbase, psadapted, psextended, pstypenames), a string that is not valid UTF-8,
        /// or a number beyond the range of a double.</exception>
        public static object? Parse(ReadOnlySpan<byte> utf8Json) => JsonToPowerShell.Read(utf8Json, JsonToPowerShell.DeferNothing);

        /// <summary>Parses JSON text; see <see cref="Parse(ReadOnlySpan{byte})"/> for the mapping. A lone surrogate character
        /// in a string is kept (UTF-8 could not carry it).</summary>
        /// <param name="json">The document.</param>
        /// <returns>The value of the root.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="FormatException">See <see cref="Parse(ReadOnlySpan{byte})"/>.</exception>
        public static object? Parse(string json)
        {
            if (json == null) throw new ArgumentNullException(nameof(json));
            return JsonToPowerShell.Read(Utf8Of(json), JsonToPowerShell.DeferNothing);
        }

        /// <summary>
        /// Parses UTF-8 JSON (an optional BOM is skipped) that is to be checked and sent on rather than shown, several
        /// times faster and in a fraction of the memory of <see cref="Parse(ReadOnlySpan{byte})"/>: objects become read-only,
        /// ordered <see cref="System.Collections.IDictionary"/> views of the document (lookups case-insensitive, a repeated
        /// key's last value wins), arrays read-only <see cref="System.Collections.IList"/> views, scalars as in Parse.
        /// <see cref="Serialize(object)"/> writes a view straight from the document, numbers exactly as written.
        /// The document is accepted and refused exactly as by Parse. One that may hold a lone surrogate escape
        /// (\uD800–\uDFFF not in a pair), which the views cannot carry, is read with Parse instead (its objects are then PSObjects).
        /// </summary>
        /// <param name="utf8Json">The document; the views read it, so it must not change afterwards.</param>
        /// <returns>The value of the root.</returns>
        /// <exception cref="FormatException">What <see cref="Parse(ReadOnlySpan{byte})"/> refuses, with the same message.</exception>
        public static object? ParseReadOnly(ReadOnlyMemory<byte> utf8Json)
        {
            if (utf8Json.Span.StartsWith(JsonToPowerShell.Utf8Bom)) utf8Json = utf8Json.Slice(JsonToPowerShell.Utf8Bom.Length);
            if (SurrogateEscapes.MayHoldLoneSurrogate(utf8Json.Span)) return Parse(utf8Json.Span);
            JsonToPowerShell.Check(utf8Json.Span);
            var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = JsonLimits.MaxDepth });
            return ReadOnlyJsonValue.Of(document.RootElement);
        }

        /// <summary>Parses JSON text; see <see cref="ParseReadOnly(ReadOnlyMemory{byte})"/>.</summary>
        /// <param name="json">The document.</param>
        /// <returns>The value of the root.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="FormatException">See <see cref="ParseReadOnly(ReadOnlyMemory{byte})"/>.</exception>
        public static object? ParseReadOnly(string json)
        {
            if (json == null) throw new ArgumentNullException(nameof(json));
            return ParseReadOnly(Utf8Of(json));
        }

        /// <summary>
        /// A property's value for checking and sending on: for an object or array of a Losant answer that nothing has read
        /// yet, a read-only view of its JSON as <see cref="ParseReadOnly(ReadOnlyMemory{byte})"/> gives, which <see cref="Serialize(object)"/>
        /// copies as received; otherwise the property's <c>Value</c>.
        /// </summary>
        /// <param name="property">A property of a PSObject.</param>
        /// <returns>The value, or its read-only view.</returns>
        public static object? SendableValue(PSPropertyInfo property) =>
            property is DeferredJsonProperty deferred && deferred.UnreadJson is byte[] json ? ParseReadOnly(json) : property.Value;

        /// <summary>Parses UTF-8 JSON whose root must be an object.</summary>
        /// <param name="utf8Json">The document.</param>
        /// <returns>The root object.</returns>
        /// <exception cref="FormatException">As <see cref="Parse(ReadOnlySpan{byte})"/>, or "expected a JSON object, found an array" (string, number …).</exception>
        public static PSObject ParseObject(ReadOnlySpan<byte> utf8Json) => RequireObject(JsonToPowerShell.Read(utf8Json, JsonToPowerShell.DeferNothing));

        /// <summary>
        /// Parses UTF-8 JSON whose root must be an object, building objects and arrays below the properties of objects
        /// nested <paramref name="deferFromDepth"/> or more levels deep (the root is level 1) only when first read.
        /// </summary>
        internal static PSObject ParseObject(ReadOnlySpan<byte> utf8Json, int deferFromDepth) =>
            RequireObject(JsonToPowerShell.Read(utf8Json, deferFromDepth));

        /// <summary>Parses JSON text whose root must be an object.</summary>
        /// <param name="json">The document.</param>
        /// <returns>The root object.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="FormatException">As <see cref="ParseObject(ReadOnlySpan{byte})"/>.</exception>
        public static PSObject ParseObject(string json) => RequireObject(Parse(json));

        /// <summary>
        /// Writes a PowerShell value as compact UTF-8 JSON (like JS <c>JSON.stringify</c>). PSCustomObject → its Note/Property
        /// members in order; other PSObjects → their base object; IDictionary → object (enumeration order, keys via ToString);
        /// IEnumerable (not string) → array; string, char → string; bool, SwitchParameter → boolean; integers, decimal,
        /// BigInteger → number; double/float → shortest round-trip number that keeps it a non-integer (1.5, 1E+300, and 1.0
        /// or -0.0 for integral values, so that it parses back as a double); DateTime → ISO 8601 "o" string in UTC with Z
        /// (Local and Unspecified kinds are converted as local time); DateTimeOffset → "o" string with its offset; Guid →
        /// string; enum → name; null, DBNull, AutomationNull → null; any other object → its public properties.
        /// Strings are escaped as with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>: quote, backslash and control
        /// characters escaped, HTML-sensitive characters (+ &lt; &gt; &amp; ') and other BMP characters literal, characters
        /// beyond the BMP as \u surrogate pairs, and a lone surrogate as its \u escape (never replaced by U+FFFD).
        /// </summary>
        /// <param name="value">The value.</param>
        /// <returns>UTF-8 JSON bytes without BOM.</returns>
        /// <exception cref="FormatException">A reference cycle, nesting deeper than 1024 levels, NaN or Infinity, or an unreadable
        /// property; the message starts with the JSON path, e.g. "$.nodes[0].config: the value contains a reference cycle".</exception>
        public static byte[] Serialize(object? value) => Write(value, indented: false).ToArray();

        /// <summary>Writes a PowerShell value as JSON text; see <see cref="Serialize(object)"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="indented">True for two-space indented output; false (default) for compact output.</param>
        /// <returns>The JSON text.</returns>
        /// <exception cref="FormatException">See <see cref="Serialize(object)"/>.</exception>
        public static string SerializeToString(object? value, bool indented = false)
        {
            using var stream = Write(value, indented);
            return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        }

        /// <summary>The UTF-8 bytes of JSON text, a lone surrogate in a string kept as its \u escape.</summary>
        private static byte[] Utf8Of(string json) => Encoding.UTF8.GetBytes(JsonStringText.EscapeLoneSurrogates(json));

        private static MemoryStream Write(object? value, bool indented)
        {
            var stream = new MemoryStream();
            var options = new JsonWriterOptions { Indented = indented, Encoder = Encoder, MaxDepth = Json.JsonLimits.LibraryDepth };
            using (var writer = new Utf8JsonWriter(stream, options))
            {
                PowerShellToJson.Write(writer, value);
            }

            return stream;
        }

        private static PSObject RequireObject(object? value)
        {
            if (value is PSObject psObject) return psObject;
            throw new FormatException("expected a JSON object, found " + Describe(value) + ".");
        }

        private static string Describe(object? value) => value switch
        {
            null => "null",
            object?[] _ => "an array",
            string _ => "a string",
            bool _ => "a boolean",
            _ => "a number",
        };
    }
}
