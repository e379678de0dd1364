using System.Globalization;
using System.Numerics;
using CsCheck;

namespace LosantFlows.Tests.Json;

/// <summary>CsCheck generators of JSON documents for the round-trip properties.</summary>
public static class JsonGenerators
{
    /// <summary>Deepest nesting a generated document reaches.</summary>
    public const int MaxDepth = 200;

    private static readonly BigInteger TwoTo63 = BigInteger.One << 63;

    /// <summary>String pieces: printable ASCII, C0 controls and DEL, JSON and HTML specials, BMP, surrogate pairs, lone surrogates.</summary>
    public static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (2, Gen.Char['\0', '\u001f'].Select(c => c.ToString())),
        (1, Gen.Const("\u007f")),
        (3, Gen.OneOf("\"", "\\", "/", "+", "<", ">", "&", "'", "`", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff")),
        (3, Gen.Char['\u0080', '\ud7ff'].Select(c => c.ToString())),
        (1, Gen.Char['\ue000', '\ufffd'].Select(c => c.ToString())),
        (2, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (1, Gen.Char['\ud800', '\udfff'].Select(c => c.ToString())));

    /// <summary>Strings of 0 to 8 pieces, the empty string included.</summary>
    public static readonly Gen<string> Text = Piece.Array[0, 8].Select(string.Concat);

    /// <summary>Object keys: non-empty (a PowerShell property needs a name).</summary>
    public static readonly Gen<string> Key = Gen.Frequency(
        (3, Gen.OneOf("id", "name", "config", "outputIds", "Key", "a b", "$gt", "0")),
        (2, Piece.Array[1, 4].Select(string.Concat)));

    /// <summary>Integer text across [-2^63, 2^63]: int and long edges, 2^63 itself (beyond long), -0.</summary>
    public static readonly Gen<string> IntegerText = Gen.Frequency(
        (4, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (3, Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Select(Gen.ULong[0, 1UL << 63], Gen.Bool, (m, negative) => (negative ? -new BigInteger(m) : new BigInteger(m)).ToString(CultureInfo.InvariantCulture))),
        (2, Gen.OneOf(
            "0", "-0", "1", "-1", "2147483647", "-2147483648", "2147483648", "-2147483649",
            long.MaxValue.ToString(CultureInfo.InvariantCulture), long.MinValue.ToString(CultureInfo.InvariantCulture),
            TwoTo63.ToString(CultureInfo.InvariantCulture), (-TwoTo63).ToString(CultureInfo.InvariantCulture))));

    /// <summary>Non-integer text: fixed cases (0.1, 1e-7, 1e300, -0.0, 1.0 …) and random finite doubles in several spellings.</summary>
    public static readonly Gen<string> FractionText = Gen.Frequency(
        (2, Gen.OneOf("0.1", "1e-7", "1e300", "1E+300", "-0.0", "0.0", "1.0", "-1.5", "2.5E-308", "5e-324", "1.7976931348623157e308", "100.0", "1e15", "123456789012345.6", "0.30000000000000004", "1E2")),
        (3, Gen.Select(Gen.Double.Where(double.IsFinite), Gen.Int[0, 2], Spell)));

    /// <summary>Scalars: null, booleans, numbers and strings.</summary>
    public static readonly Gen<JsonModel> Scalar = Gen.Frequency(
        (1, Gen.Const<JsonModel>(new JNull())),
        (1, Gen.Bool.Select(b => (JsonModel)new JBool(b))),
        (3, IntegerText.Select(t => (JsonModel)new JNum(t))),
        (2, FractionText.Select(t => (JsonModel)new JNum(t))),
        (4, Text.Select(s => (JsonModel)new JStr(s))));

    /// <summary>Documents: a scalar, or a spine of containers up to <see cref="MaxDepth"/> deep with small subtrees beside it.</summary>
    public static readonly Gen<JsonModel> Document = Gen.Frequency(
        (1, Scalar),
        (3, Shallow(3)),
        (2, Gen.Int[1, MaxDepth].SelectMany(Spine)));

    /// <summary>Random trees at most <paramref name="depth"/> containers deep, 0 to 4 children each.</summary>
    public static Gen<JsonModel> Shallow(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (2, Scalar),
            (1, Shallow(depth - 1).List[0, 4].Select(items => (JsonModel)new JArr(items))),
            (1, Gen.Select(Key, Shallow(depth - 1)).List[0, 4].Select(Object)));

    private static Gen<JsonModel> Spine(int depth) => depth == 0
        ? Shallow(1)
        : Gen.Select(Spine(depth - 1), Shallow(1).List[0, 2], Gen.Int[0, 2], Key.List[3], Gen.Bool, Wrap);

    private static JsonModel Wrap(JsonModel inner, List<JsonModel> siblings, int position, List<string> keys, bool asArray)
    {
        var items = new List<JsonModel>(siblings); // keys get their index appended, so the spine's member is never a duplicate
        items.Insert(Math.Min(position, items.Count), inner);
        if (asArray) return new JArr(items);
        return Object(items.Select((item, i) => (keys[i] + i.ToString(CultureInfo.InvariantCulture), item)).ToList());
    }

    private static JsonModel Object(List<(string Key, JsonModel Value)> members) => new JObj(
        members.DistinctBy(m => m.Key, StringComparer.OrdinalIgnoreCase).Select(m => new KeyValuePair<string, JsonModel>(m.Key, m.Value)).ToList());

    private static string Spell(double value, int style)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.IndexOfAny(new[] { '.', 'E' }) < 0) text += ".0";
        return style switch
        {
            1 => text.Replace("E+", "e", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal),
            2 => value.ToString("E16", CultureInfo.InvariantCulture),
            _ => text,
        };
    }
}
