using System;
using System.Text;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// Decodes the raw bytes of an escaped JSON string token (between the quotes, already validated by
    /// <see cref="System.Text.Json.Utf8JsonReader"/>). Unlike <c>Utf8JsonReader.GetString</c> it keeps a \u escape of a
    /// lone surrogate as that UTF-16 code unit, as JS JSON.parse does.
    /// </summary>
    internal static class JsonStringDecoder
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

        /// <exception cref="FormatException">The bytes between escapes are not valid UTF-8.</exception>
        internal static string Decode(ReadOnlySpan<byte> raw)
        {
            var builder = new StringBuilder(raw.Length);
            var runStart = 0;
            var i = 0;
            while (i < raw.Length)
            {
                if (raw[i] != (byte)'\\')
                {
                    i++;
                    continue;
                }

                AppendUtf8(builder, raw.Slice(runStart, i - runStart));
                var escape = (char)raw[i + 1];
                if (escape == 'u')
                {
                    builder.Append((char)HexValue(raw.Slice(i + 2, 4)));
                    i += 6;
                }
                else
                {
                    builder.Append(Simple(escape));
                    i += 2;
                }

                runStart = i;
            }

            AppendUtf8(builder, raw.Slice(runStart));
            return builder.ToString();
        }

        private static char Simple(char escape) => escape switch
        {
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => escape, // '"', '\\' and '/' stand for themselves; the reader has refused any other.
        };

        private static int HexValue(ReadOnlySpan<byte> digits)
        {
            var value = 0;
            foreach (var digit in digits)
            {
                var c = (char)digit;
                value = (value << 4) + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            }

            return value;
        }

        private static void AppendUtf8(StringBuilder builder, ReadOnlySpan<byte> run)
        {
            if (run.IsEmpty) return;
            try
            {
                builder.Append(StrictUtf8.GetString(run.ToArray()));
            }
            catch (DecoderFallbackException ex)
            {
                throw new FormatException("A JSON string is not valid UTF-8.", ex);
            }
        }
    }
}
