using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace LosantFlows.HelpBuilder
{
    /// <summary>
    /// Turns an about topic page (<c># about_Name</c>, <c>## SHORT DESCRIPTION</c>, <c>## LONG DESCRIPTION</c> with
    /// <c>###</c> subsections, <c>## SEE ALSO</c> …) into the plain text of <c>about_Name.help.txt</c>: section titles
    /// in capitals at the margin, subsection titles and text indented by 4, code by 8, lines wrapped at 80 columns.
    /// </summary>
    internal static class AboutTopicWriter
    {
        private const int Width = 80;

        /// <summary>The topic's name (its level-1 heading).</summary>
        /// <exception cref="HelpFormatException">The page has no level-1 heading or no SHORT DESCRIPTION.</exception>
        public static string Name(string file, MarkdownSection root)
        {
            var title = root.Children.FirstOrDefault(c => c.Level == 1) ?? throw new HelpFormatException(file, 1, "The page needs a '# about_Name' heading.");
            if (title.Child("SHORT DESCRIPTION") == null)
            {
                throw new HelpFormatException(file, title.Line, "An about topic needs a '## SHORT DESCRIPTION' section.");
            }

            return title.Title;
        }

        /// <summary>Writes the topic in <paramref name="root"/> to <paramref name="path"/> (UTF-8 with BOM, as pwsh's own topics).</summary>
        public static void Write(string file, MarkdownSection root, string path)
        {
            var name = Name(file, root);
            var text = new StringBuilder();
            text.Append("TOPIC\n    ").Append(name).Append("\n\n");
            foreach (var section in root.Children.Single(c => c.Level == 1).Children)
            {
                text.Append(section.Title.ToUpperInvariant()).Append('\n');
                AppendSection(text, section);
            }

            File.WriteAllText(path, text.ToString().TrimEnd() + "\n", new UTF8Encoding(true));
        }

        private static void AppendSection(StringBuilder text, MarkdownSection section)
        {
            AppendBlocks(text, TextBlocks.Of(section.Blocks));
            foreach (var child in section.Children)
            {
                text.Append("    ").Append(child.Title.ToUpperInvariant()).Append('\n');
                AppendSection(text, child);
            }
        }

        private static void AppendBlocks(StringBuilder text, List<TextBlock> blocks)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                switch (block.Kind)
                {
                    case TextKind.Code:
                        foreach (var line in block.Text.Split('\n'))
                        {
                            text.Append((("        " + line).TrimEnd())).Append('\n');
                        }

                        break;
                    case TextKind.ListItem:
                        var depth = block.Text.Length - block.Text.TrimStart().Length;
                        Wrap(text, block.Text.TrimStart(), new string(' ', 4 + depth), new string(' ', 6 + depth));
                        break;
                    default:
                        Wrap(text, block.Text, "    ", "    ");
                        break;
                }

                var nextIsItem = i + 1 < blocks.Count && blocks[i + 1].Kind == TextKind.ListItem;
                if (!(block.Kind == TextKind.ListItem && nextIsItem))
                {
                    text.Append('\n');
                }
            }
        }

        private static void Wrap(StringBuilder text, string paragraph, string firstIndent, string indent)
        {
            var line = new StringBuilder(firstIndent);
            var empty = true;
            foreach (var word in paragraph.Split(new[] { ' ', '\n' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (!empty && line.Length + 1 + word.Length > Width)
                {
                    text.Append(line).Append('\n');
                    line.Clear().Append(indent);
                    empty = true;
                }

                if (!empty)
                {
                    line.Append(' ');
                }

                line.Append(word);
                empty = false;
            }

            text.Append(line).Append('\n');
        }
    }
}
