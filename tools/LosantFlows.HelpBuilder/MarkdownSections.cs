using System;
using System.Collections.Generic;
using Markdig;
using Markdig.Syntax;

namespace LosantFlows.HelpBuilder
{
    /// <summary>
    /// A heading of a Markdown document with the blocks under it, up to the next heading of the same or a higher level,
    /// and the lower-level headings under it as children.
    /// </summary>
    internal sealed class MarkdownSection
    {
        public MarkdownSection(string title, int level, int line)
        {
            Title = title;
            Level = level;
            Line = line;
        }

        /// <summary>The heading's text (plain).</summary>
        public string Title { get; }

        /// <summary>1 for <c>#</c>, 2 for <c>##</c> …; 0 for the document itself.</summary>
        public int Level { get; }

        /// <summary>The 1-based line of the heading, for messages.</summary>
        public int Line { get; }

        /// <summary>The blocks between this heading and the first child heading.</summary>
        public List<Block> Blocks { get; } = new();

        public List<MarkdownSection> Children { get; } = new();

        /// <summary>The child whose title is <paramref name="title"/> (case-insensitive), or null.</summary>
        public MarkdownSection? Child(string title) =>
            Children.Find(c => string.Equals(c.Title, title, StringComparison.OrdinalIgnoreCase));

        /// <summary>Parses <paramref name="markdown"/> (CommonMark) into a tree of sections under a level-0 root.</summary>
        public static MarkdownSection Parse(string markdown)
        {
            var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().Build());
            var root = new MarkdownSection("", 0, 0);
            var open = new Stack<MarkdownSection>();
            open.Push(root);
            foreach (var block in document)
            {
                if (block is HeadingBlock heading)
                {
                    while (open.Peek().Level >= heading.Level)
                    {
                        open.Pop();
                    }

                    var section = new MarkdownSection(InlineText.Of(heading.Inline).Trim(), heading.Level, heading.Line + 1);
                    open.Peek().Children.Add(section);
                    open.Push(section);
                }
                else
                {
                    open.Peek().Blocks.Add(block);
                }
            }

            return root;
        }
    }
}
