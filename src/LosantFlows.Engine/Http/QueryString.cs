using System.Collections.Generic;
using System.Text;

namespace LosantFlows.Engine.Http
{
    /// <summary>Query-string encoding identical to JS <c>qs.stringify</c> defaults (RFC 3986, API-NOTES §1.3 step 3).</summary>
    internal static class QueryString
    {
        internal static readonly KeyValuePair<string, string>[] GlobalParams =
        {
            new KeyValuePair<string, string>("_actions", "false"),
            new KeyValuePair<string, string>("_links", "true"),
            new KeyValuePair<string, string>("_embedded", "true"),
        };

        private const string Hex = "0123456789ABCDEF";

        internal static string Build(IReadOnlyList<KeyValuePair<string, string>> actionParams)
        {
            var builder = new StringBuilder(128);
            Append(builder, GlobalParams);
            Append(builder, actionParams);
            return builder.ToString();
        }

        internal static string Escape(string value)
        {
            var builder = new StringBuilder(value.Length + 8);
            AppendEscaped(builder, value);
            return builder.ToString();
        }

        private static void Append(StringBuilder builder, IReadOnlyList<KeyValuePair<string, string>> pairs)
        {
            foreach (var pair in pairs)
            {
                if (builder.Length > 0) builder.Append('&');
                AppendEscaped(builder, pair.Key);
                builder.Append('=');
                AppendEscaped(builder, pair.Value ?? string.Empty);
            }
        }

        private static void AppendEscaped(StringBuilder builder, string value)
        {
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                if (IsUnreserved(b))
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
                }
            }
        }

        private static bool IsUnreserved(byte b) =>
            (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'0' && b <= (byte)'9')
            || b == (byte)'-' || b == (byte)'.' || b == (byte)'_' || b == (byte)'~';
    }
}
