using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;

namespace LosantFlows.Engine.Json
{
    /// <summary>Reads JSON in one forward pass into PowerShell values, with an explicit stack instead of recursion.</summary>
    internal static class JsonToPowerShell
    {
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        private sealed class Frame
        {
            internal PSObject? Object;
            internal List<object?>? Array;
            internal string? PendingName;
        }

        internal static object? Read(ReadOnlySpan<byte> utf8Json)
        {
            if (utf8Json.StartsWith(Utf8Bom)) utf8Json = utf8Json.Slice(Utf8Bom.Length);
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = JsonLimits.LibraryDepth });
            var stack = new Stack<Frame>();
            object? root = null;
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            if (stack.Count >= JsonLimits.MaxDepth)
                                throw new FormatException($"JSON nested deeper than {JsonLimits.MaxDepth} levels (at byte {reader.TokenStartIndex + 1}).");
                            stack.Push(reader.TokenType == JsonTokenType.StartObject
                                ? new Frame { Object = new PSObject() }
                                : new Frame { Array = new List<object?>() });
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            var done = stack.Pop();
                            object? container = done.Object ?? (object)done.Array!.ToArray();
                            if (stack.Count == 0) root = container;
                            else Add(stack.Peek(), container);
                            break;
                        case JsonTokenType.PropertyName:
                            var name = Text(ref reader);
                            if (name.Length == 0)
                                throw new FormatException(
                                    $"A JSON object has the empty string as a key (at byte {reader.TokenStartIndex + 1}); a PowerShell property needs a name.");
                            stack.Peek().PendingName = name;
                            break;
                        default:
                            var value = Scalar(ref reader);
                            if (stack.Count == 0) root = value;
                            else Add(stack.Peek(), value);
                            break;
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new FormatException(
                    $"Invalid JSON at line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: {WithoutPosition(ex.Message)}", ex);
            }

            return root;
        }

        private static void Add(Frame frame, object? value)
        {
            if (frame.Array != null)
            {
                frame.Array.Add(value);
                return;
            }

            var name = frame.PendingName!;
            var existing = frame.Object!.Properties[name];
            if (existing == null)
            {
                frame.Object.Properties.Add(new PSNoteProperty(name, value));
            }
            else if (string.Equals(existing.Name, name, StringComparison.Ordinal))
            {
                existing.Value = value;
            }
            else
            {
                throw new FormatException(
                    $"The JSON object has the keys '{existing.Name}' and '{name}', which differ only in case; PowerShell properties are case-insensitive.");
            }
        }

        private static object? Scalar(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return Text(ref reader);
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                    return Number(ref reader);
                default:
                    throw new FormatException($"Unexpected JSON token {reader.TokenType}.");
            }
        }

        private static string Text(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped) return JsonStringDecoder.Decode(reader.ValueSpan);
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException ex)
            {
                throw new FormatException($"Invalid JSON string at byte {reader.TokenStartIndex + 1}: {ex.Message}", ex);
            }
        }

        private static object Number(ref Utf8JsonReader reader)
        {
            var span = reader.ValueSpan;
            if (span.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
            {
                if (reader.TryGetInt32(out var i)) return i;
                if (reader.TryGetInt64(out var l)) return l;
                if (reader.TryGetDecimal(out var m)) return m;
            }

            if (reader.TryGetDouble(out var d)) return d;
            throw new FormatException($"The JSON number {System.Text.Encoding.UTF8.GetString(span.ToArray())} is outside the range of a double.");
        }

        private static string WithoutPosition(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return cut < 0 ? message : message.Substring(0, cut).TrimEnd();
        }
    }
}
