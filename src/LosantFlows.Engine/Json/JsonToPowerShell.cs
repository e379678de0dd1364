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
        internal static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        /// <summary>An object or array being read. A struct in a reused array, so that reading allocates only results.</summary>
        private struct Frame
        {
            internal PSObject? Object;
            internal List<string>? Names;
            internal List<object?>? Array;
            internal string? PendingName;
        }

        /// <summary>For <see cref="Read"/>: build every level.</summary>
        internal const int DeferNothing = int.MaxValue;

        /// <summary>
        /// Reads a whole document. An object or array that is the value of a property of an object nested
        /// <paramref name="deferFromDepth"/> or more levels deep (the root is level 1) is kept as its JSON in a
        /// <see cref="DeferredJsonProperty"/> and read when first used.
        /// </summary>
        internal static object? Read(ReadOnlySpan<byte> utf8Json, int deferFromDepth)
        {
            if (utf8Json.StartsWith(Utf8Bom)) utf8Json = utf8Json.Slice(Utf8Bom.Length);
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = JsonLimits.LibraryDepth });
            var stack = new Frame[16];
            var depth = 0;
            var names = new PropertyNames();
            CheckedSkip? skip = null;
            object? root = null;
            try
            {
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            if (depth >= deferFromDepth && stack[depth - 1].Object != null)
                            {
                                var start = (int)reader.TokenStartIndex;
                                (skip ??= new CheckedSkip(names)).Skip(ref reader, depth);
                                AddDeferred(ref stack[depth - 1], utf8Json.Slice(start, (int)reader.BytesConsumed - start).ToArray());
                                break;
                            }

                            CheckDepth(depth, reader.TokenStartIndex);
                            if (depth == stack.Length) System.Array.Resize(ref stack, stack.Length * 2);
                            stack[depth++] = reader.TokenType == JsonTokenType.StartObject
                                ? new Frame { Object = new PSObject() }
                                : new Frame { Array = new List<object?>() };
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            var done = stack[--depth];
                            stack[depth] = default;
                            object? container = done.Object ?? (object)done.Array!.ToArray();
                            if (depth == 0) root = container;
                            else Add(ref stack[depth - 1], container);
                            break;
                        case JsonTokenType.PropertyName:
                            var name = names.Get(ref reader);
                            JsonKeys.CheckName(name, reader.TokenStartIndex);
                            stack[depth - 1].PendingName = name;
                            break;
                        default:
                            var value = Scalar(ref reader);
                            if (depth == 0) root = value;
                            else Add(ref stack[depth - 1], value);
                            break;
                    }
                }
            }
            catch (JsonException ex)
            {
                throw InvalidJson(ex);
            }

            return root;
        }

        /// <summary>Checks a whole document as <see cref="Read"/> would, without building anything.</summary>
        /// <exception cref="FormatException">What Read refuses, with the same message.</exception>
        internal static void Check(ReadOnlySpan<byte> utf8Json)
        {
            if (utf8Json.StartsWith(Utf8Bom)) utf8Json = utf8Json.Slice(Utf8Bom.Length);
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = JsonLimits.LibraryDepth });
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                        new CheckedSkip(new PropertyNames()).Skip(ref reader, 0);
                    else
                        Scalar(ref reader);
                }
            }
            catch (JsonException ex)
            {
                throw InvalidJson(ex);
            }
        }

        /// <summary>Refuses a container opened inside <paramref name="depth"/> others when that reaches the limit.</summary>
        internal static void CheckDepth(int depth, long tokenStart)
        {
            if (depth >= JsonLimits.MaxDepth)
                throw new FormatException($"JSON nested deeper than {JsonLimits.MaxDepth} levels (at byte {tokenStart + 1}).");
        }

        private static FormatException InvalidJson(JsonException ex) =>
            new FormatException($"Invalid JSON at line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: {WithoutPosition(ex.Message)}", ex);

        private static void Add(ref Frame frame, object? value)
        {
            if (frame.Array != null)
            {
                frame.Array.Add(value);
                return;
            }

            var name = frame.PendingName!;
            if (frame.Names != null && JsonKeys.IndexOfRepeat(frame.Names, name) >= 0)
            {
                frame.Object!.Properties[name].Value = value;
                return;
            }

            // Repeats and reserved names are ruled out by JsonKeys, so PowerShell's own check, which searches every member
            // collection of the object and would cost most of the time of a parse, is skipped.
            (frame.Names ??= new List<string>()).Add(name);
            frame.Object!.Properties.Add(new PSNoteProperty(name, value), preValidated: true);
        }

        private static void AddDeferred(ref Frame frame, byte[] utf8Json)
        {
            var name = frame.PendingName!;
            if (frame.Names != null && JsonKeys.IndexOfRepeat(frame.Names, name) >= 0)
            {
                Add(ref frame, Read(utf8Json, DeferNothing));
                return;
            }

            (frame.Names ??= new List<string>()).Add(name);
            frame.Object!.Properties.Add(new DeferredJsonProperty(name, utf8Json), preValidated: true);
        }

        internal static object? Scalar(ref Utf8JsonReader reader)
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

        internal static string Text(ref Utf8JsonReader reader)
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

        /// <summary>The number at the reader, as <see cref="PSJson.Parse(ReadOnlySpan{byte})"/> maps it.</summary>
        /// <exception cref="FormatException">The number is beyond the range of a double.</exception>
        internal static object Number(ref Utf8JsonReader reader)
        {
            var span = reader.ValueSpan;
            if (span.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
            {
                if (reader.TryGetInt32(out var i)) return i;
                if (reader.TryGetInt64(out var l)) return l;
                if (reader.TryGetDecimal(out var m)) return m;
            }

            if (reader.TryGetDouble(out var d) && !double.IsInfinity(d)) return d;
            throw new FormatException($"The JSON number {System.Text.Encoding.UTF8.GetString(span.ToArray())} is outside the range of a double.");
        }

        /// <summary>The reader's message without its position (the caller gives it) and without advice meant for programmers.</summary>
        private static string WithoutPosition(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var text = cut < 0 ? message : message.Substring(0, cut).TrimEnd();
            foreach (var advice in ProgrammerAdvice) text = text.Replace(advice, "");
            return text;
        }

        private static readonly string[] ProgrammerAdvice = { " Change the reader options.", ", when isFinalBlock is true" };
    }
}
