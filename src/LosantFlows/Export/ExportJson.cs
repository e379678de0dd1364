using System;
using System.Linq;
using System.Text;
using LosantFlows.Conversion;
using LosantFlows.Engine;

namespace LosantFlows.Export
{
    /// <summary>
    /// Writes JSON the way Losant's own workflow exports are written (see the <c>.flow</c>/<c>.node</c> files Losant
    /// produces): the keys of every object, at every level, sorted by UTF-16 code unit (JavaScript's default sort);
    /// two-space indentation; <c>"key": value</c>; an empty object or array opened and closed on separate lines
    /// (<c>[</c>, newline, indentation, <c>]</c>). Unlike Losant's files, lines end with <c>\n</c> on every platform
    /// and the text ends with a newline, so a file kept in git changes only where the workflow did.
    /// </summary>
    internal static class ExportJson
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);

        /// <summary>
        /// Turns any PowerShell value into plain JSON values (PSObjects with NoteProperties, arrays, strings, numbers,
        /// booleans, null) by writing and reading it through the engine's converter, which also copies it.
        /// </summary>
        /// <param name="value">A flow from the API, a hashtable, a PSCustomObject …</param>
        /// <returns>A deep copy made of JSON values.</returns>
        /// <exception cref="FormatException">A reference cycle, nesting deeper than 1024 levels, NaN, keys that differ only in case.</exception>
        public static object? Normalize(object? value) => PSJson.Parse(PSJson.SerializeToString(value));

        /// <summary>The text of <paramref name="value"/>, with a final newline.</summary>
        /// <param name="value">JSON values as <see cref="Normalize"/> gives them, or dictionaries and lists of them.</param>
        /// <returns>The JSON text.</returns>
        /// <exception cref="FormatException">A value the engine's converter cannot write.</exception>
        public static string Text(object? value)
        {
            var text = new StringBuilder();
            Write(text, value, 0);
            return text.Append('\n').ToString();
        }

        /// <summary>The UTF-8 bytes (no byte order mark) of <see cref="Text"/>.</summary>
        /// <param name="value">See <see cref="Text"/>.</param>
        /// <returns>The file content.</returns>
        public static byte[] Bytes(object? value) => Utf8NoBom.GetBytes(Text(value));

        private static void Write(StringBuilder text, object? value, int level)
        {
            if (PropertyBag.IsMap(value))
            {
                var entries = PropertyBag.Entries(value).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
                text.Append('{');
                for (var i = 0; i < entries.Count; i++)
                {
                    text.Append(i == 0 ? "\n" : ",\n");
                    Indent(text, level + 1);
                    text.Append(PSJson.SerializeToString(entries[i].Key)).Append(": ");
                    Write(text, entries[i].Value, level + 1);
                }

                Close(text, '}', level);
                return;
            }

            var items = PropertyBag.Items(value);
            if (items != null)
            {
                text.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    text.Append(i == 0 ? "\n" : ",\n");
                    Indent(text, level + 1);
                    Write(text, items[i], level + 1);
                }

                Close(text, ']', level);
                return;
            }

            text.Append(PSJson.SerializeToString(value));
        }

        private static void Close(StringBuilder text, char bracket, int level)
        {
            text.Append('\n');
            Indent(text, level);
            text.Append(bracket);
        }

        private static void Indent(StringBuilder text, int level) => text.Append(' ', level * 2);
    }
}
