using System.Text;
using Markdig.Syntax.Inlines;

namespace LosantFlows.HelpBuilder
{
    /// <summary>Turns Markdown inline content into the plain text that help shows: marks dropped, web links kept.</summary>
    internal static class InlineText
    {
        /// <summary>The plain text of the content of <paramref name="inline"/> (a link's label, not its address); soft line
        /// breaks become spaces.</summary>
        public static string Of(ContainerInline? inline)
        {
            var text = new StringBuilder();
            if (inline != null)
            {
                AppendChildren(text, inline);
            }

            return text.ToString();
        }

        private static void Append(StringBuilder text, Inline? inline)
        {
            switch (inline)
            {
                case null:
                    return;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    return;
                case CodeInline code:
                    text.Append(code.Content);
                    return;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? "\n" : " ");
                    return;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    return;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    return;
                case LinkInline link:
                    var start = text.Length;
                    AppendChildren(text, link);
                    var label = text.ToString(start, text.Length - start);
                    if (IsWebAddress(link.Url) && label != link.Url)
                    {
                        text.Append(" (").Append(link.Url).Append(')');
                    }

                    return;
                case ContainerInline container:
                    AppendChildren(text, container);
                    return;
                default:
                    return;
            }
        }

        private static void AppendChildren(StringBuilder text, ContainerInline container)
        {
            foreach (var child in container)
            {
                Append(text, child);
            }
        }

        /// <summary>True for an http(s) address; links to other help pages (<c>Get-LosantFlow.md</c>) are not.</summary>
        public static bool IsWebAddress(string? url) =>
            url != null && (url.StartsWith("https://", System.StringComparison.Ordinal) || url.StartsWith("http://", System.StringComparison.Ordinal));
    }
}
