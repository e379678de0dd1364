using System;

namespace LosantFlows.Engine.Json
{
    /// <summary>Finds \u escapes of surrogates in JSON text that do not form a high-low pair.</summary>
    internal static class SurrogateEscapes
    {
        /// <summary>
        /// True when <paramref name="utf8Json"/> may hold a lone surrogate escape: a \uD800–\uDFFF escape that is not a
        /// high surrogate directly followed by a low one. Text such as <c>"\\uD800"</c> (an escaped backslash) also counts;
        /// a false alarm only costs the slower reading path.
        /// </summary>
        internal static bool MayHoldLoneSurrogate(ReadOnlySpan<byte> utf8Json)
        {
            var at = 0;
            while (true)
            {
                var next = utf8Json.Slice(at).IndexOf((byte)'\\');
                if (next < 0) return false;
                at += next;
                var first = SurrogateAt(utf8Json, at);
                if (first == Kind.High && SurrogateAt(utf8Json, at + 6) == Kind.Low)
                    at += 12;
                else if (first != Kind.None)
                    return true;
                else
                    at += 2;
                if (at >= utf8Json.Length) return false;
            }
        }

        private enum Kind
        {
            None,
            High,
            Low,
        }

        private static Kind SurrogateAt(ReadOnlySpan<byte> text, int at)
        {
            if (at + 5 >= text.Length || text[at] != (byte)'\\' || text[at + 1] != (byte)'u' || (text[at + 2] | 0x20) != (byte)'d') return Kind.None;
            switch (text[at + 3] | 0x20)
            {
                case '8': case '9': case 'a': case 'b': return Kind.High;
                case 'c': case 'd': case 'e': case 'f': return Kind.Low;
                default: return Kind.None;
            }
        }
    }
}
