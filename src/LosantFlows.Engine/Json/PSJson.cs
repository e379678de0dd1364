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
        /// a string that is not valid UTF-8, or a number beyond the range of a double.</exception>
        public static object? Parse(ReadOnlySpan<byte> utf8Json) => JsonToPowerShell.Read(utf8Json);

        /// <summary>Parses JSON text; see <see cref="Parse(ReadOnlySpan{byte})"/> for the mapping.</summary>
        /// <param name="json">The document.</param>
        /// <returns>The value of the root.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="FormatException">See <see cref="Parse(ReadOnlySpan{byte})"/>.</exception>
        public static object? Parse(string json)
        {
            if (json == null) throw new ArgumentNullException(nameof(json));
            return JsonToPowerShell.Read(Encoding.UTF8.GetBytes(json));
        }

        /// <summary>Parses UTF-8 JSON whose root must be an object.</summary>
        /// <param name="utf8Json">The document.</param>
        /// <returns>The root object.</returns>
        /// <exception cref="FormatException">As <see cref="Parse(ReadOnlySpan{byte})"/>, or "expected a JSON object, found an array" (string, number …).</exception>
        public static PSObject ParseObject(ReadOnlySpan<byte> utf8Json) => RequireObject(JsonToPowerShell.Read(utf8Json));

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
