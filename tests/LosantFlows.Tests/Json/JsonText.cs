using System.Text;

namespace LosantFlows.Tests.Json;

/// <summary>Renders a <see cref="JsonModel"/> as compact JSON text, choosing per string how much to escape.</summary>
public static class JsonText
{
    /// <summary>The document; <paramref name="escapeAll"/> writes every non-ASCII character as a lower-case \u escape.</summary>
    public static string Render(JsonModel model, bool escapeAll)
    {
        var builder = new StringBuilder();
        Append(builder, model, escapeAll);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonModel model, bool escapeAll)
    {
        switch (model)
        {
            case JNull:
                builder.Append("null");
                break;
            case JBool b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case JNum n:
                builder.Append(n.Text);
                break;
            case JStr s:
                AppendString(builder, s.Value, escapeAll);
                break;
            case JArr a:
                builder.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0) builder.Append(',');
                    Append(builder, a.Items[i], escapeAll);
                }

                builder.Append(']');
                break;
            case JObj o:
                builder.Append('{');
                for (var i = 0; i < o.Members.Count; i++)
                {
                    if (i > 0) builder.Append(',');
                    AppendString(builder, o.Members[i].Key, escapeAll);
                    builder.Append(':');
                    Append(builder, o.Members[i].Value, escapeAll);
                }

                builder.Append('}');
                break;
        }
    }

    /// <summary>A JSON string literal; controls, quote, backslash and lone surrogates always escaped, '/' as "\/".</summary>
    public static void AppendString(StringBuilder builder, string text, bool escapeAll)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired && !escapeAll)
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '"' || c == '\\' || c == '/')
            {
                builder.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c < ' ' || char.IsSurrogate(c) || (escapeAll && c > '~'))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4"));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }
}
