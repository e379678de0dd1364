using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Internal;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace LosantFlows.Engine.Json
{
    /// <summary>
    /// Writes PowerShell values as JSON. Recursion is bounded by <see cref="JsonLimits.MaxDepth"/> containers, and each
    /// level checks that enough stack remains, so deep input ends in <see cref="FormatException"/>, never a crash.
    /// </summary>
    internal sealed class PowerShellToJson
    {
        private readonly Utf8JsonWriter _writer;
        private readonly JsonPath _path;

        private readonly HashSet<object> _ancestors;

        private PowerShellToJson(Utf8JsonWriter writer, JsonPath path, HashSet<object> ancestors)
        {
            _writer = writer;
            _path = path;
            _ancestors = ancestors;
        }

        internal static void Write(Utf8JsonWriter writer, object? value) =>
            new PowerShellToJson(writer, new JsonPath(), new HashSet<object>(ReferenceComparer.Instance)).WriteValue(value, 0);

        private void WriteValue(object? value, int depth)
        {
            switch (value)
            {
                case null:
                case DBNull _:
                    _writer.WriteNullValue();
                    return;
                case PSObject psObject:
                    WritePSObject(psObject, depth);
                    return;
                case ReadOnlyJsonValue json:
                    json.Element.WriteTo(_writer);
                    return;
                case UnreadJson unread:
                    _writer.WriteRawValue(JsonWhitespace.Compact(unread.Utf8Json), skipInputValidation: true);
                    return;
                case string s:
                    WriteString(s);
                    return;
                case char c:
                    WriteString(c.ToString());
                    return;
                case bool b:
                    _writer.WriteBooleanValue(b);
                    return;
                case SwitchParameter sw:
                    _writer.WriteBooleanValue(sw.IsPresent);
                    return;
                case Enum e:
                    _writer.WriteStringValue(e.ToString());
                    return;
                case DateTime dt:
                    var utc = dt.Kind == DateTimeKind.Utc ? dt : dt.ToUniversalTime();
                    _writer.WriteStringValue(utc.ToString("o", CultureInfo.InvariantCulture));
                    return;
                case DateTimeOffset dto:
                    _writer.WriteStringValue(dto.ToString("o", CultureInfo.InvariantCulture));
                    return;
                case Guid g:
                    _writer.WriteStringValue(g.ToString("D"));
                    return;
            }

            if (TryWriteNumber(value))
                return;

            switch (value)
            {
                case IDictionary dictionary:
                    WriteContainer(dictionary, depth, () => WriteDictionary(dictionary, depth));
                    return;
                case IEnumerable enumerable:
                    WriteContainer(enumerable, depth, () => WriteArray(enumerable, depth));
                    return;
                default:
                    var wrapped = PSObject.AsPSObject(value);
                    WriteContainer(value, depth, () => WriteProperties(wrapped, depth));
                    return;
            }
        }

        private void WritePSObject(PSObject psObject, int depth)
        {
            if (ReferenceEquals(psObject, AutomationNull.Value))
            {
                _writer.WriteNullValue();
                return;
            }

            var baseObject = psObject.BaseObject;
            if (baseObject is PSCustomObject)
                WriteContainer(psObject, depth, () => WriteProperties(psObject, depth));
            else
                WriteValue(baseObject, depth);
        }

        private bool TryWriteNumber(object value)
        {
            switch (value)
            {
                case int i: _writer.WriteNumberValue(i); return true;
                case long l: _writer.WriteNumberValue(l); return true;
                case short s: _writer.WriteNumberValue(s); return true;
                case byte b: _writer.WriteNumberValue(b); return true;
                case sbyte sb: _writer.WriteNumberValue(sb); return true;
                case ushort us: _writer.WriteNumberValue(us); return true;
                case uint ui: _writer.WriteNumberValue(ui); return true;
                case ulong ul: _writer.WriteNumberValue(ul); return true;
                case decimal m: _writer.WriteNumberValue(m); return true;
                case BigInteger big: _writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture)); return true;
                case double d:
                    if (double.IsNaN(d) || double.IsInfinity(d)) throw NotFinite(d.ToString(CultureInfo.InvariantCulture));
                    if (!TryWriteIntegral(d.ToString("R", CultureInfo.InvariantCulture))) _writer.WriteNumberValue(d);
                    return true;
                case float f:
                    if (float.IsNaN(f) || float.IsInfinity(f)) throw NotFinite(f.ToString(CultureInfo.InvariantCulture));
                    if (!TryWriteIntegral(f.ToString("R", CultureInfo.InvariantCulture))) _writer.WriteNumberValue(f);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A double or float keeps its kind: when its shortest round-trip text has neither a fraction nor an exponent
        /// (1, 100, -0), it is written with ".0" (1.0, 100.0, -0.0) so that it reads back as a double, not an integer.
        /// Returns false for text such as 1.5 or 1E+300, which the writer formats the same way itself.
        /// </summary>
        private bool TryWriteIntegral(string roundTrip)
        {
            if (roundTrip.IndexOfAny(FractionMarks) >= 0) return false;
            if (roundTrip == "-0") _writer.WriteRawValue("-0.0", skipInputValidation: true);
            else _writer.WriteNumberValue(decimal.Parse(roundTrip + ".0", NumberStyles.Float, CultureInfo.InvariantCulture));
            return true;
        }

        private static readonly char[] FractionMarks = { '.', 'E', 'e' };

        private FormatException NotFinite(string text) =>
            new FormatException($"{_path}: the number {text} cannot be written as JSON.");

        private void WriteContainer(object identity, int depth, Action write)
        {
            if (depth >= JsonLimits.MaxDepth)
                throw new FormatException($"{_path}: the value is nested deeper than {JsonLimits.MaxDepth} levels.");
            if (!_ancestors.Add(identity))
                throw new FormatException($"{_path}: the value contains a reference cycle.");
            try
            {
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                write();
            }
            catch (InsufficientExecutionStackException)
            {
                throw new FormatException($"{_path}: the value is nested too deeply for the available stack.");
            }
            finally
            {
                _ancestors.Remove(identity);
            }
        }

        private void WriteString(string text)
        {
            if (JsonStringText.HasLoneSurrogate(text)) _writer.WriteRawValue(JsonStringText.Quote(text), skipInputValidation: true);
            else _writer.WriteStringValue(text);
        }

        private void WriteDictionary(IDictionary dictionary, int depth)
        {
            var members = new List<KeyValuePair<string, object?>>();
            var entries = dictionary.GetEnumerator();
            while (entries.MoveNext())
            {
                var entry = entries.Entry;
                members.Add(new KeyValuePair<string, object?>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value));
            }

            WriteObject(members, depth);
        }

        private void WriteProperties(PSObject psObject, int depth)
        {
            var members = new List<KeyValuePair<string, object?>>();
            foreach (var property in psObject.Properties)
            {
                if (property.MemberType != PSMemberTypes.NoteProperty && property.MemberType != PSMemberTypes.Property) continue;
                if (!property.IsGettable) continue;
                if (property is DeferredJsonProperty deferred && deferred.UnreadJson is byte[] json && !_writer.Options.Indented)
                {
                    members.Add(new KeyValuePair<string, object?>(property.Name, new UnreadJson(json)));
                    continue;
                }

                object? value;
                try
                {
                    value = property.Value;
                }
                catch (Exception ex) when (ex is GetValueException || ex is ExtendedTypeSystemException)
                {
                    _path.Push(property.Name);
                    var message = $"{_path}: the property could not be read: {ex.GetBaseException().Message}";
                    _path.Pop();
                    throw new FormatException(message, ex);
                }

                members.Add(new KeyValuePair<string, object?>(property.Name, value));
            }

            WriteObject(members, depth);
        }

        private void WriteObject(List<KeyValuePair<string, object?>> members, int depth)
        {
            if (members.Exists(member => JsonStringText.HasLoneSurrogate(member.Key)))
            {
                WriteObjectWithLoneSurrogateKeys(members, depth);
                return;
            }

            _writer.WriteStartObject();
            foreach (var member in members)
            {
                _writer.WritePropertyName(member.Key);
                _path.Push(member.Key);
                WriteValue(member.Value, depth + 1);
                _path.Pop();
            }

            _writer.WriteEndObject();
        }

        /// <summary>
        /// The writer cannot take a property name holding a lone surrogate (its encoder would write U+FFFD), so such an
        /// object is assembled as compact text, each value written by a writer of its own, and written raw.
        /// </summary>
        private void WriteObjectWithLoneSurrogateKeys(List<KeyValuePair<string, object?>> members, int depth)
        {
            var text = new StringBuilder("{");
            var options = _writer.Options;
            options.Indented = false;
            foreach (var member in members)
            {
                if (text.Length > 1) text.Append(',');
                text.Append(JsonStringText.Quote(member.Key)).Append(':');
                _path.Push(member.Key);
                using (var buffer = new MemoryStream())
                {
                    using (var writer = new Utf8JsonWriter(buffer, options))
                    {
                        new PowerShellToJson(writer, _path, _ancestors).WriteValue(member.Value, depth + 1);
                    }

                    text.Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }

                _path.Pop();
            }

            _writer.WriteRawValue(text.Append('}').ToString(), skipInputValidation: true);
        }

        /// <summary>A <see cref="DeferredJsonProperty"/>'s JSON, copied to compact output as received, less whitespace.</summary>
        private sealed class UnreadJson
        {
            internal UnreadJson(byte[] utf8Json) => Utf8Json = utf8Json;

            internal byte[] Utf8Json { get; }
        }

        private void WriteArray(IEnumerable enumerable, int depth)
        {
            _writer.WriteStartArray();
            var index = 0;
            foreach (var item in enumerable)
            {
                _path.Push(index++);
                WriteValue(item, depth + 1);
                _path.Pop();
            }

            _writer.WriteEndArray();
        }
    }
}
