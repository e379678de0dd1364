using System;
using System.Collections.Generic;
using System.Text.Json;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// Passes over an object or array without building it, checking everything <see cref="JsonToPowerShell.Read"/> would
    /// refuse (keys as <see cref="JsonKeys"/>, nesting, numbers, strings that are not UTF-8), so that JSON kept for later always reads.
    /// </summary>
    internal sealed class CheckedSkip
    {
        private readonly PropertyNames _names;
        private readonly List<List<string>> _keysByLevel = new List<List<string>>();

        internal CheckedSkip(PropertyNames names) => _names = names;

        /// <summary>
        /// From the StartObject or StartArray token at the reader to its end token, where the reader is left.
        /// </summary>
        /// <param name="reader">The reader, at the container's first token.</param>
        /// <param name="depth">Containers open around it.</param>
        /// <exception cref="FormatException">As <see cref="JsonToPowerShell.Read"/>.</exception>
        /// <exception cref="JsonException">Invalid JSON.</exception>
        internal void Skip(ref Utf8JsonReader reader, int depth)
        {
            var level = 0;
            do
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        JsonToPowerShell.CheckDepth(depth + level, reader.TokenStartIndex);
                        if (level == _keysByLevel.Count) _keysByLevel.Add(new List<string>());
                        _keysByLevel[level].Clear();
                        level++;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        level--;
                        break;
                    case JsonTokenType.PropertyName:
                        var name = _names.Get(ref reader);
                        JsonKeys.CheckName(name, reader.TokenStartIndex);
                        var keys = _keysByLevel[level - 1];
                        if (JsonKeys.IndexOfRepeat(keys, name) < 0) keys.Add(name);
                        break;
                    case JsonTokenType.Number:
                        if (MayOverflow(reader.ValueSpan)) JsonToPowerShell.Number(ref reader);
                        break;
                    case JsonTokenType.String:
                        if (reader.ValueIsEscaped || !IsAscii(reader.ValueSpan)) JsonToPowerShell.Text(ref reader);
                        break;
                }
            }
            while (level > 0 && reader.Read());
        }

        /// <summary>Only a number with an exponent, or with more digits than a long holds, can be beyond a double.</summary>
        private static bool MayOverflow(ReadOnlySpan<byte> number) => number.Length > 18 || number.IndexOfAny((byte)'e', (byte)'E') >= 0;

        private static bool IsAscii(ReadOnlySpan<byte> text)
        {
            foreach (var b in text)
            {
                if (b >= 0x80) return false;
            }

            return true;
        }
    }
}
