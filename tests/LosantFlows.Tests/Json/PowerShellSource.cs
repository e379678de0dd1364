using System.Text;

namespace LosantFlows.Tests.Json;

/// <summary>
/// Writes a <see cref="JsonModel"/> as a PowerShell expression in ordinary syntax: [ordered]@{…}, [pscustomobject]@{…}
/// or @{…} (recorded in <see cref="Unordered"/>), arrays with the comma operator (",(x)" for one element, "@()" for none),
/// single-quoted strings, integer literals, [double]'…' for non-integers, $null, $true and $false.
/// </summary>
public sealed class PowerShellSource
{
    private readonly Random _random;

    /// <summary>Objects written as @{…}, whose member order PowerShell does not keep.</summary>
    public ReferenceSet Unordered { get; } = new();

    /// <summary>A writer whose choices follow <paramref name="seed"/>.</summary>
    public PowerShellSource(int seed) => _random = new Random(seed);

    /// <summary>The expression for <paramref name="model"/>.</summary>
    public string Expression(JsonModel model)
    {
        var builder = new StringBuilder();
        Append(builder, model);
        return builder.ToString();
    }

    private void Append(StringBuilder builder, JsonModel model)
    {
        switch (model)
        {
            case JNull:
                builder.Append("$null");
                break;
            case JBool b:
                builder.Append(b.Value ? "$true" : "$false");
                break;
            case JStr s:
                AppendQuoted(builder, s.Value);
                break;
            case JNum n when n.IsInteger:
                builder.Append('(').Append(n.Text).Append(')');
                break;
            case JNum n:
                builder.Append("[double]'").Append(n.Text).Append('\'');
                break;
            case JArr a when a.Items.Count == 0:
                builder.Append("@()");
                break;
            case JArr a:
                builder.Append(a.Items.Count == 1 ? "(," : "(");
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    builder.Append('(');
                    Append(builder, a.Items[i]);
                    builder.Append(')');
                }

                builder.Append(')');
                break;
            case JObj o:
                var kind = _random.Next(3);
                if (kind == 2) Unordered.Add(o);
                builder.Append(kind switch { 0 => "[ordered]@{", 1 => "[pscustomobject]@{", _ => "@{" });
                foreach (var member in o.Members)
                {
                    AppendQuoted(builder, member.Key);
                    builder.Append(" = ");
                    Append(builder, member.Value);
                    builder.Append("; ");
                }

                builder.Append('}');
                break;
        }
    }

    /// <summary>A single-quoted literal: PowerShell treats ' and the quotes U+2018 to U+201B alike, each doubled to stand for itself.</summary>
    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('\'');
        foreach (var c in text)
        {
            builder.Append(c);
            if (c == '\'' || (c >= '\u2018' && c <= '\u201b')) builder.Append(c);
        }

        builder.Append('\'');
    }
}
