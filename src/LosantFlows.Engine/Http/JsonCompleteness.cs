using System;
using System.Globalization;
using System.Text.Json;
using LosantFlows.Engine.Json;

namespace LosantFlows.Engine.Http
{
    /// <summary>
    /// A fast forward-only pass (no values are built) that tells whether a body is exactly one complete JSON value, nested
    /// at most as deep as <see cref="PSJson"/> accepts (1024 levels), with an optional UTF-8 BOM and surrounding whitespace.
    /// </summary>
    internal static class JsonCompleteness
    {
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };
        private static readonly JsonReaderOptions Options = new JsonReaderOptions { MaxDepth = JsonLimits.MaxDepth };

        /// <summary>
        /// Null when <paramref name="body"/> is one complete JSON value; otherwise what is wrong, e.g.
        /// <c>'&lt;' is an invalid start of a value at line 1, position 1</c> or <c>the body is empty</c>.
        /// </summary>
        internal static string? Problem(ReadOnlySpan<byte> body)
        {
            if (body.StartsWith(Utf8Bom)) body = body.Slice(Utf8Bom.Length);
            if (body.IsEmpty) return "the body is empty";
            var reader = new Utf8JsonReader(body, Options);
            try
            {
                while (reader.Read())
                {
                }

                return null;
            }
            catch (JsonException ex)
            {
                return Describe(ex);
            }
        }

        private static string Describe(JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut >= 0) message = message.Substring(0, cut);
            message = message.TrimEnd().TrimEnd('.');
            return message + " at line " + ((ex.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)
                + ", position " + ((ex.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        }
    }
}
