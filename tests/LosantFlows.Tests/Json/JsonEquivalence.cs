using System.Runtime.CompilerServices;

namespace LosantFlows.Tests.Json;

/// <summary>
/// Compares two documents. Numbers: the same kind (integer text vs. text with a fraction or exponent) and the same value —
/// integers exactly (arbitrary precision), non-integers as doubles bit for bit, so 1e300 equals 1E+300 and 0.1 equals
/// 0.10, but -0.0 differs from 0.0 and 1 differs from 1.0. Strings ordinal. Object members in order, except for the
/// expected objects listed as unordered (built as Hashtables), whose members are compared as a set.
/// </summary>
public static class JsonEquivalence
{
    /// <summary>Null if equivalent, else the JSON path of the first difference and what differs.</summary>
    public static string? Difference(JsonModel expected, JsonModel actual, IReadOnlySet<JObj>? unordered = null) =>
        Compare(expected, actual, unordered ?? new HashSet<JObj>(), "$");

    private static string? Compare(JsonModel expected, JsonModel actual, IReadOnlySet<JObj> unordered, string path)
    {
        switch (expected, actual)
        {
            case (JNull, JNull):
                return null;
            case (JBool e, JBool a):
                return e.Value == a.Value ? null : $"{path}: {e.Value} vs {a.Value}";
            case (JStr e, JStr a):
                return string.Equals(e.Value, a.Value, StringComparison.Ordinal) ? null : $"{path}: string {Show(e.Value)} vs {Show(a.Value)}";
            case (JNum e, JNum a):
                return SameNumber(e, a) ? null : $"{path}: number {e.Text} vs {a.Text}";
            case (JArr e, JArr a):
                if (e.Items.Count != a.Items.Count) return $"{path}: {e.Items.Count} items vs {a.Items.Count}";
                for (var i = 0; i < e.Items.Count; i++)
                {
                    var difference = Compare(e.Items[i], a.Items[i], unordered, $"{path}[{i}]");
                    if (difference != null) return difference;
                }

                return null;
            case (JObj e, JObj a):
                return CompareObjects(e, a, unordered, path);
            default:
                return $"{path}: {expected.GetType().Name} vs {actual.GetType().Name}";
        }
    }

    private static string? CompareObjects(JObj e, JObj a, IReadOnlySet<JObj> unordered, string path)
    {
        if (e.Members.Count != a.Members.Count) return $"{path}: {e.Members.Count} members vs {a.Members.Count}";
        var actualMembers = unordered.Contains(e)
            ? e.Members.Select(m => a.Members.FirstOrDefault(x => string.Equals(x.Key, m.Key, StringComparison.Ordinal))).ToList()
            : a.Members;
        for (var i = 0; i < e.Members.Count; i++)
        {
            if (!string.Equals(e.Members[i].Key, actualMembers[i].Key, StringComparison.Ordinal))
                return $"{path}: key {Show(e.Members[i].Key)} vs {Show(actualMembers[i].Key ?? "(missing)")}";
            var difference = Compare(e.Members[i].Value, actualMembers[i].Value, unordered, $"{path}[{Show(e.Members[i].Key)}]");
            if (difference != null) return difference;
        }

        return null;
    }

    private static bool SameNumber(JNum e, JNum a)
    {
        if (e.IsInteger != a.IsInteger) return false;
        return e.IsInteger ? e.Integer == a.Integer : BitConverter.DoubleToInt64Bits(e.Double) == BitConverter.DoubleToInt64Bits(a.Double);
    }

    private static string Show(string text) => "\"" + string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}

/// <summary>Reference identity for model nodes (records compare by value).</summary>
public sealed class ReferenceSet : HashSet<JObj>
{
    /// <summary>An empty set comparing by reference.</summary>
    public ReferenceSet() : base(new Identity())
    {
    }

    private sealed class Identity : IEqualityComparer<JObj>
    {
        public bool Equals(JObj? x, JObj? y) => ReferenceEquals(x, y);

        public int GetHashCode(JObj obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
