using System.Collections;
using System.Collections.Specialized;
using System.Globalization;
using System.Management.Automation;
using System.Numerics;

namespace LosantFlows.Tests.Json;

/// <summary>
/// Builds the PowerShell value a script would hold for a <see cref="JsonModel"/>: objects as OrderedDictionary,
/// PSCustomObject (PSObject with NoteProperties) or, when allowed, a case-insensitive Hashtable as PowerShell's @{};
/// arrays as object[] or List; integers as the CLR types that fit; non-integers as double; some values wrapped in PSObject.
/// The choices come from a seeded <see cref="Random"/>, so a failing CsCheck seed reproduces them.
/// </summary>
public sealed class PowerShellValues
{
    private readonly Random _random;
    private readonly bool _allowHashtables;

    /// <summary>Objects built as Hashtables, whose member order is not kept.</summary>
    public ReferenceSet Unordered { get; } = new();

    /// <summary>A builder whose choices follow <paramref name="seed"/>.</summary>
    public PowerShellValues(int seed, bool allowHashtables)
    {
        _random = new Random(seed);
        _allowHashtables = allowHashtables;
    }

    /// <summary>The PowerShell value of <paramref name="model"/>.</summary>
    public object? Build(JsonModel model)
    {
        var value = BuildCore(model);
        return value != null && _random.Next(6) == 0 ? PSObject.AsPSObject(value) : value;
    }

    private object? BuildCore(JsonModel model)
    {
        switch (model)
        {
            case JNull:
                return null;
            case JBool b:
                return b.Value;
            case JStr s:
                return s.Value;
            case JNum n when n.IsInteger:
                return Integer(n.Integer);
            case JNum n:
                return n.Double;
            case JArr a:
                var items = a.Items.Select(Build).ToList();
                return _random.Next(2) == 0 ? items.ToArray() : items;
            case JObj o:
                return Object(o);
            default:
                throw new ArgumentOutOfRangeException(nameof(model));
        }
    }

    private object Integer(BigInteger value)
    {
        var candidates = new List<object>();
        if (value >= int.MinValue && value <= int.MaxValue) candidates.Add((int)value);
        if (value >= short.MinValue && value <= short.MaxValue) candidates.Add((short)value);
        if (value >= 0 && value <= byte.MaxValue) candidates.Add((byte)value);
        if (value >= long.MinValue && value <= long.MaxValue) candidates.Add((long)value);
        if (value >= 0 && value <= ulong.MaxValue) candidates.Add((ulong)value);
        candidates.Add((decimal)value);
        candidates.Add(value);
        return candidates[_random.Next(candidates.Count)];
    }

    private object Object(JObj model)
    {
        switch (_random.Next(_allowHashtables ? 3 : 2))
        {
            case 0:
                var ordered = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
                foreach (var member in model.Members) ordered.Add(member.Key, Build(member.Value));
                return ordered;
            case 1:
                var custom = new PSObject();
                foreach (var member in model.Members) custom.Properties.Add(new PSNoteProperty(member.Key, Build(member.Value)));
                return custom;
            default:
                Unordered.Add(model);
                var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
                foreach (var member in model.Members) table.Add(member.Key, Build(member.Value));
                return table;
        }
    }
}
