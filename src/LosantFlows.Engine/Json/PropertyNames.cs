using System;
using System.Text.Json;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// Property names read during one parse. A workflow page repeats a few dozen names (id, type, config, meta …)
    /// hundreds of thousands of times; each distinct unescaped name is decoded once and its string reused.
    /// </summary>
    internal sealed class PropertyNames
    {
        private const int Slots = 256;
        private readonly byte[][] _bytes = new byte[Slots][];
        private readonly string[] _strings = new string[Slots];

        /// <summary>The name at the reader's PropertyName token.</summary>
        public string Get(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return JsonToPowerShell.Text(ref reader);
            }

            var span = reader.ValueSpan;
            var slot = Hash(span) & (Slots - 1);
            var cached = _bytes[slot];
            if (cached != null && span.SequenceEqual(cached))
            {
                return _strings[slot];
            }

            var name = JsonToPowerShell.Text(ref reader);
            _bytes[slot] = span.ToArray();
            _strings[slot] = name;
            return name;
        }

        private static int Hash(ReadOnlySpan<byte> span)
        {
            var hash = span.Length;
            foreach (var b in span)
            {
                hash = (hash * 31) + b;
            }

            return hash & int.MaxValue;
        }
    }
}
