using DotNet.Globbing;

namespace LosantFlows.StandIn;

/// <summary>
/// The <c>filter</c> glob over flow names, matched with DotNet.Glob, case-insensitively, against the whole name.
/// DotNet.Glob is a path glob: its <c>*</c> and <c>?</c> stop at '/' and '\' and it has no option to change that.
/// Flow names are not paths, so both separators are mapped to private-use characters in the pattern and in the
/// name before matching; with no separators left, <c>*</c> spans any run of characters, '/' included.
/// </summary>
public sealed class NameGlob
{
    private const char SlashStandIn = '\uE000';
    private const char BackslashStandIn = '\uE001';

    private static readonly GlobOptions Options = new() { Evaluation = { CaseInsensitive = true } };

    private readonly Glob glob;

    private NameGlob(Glob glob) => this.glob = glob;

    /// <summary>Parses <paramref name="pattern"/>; 400 naming <c>filter</c> when it is not a valid glob.</summary>
    public static NameGlob Parse(string pattern)
    {
        try
        {
            return new NameGlob(Glob.Parse(Neutralize(pattern), Options));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw ApiError.Validation("\"filter\" is not a valid glob pattern");
        }
    }

    /// <summary>True when the whole <paramref name="name"/> matches.</summary>
    public bool IsMatch(string name) => glob.IsMatch(Neutralize(name));

    private static string Neutralize(string text) =>
        text.Replace('/', SlashStandIn).Replace('\\', BackslashStandIn);
}
