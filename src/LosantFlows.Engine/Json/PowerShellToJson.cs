using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Internal;
using System.Numerics;
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
        private readonly JsonPath _path = new JsonPath();
        private readonly HashSet<object> _ancestors = new HashSet<object>(ReferenceComparer.Instance);

        private PowerShellToJson(Utf8JsonWriter writer) => _writer = writer;

        internal static void Write(Utf8JsonWriter writer, object? value) => new PowerShellToJson(writer).WriteValue(value, 0);

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
                case string s:
                    _writer.WriteStringValue(s);
                    return;
                case char c:
                    _writer.WriteStringValue(c.ToString());
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
                    _writer.WriteStringValue(dt.ToString("o", CultureInfo.InvariantCulture));
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
                    _writer.WriteNumberValue(d);
                    return true;
                case float f:
                    if (float.IsNaN(f) || float.IsInfinity(f)) throw NotFinite(f.ToString(CultureInfo.InvariantCulture));
                    _writer.WriteNumberValue(f);
                    return true;
                default:
                    return false;
            }
        }

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

        private void WriteDictionary(IDictionary dictionary, int depth)
        {
            _writer.WriteStartObject();
            var entries = dictionary.GetEnumerator();
            while (entries.MoveNext())
            {
                var entry = entries.Entry;
                var name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                WriteMember(name, entry.Value, depth);
            }

            _writer.WriteEndObject();
        }

        private void WriteProperties(PSObject psObject, int depth)
        {
            _writer.WriteStartObject();
            foreach (var property in psObject.Properties)
            {
                if (property.MemberType != PSMemberTypes.NoteProperty && property.MemberType != PSMemberTypes.Property) continue;
                if (!property.IsGettable) continue;
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

                WriteMember(property.Name, value, depth);
            }

            _writer.WriteEndObject();
        }

        private void WriteMember(string name, object? value, int depth)
        {
            _writer.WritePropertyName(name);
            _path.Push(name);
            WriteValue(value, depth + 1);
            _path.Pop();
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
