namespace LosantFlows.Engine.Json
{
    /// <summary>Removes the whitespace between the tokens of valid JSON text.</summary>
    internal static class JsonWhitespace
    {
        /// <summary>
        /// <paramref name="utf8Json"/> without spaces, tabs and line breaks outside strings; the same array when it has none.
        /// </summary>
        /// <param name="utf8Json">Valid UTF-8 JSON.</param>
        internal static byte[] Compact(byte[] utf8Json)
        {
            var first = FirstWhitespaceOutsideStrings(utf8Json);
            if (first < 0) return utf8Json;

            var compact = new byte[utf8Json.Length];
            System.Array.Copy(utf8Json, compact, first);
            var length = first;
            var inString = false;
            for (var i = first; i < utf8Json.Length; i++)
            {
                var b = utf8Json[i];
                if (inString)
                {
                    compact[length++] = b;
                    if (b == (byte)'\\') compact[length++] = utf8Json[++i];
                    else if (b == (byte)'"') inString = false;
                }
                else if (!IsWhitespace(b))
                {
                    compact[length++] = b;
                    inString = b == (byte)'"';
                }
            }

            System.Array.Resize(ref compact, length);
            return compact;
        }

        private static int FirstWhitespaceOutsideStrings(byte[] utf8Json)
        {
            var inString = false;
            for (var i = 0; i < utf8Json.Length; i++)
            {
                var b = utf8Json[i];
                if (inString)
                {
                    if (b == (byte)'\\') i++;
                    else if (b == (byte)'"') inString = false;
                }
                else if (b == (byte)'"')
                {
                    inString = true;
                }
                else if (IsWhitespace(b))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsWhitespace(byte b) => b == (byte)' ' || b == (byte)'\n' || b == (byte)'\r' || b == (byte)'\t';
    }
}
