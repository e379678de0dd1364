using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LosantFlows.Tests.Json;

/// <summary>
/// A JSON document as a test model, independent of PSJson: rendered to text by <see cref="JsonText"/>, read back from
/// text by <see cref="Read"/> (strings unescaped with Regex.Unescape, so lone surrogates survive), compared by <see cref="JsonEquivalence"/>.
/// </summary>
public abstract record JsonModel
{
    /// <summary>Reads UTF-8 JSON into the model; number tokens keep their exact text.</summary>
    public static JsonModel Read(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 2048 });
        reader.Read();
        var value = ReadValue(ref reader);
        if (reader.Read()) throw new InvalidOperationException("Trailing data after the JSON value.");
        return value;
    }

    private static JsonModel ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var items = new List<JsonModel>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader));
                return new JArr(items);
            case JsonTokenType.StartObject:
                var members = new List<KeyValuePair<string, JsonModel>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = RawString(ref reader);
                    reader.Read();
                    members.Add(new KeyValuePair<string, JsonModel>(name, ReadValue(ref reader)));
                }

                return new JObj(members);
            case JsonTokenType.String:
                return new JStr(RawString(ref reader));
            case JsonTokenType.Number:
                return new JNum(Encoding.ASCII.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JBool(true);
            case JsonTokenType.False:
                return new JBool(false);
            default:
                return new JNull();
        }
    }

    private static string RawString(ref Utf8JsonReader reader)
    {
        var raw = new UTF8Encoding(false, true).GetString(reader.ValueSpan);
        return reader.ValueIsEscaped ? Regex.Unescape(raw) : raw;
    }
}

/// <summary>JSON null.</summary>
public sealed record JNull : JsonModel;

/// <summary>JSON true or false.</summary>
public sealed record JBool(bool Value) : JsonModel;

/// <summary>A JSON number with its exact text.</summary>
public sealed record JNum(string Text) : JsonModel
{
    /// <summary>Integer kind: no fraction and no exponent in the text.</summary>
    public bool IsInteger => Text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0;

    /// <summary>The exact value of an integer-kind number.</summary>
    public BigInteger Integer => BigInteger.Parse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>The double value of a non-integer number.</summary>
    public double Double => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>A JSON string.</summary>
public sealed record JStr(string Value) : JsonModel;

/// <summary>A JSON array.</summary>
public sealed record JArr(List<JsonModel> Items) : JsonModel;

/// <summary>A JSON object with members in document order.</summary>
public sealed record JObj(List<KeyValuePair<string, JsonModel>> Members) : JsonModel;
