using System;
using System.Linq;
using System.Text;

namespace LosantFlows.Export
{
    /// <summary>
    /// Names the files <c>Export-LosantFlow</c> writes: <c>&lt;safe name&gt;.&lt;flow id&gt;.flow</c> for a workflow,
    /// <c>&lt;safe name&gt;.&lt;flow id&gt;.&lt;safe version&gt;.flow</c> for a workflow at a named version, with
    /// <c>.node</c> instead of <c>.flow</c> for custom nodes (flowClass <c>customNode</c>). The id makes the name unique
    /// when two workflows share a name and keeps it the same from one run to the next; the safe name is valid on
    /// Windows, macOS and Linux alike.
    /// </summary>
    internal static class ExportFileName
    {
        /// <summary>The characters Windows refuses in file names (the others refuse a subset of them).</summary>
        private const string Forbidden = "<>:\"/\\|?*";

        /// <summary>Most UTF-8 bytes of the name part, so that name, id, version and extension stay under 255 bytes.</summary>
        internal const int MaxNameBytes = 120;

        /// <summary>Most UTF-8 bytes of the version part.</summary>
        internal const int MaxVersionBytes = 60;

        private static readonly string[] ReservedNames =
        {
            "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
        };

        /// <summary>The file name for one exported workflow.</summary>
        /// <param name="name">The workflow's name (may be null or empty: the name part is then <c>flow</c>).</param>
        /// <param name="flowId">The workflow's id; left out when null or empty.</param>
        /// <param name="version">The version name for a version export, else null.</param>
        /// <param name="isCustomNode">True for flowClass <c>customNode</c> (extension <c>.node</c>).</param>
        /// <returns>A file name without folder, such as <c>ops alerts.5f1e2d3c4b5a697887766554.flow</c>.</returns>
        public static string For(string? name, string? flowId, string? version, bool isCustomNode)
        {
            var builder = new StringBuilder(Part(name, MaxNameBytes, "flow"));
            if (!string.IsNullOrEmpty(flowId))
            {
                builder.Append('.').Append(Part(flowId, MaxNameBytes, "flow"));
            }

            if (!string.IsNullOrEmpty(version))
            {
                builder.Append('.').Append(Part(version, MaxVersionBytes, "version"));
            }

            return builder.Append(isCustomNode ? ".node" : ".flow").ToString();
        }

        /// <summary>
        /// One part of a file name: NFC-normalised; each of <c>&lt;&gt;:"/\|?*</c>, control character and lone surrogate
        /// replaced by <c>_</c>; leading and trailing dots and white space removed; cut to <paramref name="maxBytes"/> UTF-8
        /// bytes (never inside a character); a Windows device name (CON, NUL, COM1 …, checked before the first dot) gets a
        /// trailing <c>_</c>; <paramref name="fallback"/> when nothing is left.
        /// </summary>
        /// <param name="text">The text to make safe.</param>
        /// <param name="maxBytes">Most UTF-8 bytes of the result.</param>
        /// <param name="fallback">The result for empty text.</param>
        /// <returns>The safe part.</returns>
        public static string Part(string? text, int maxBytes, string fallback)
        {
            var source = Normalize(text ?? "");
            var safe = new StringBuilder(source.Length);
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    safe.Append(c).Append(source[++i]);
                }
                else if (char.IsControl(c) || char.IsSurrogate(c) || Forbidden.IndexOf(c) >= 0)
                {
                    safe.Append('_');
                }
                else
                {
                    safe.Append(c);
                }
            }

            var trimmed = Trim(Cut(Trim(safe.ToString()), maxBytes));
            if (trimmed.Length == 0)
            {
                return fallback;
            }

            var firstDot = trimmed.IndexOf('.');
            var stem = (firstDot < 0 ? trimmed : trimmed.Substring(0, firstDot)).TrimEnd(' ');
            return ReservedNames.Contains(stem, StringComparer.OrdinalIgnoreCase)
                ? stem + "_" + trimmed.Substring(stem.Length)
                : trimmed;
        }

        private static string Normalize(string text)
        {
            try
            {
                return text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // Text with a lone surrogate cannot be normalised; the loop replaces the surrogate instead.
                return text;
            }
        }

        private static string Trim(string text)
        {
            var start = 0;
            var end = text.Length;
            while (start < end && IsTrimmed(text[start]))
            {
                start++;
            }

            while (end > start && IsTrimmed(text[end - 1]))
            {
                end--;
            }

            return text.Substring(start, end - start);
        }

        private static bool IsTrimmed(char c) => c == '.' || char.IsWhiteSpace(c);

        private static string Cut(string text, int maxBytes)
        {
            var bytes = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var width = char.IsHighSurrogate(text[i]) ? 4 : Encoding.UTF8.GetByteCount(text[i].ToString());
                if (bytes + width > maxBytes)
                {
                    return text.Substring(0, i);
                }

                bytes += width;
                if (width == 4)
                {
                    i++;
                }
            }

            return text;
        }
    }
}
