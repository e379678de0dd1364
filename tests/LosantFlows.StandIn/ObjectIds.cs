using System.Text.RegularExpressions;

namespace LosantFlows.StandIn;

/// <summary>Losant object ids: 24 hexadecimal characters.</summary>
public static partial class ObjectIds
{
    [GeneratedRegex("^[A-Fa-f0-9]{24}$")]
    private static partial Regex Pattern();

    /// <summary>True when <paramref name="value"/> is 24 hex characters.</summary>
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);
}

/// <summary>Hands out deterministic ids: a fixed 8-hex prefix and a 16-hex counter (first id ends in ...0001).</summary>
public sealed class ObjectIdGenerator
{
    private const string Prefix = "6a5f0000";
    private long counter;

    /// <summary>The next id, lower-case hex.</summary>
    public string Next() => Prefix + Interlocked.Increment(ref counter).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
