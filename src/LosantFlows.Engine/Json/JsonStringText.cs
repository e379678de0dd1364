using System.Text;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// JSON string literals for text the writer's encoder cannot carry: a lone (unpaired) UTF-16 surrogate, which the
    /// encoder would replace by U+FFFD. Such text is written as a literal with every lone surrogate as a \u escape, so
    /// that it reads back to the same .NET string (as JS JSON.stringify does).
    /// </summary>
    internal static class JsonStringText
    {
        /// <summary>True if <paramref name="text"/> holds a surrogate that is not part of a high-low pair.</summary>
        internal static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(c)) return true;
            }

            return false;
        }

        /// <summary>
        /// JSON text with each lone surrogate character written as its \u escape, so that its UTF-8 bytes mean the same
        /// (UTF-8 cannot carry a lone surrogate; encoding would put U+FFFD in its place). The same string when it has none.
        /// </summary>
        internal static string EscapeLoneSurrogates(string json)
        {
            if (!HasLoneSurrogate(json)) return json;
            var builder = new StringBuilder(json.Length + 16);
            for (var i = 0; i < json.Length; i++)
            {
                var c = json[i];
                if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1])) builder.Append(c).Append(json[++i]);
                else if (char.IsSurrogate(c)) builder.Append("\\u").Append(((int)c).ToString("X4"));
                else builder.Append(c);
            }

            return builder.ToString();
        }

        /// <summary>The quoted JSON literal: quote, backslash, C0 controls, DEL and lone surrogates escaped, the rest literal.</summary>
        internal static string Quote(string text)
        {
            var builder = new StringBuilder(text.Length + 8).Append('"');
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                    continue;
                }

                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\b': builder.Append("\\b"); break;
                    case '\f': builder.Append("\\f"); break;
                    default:
                        if (c < ' ' || c == '\u007F' || char.IsSurrogate(c)) builder.Append("\\u").Append(((int)c).ToString("X4"));
                        else builder.Append(c);
                        break;
                }
            }

            return builder.Append('"').ToString();
        }
    }
}
