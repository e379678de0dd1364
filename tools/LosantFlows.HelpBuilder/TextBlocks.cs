using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;

namespace LosantFlows.HelpBuilder
{
    /// <summary>Turns Markdown blocks (paragraphs, lists, code) into <see cref="TextBlock"/>s.</summary>
    internal static class TextBlocks
    {
        /// <summary>The text blocks of <paramref name="blocks"/>, in order; a nested list's items are indented by two spaces.</summary>
        public static List<TextBlock> Of(IEnumerable<Block> blocks)
        {
            var result = new List<TextBlock>();
            foreach (var block in blocks)
            {
                Add(result, block, 0);
            }

            return result;
        }

        /// <summary>The lines of a code block, without the fence.</summary>
        public static string Code(LeafBlock code) =>
            string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString())).TrimEnd();

        private static void Add(List<TextBlock> result, Block block, int depth)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    result.Add(new TextBlock(TextKind.Paragraph, InlineText.Of(paragraph.Inline).Trim()));
                    break;
                case CodeBlock code:
                    result.Add(new TextBlock(TextKind.Code, Code(code)));
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        AddListItem(result, item, depth);
                    }

                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Add(result, child, depth);
                    }

                    break;
            }
        }

        private static void AddListItem(List<TextBlock> result, ListItemBlock item, int depth)
        {
            var indent = new string(' ', depth * 2);
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    result.Add(new TextBlock(TextKind.ListItem, indent + "- " + InlineText.Of(paragraph.Inline).Trim()));
                }
                else if (child is ListBlock nested)
                {
                    foreach (var nestedItem in nested.OfType<ListItemBlock>())
                    {
                        AddListItem(result, nestedItem, depth + 1);
                    }
                }
                else
                {
                    Add(result, child, depth + 1);
                }

                first = false;
            }
        }
    }
}
