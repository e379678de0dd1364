using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LosantFlows.HelpBuilder
{
    /// <summary>
    /// Reads a cmdlet's help page: <c># Name</c>, then <c>## SYNOPSIS</c>, <c>## DESCRIPTION</c>, <c>## EXAMPLES</c>
    /// (<c>### Example N: title</c>, a <c>powershell</c> code block, a sentence), <c>## PARAMETERS</c> (<c>### -Name</c>,
    /// a description, a <c>yaml</c> block of fields), <c>## INPUTS</c>, <c>## OUTPUTS</c> (<c>### TypeName</c>),
    /// <c>## NOTES</c> and <c>## RELATED LINKS</c> (a list of links).
    /// </summary>
    internal static class CommandHelpReader
    {
        /// <summary>The heading of the platyPS paragraph about the common parameters, which Get-Help adds by itself.</summary>
        private const string CommonParameters = "CommonParameters";

        private static readonly string[] RequiredFields =
        {
            "Type", "Parameter Sets", "Aliases", "Accepted values", "Required", "Position", "Default value",
            "Accept pipeline input", "Accept wildcard characters",
        };

        /// <summary>Reads the page <paramref name="file"/> whose text is <paramref name="markdown"/>.</summary>
        /// <exception cref="HelpFormatException">A section or field is missing or malformed.</exception>
        public static CommandHelp Read(string file, string markdown)
        {
            var root = MarkdownSection.Parse(markdown);
            var title = root.Children.FirstOrDefault(c => c.Level == 1) ?? throw new HelpFormatException(file, 1, "The page needs a '# Cmdlet-Name' heading.");
            var help = new CommandHelp { Name = title.Title };
            var synopsis = TextBlocks.Of(Section(file, title, "SYNOPSIS").Blocks);
            help.Synopsis = string.Join(" ", synopsis.Select(b => b.Text));
            help.Description.AddRange(NotEmpty(file, Section(file, title, "DESCRIPTION")));
            foreach (var example in Section(file, title, "EXAMPLES").Children)
            {
                help.Examples.Add(ReadExample(file, example));
            }

            foreach (var parameter in Section(file, title, "PARAMETERS").Children.Where(c => c.Title != CommonParameters))
            {
                help.Parameters.Add(ReadParameter(file, parameter));
            }

            help.Inputs.AddRange(Section(file, title, "INPUTS").Children.Select(t => new TypeHelp(t.Title, TextBlocks.Of(t.Blocks))));
            help.Outputs.AddRange(Section(file, title, "OUTPUTS").Children.Select(t => new TypeHelp(t.Title, TextBlocks.Of(t.Blocks))));
            help.Notes.AddRange(TextBlocks.Of(Section(file, title, "NOTES").Blocks));
            help.Links.AddRange(ReadLinks(Section(file, title, "RELATED LINKS")));
            if (help.Synopsis.Length == 0)
            {
                throw new HelpFormatException(file, title.Line, "SYNOPSIS is empty.");
            }

            return help;
        }

        private static MarkdownSection Section(string file, MarkdownSection title, string name) =>
            title.Child(name) ?? throw new HelpFormatException(file, title.Line, $"The page has no '## {name}' section.");

        private static List<TextBlock> NotEmpty(string file, MarkdownSection section)
        {
            var blocks = TextBlocks.Of(section.Blocks);
            if (blocks.Count == 0)
            {
                throw new HelpFormatException(file, section.Line, $"{section.Title} is empty.");
            }

            return blocks;
        }

        private static ExampleHelp ReadExample(string file, MarkdownSection example)
        {
            var code = example.Blocks.OfType<FencedCodeBlock>().Select(TextBlocks.Code).ToList();
            if (code.Count == 0)
            {
                throw new HelpFormatException(file, example.Line, $"'{example.Title}' has no code block.");
            }

            var remarks = TextBlocks.Of(example.Blocks.Where(b => b is not FencedCodeBlock));
            if (remarks.Count == 0)
            {
                throw new HelpFormatException(file, example.Line, $"'{example.Title}' needs a sentence that says what it does.");
            }

            return new ExampleHelp(example.Title, string.Join("\n\n", code), remarks);
        }

        private static ParameterHelp ReadParameter(string file, MarkdownSection section)
        {
            if (!section.Title.StartsWith('-'))
            {
                throw new HelpFormatException(file, section.Line, $"A parameter heading is '### -Name', not '### {section.Title}'.");
            }

            var parameter = new ParameterHelp { Name = section.Title.Substring(1) };
            var yaml = section.Blocks.OfType<FencedCodeBlock>().FirstOrDefault(b => b.Info == "yaml")
                       ?? throw new HelpFormatException(file, section.Line, $"{section.Title} has no 'yaml' block of fields.");
            parameter.Description.AddRange(TextBlocks.Of(section.Blocks.Where(b => b != yaml)));
            if (parameter.Description.Count == 0)
            {
                throw new HelpFormatException(file, section.Line, $"{section.Title} has no description.");
            }

            var fields = ReadFields(file, yaml);
            parameter.Type = fields["Type"];
            parameter.ParameterSets.AddRange(fields["Parameter Sets"] == "(All)" ? Array.Empty<string>() : List(fields["Parameter Sets"]));
            parameter.Aliases.AddRange(List(fields["Aliases"]));
            parameter.AcceptedValues.AddRange(List(fields["Accepted values"]));
            parameter.Required = Boolean(file, yaml, "Required", fields["Required"]);
            parameter.Position = fields["Position"];
            parameter.DefaultValue = fields["Default value"];
            parameter.PipelineInput = fields["Accept pipeline input"];
            parameter.AcceptsWildcards = Boolean(file, yaml, "Accept wildcard characters", fields["Accept wildcard characters"]);
            if (parameter.Type.Length == 0 || !(parameter.Position == "Named" || int.TryParse(parameter.Position, out _)))
            {
                throw new HelpFormatException(file, yaml.Line + 1, $"{section.Title} needs a Type and a Position (a number or Named).");
            }

            return parameter;
        }

        private static Dictionary<string, string> ReadFields(string file, FencedCodeBlock yaml)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var lines = TextBlocks.Code(yaml).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var colon = lines[i].IndexOf(':');
                var key = colon < 0 ? "" : lines[i].Substring(0, colon).Trim();
                if (Array.IndexOf(RequiredFields, key) < 0)
                {
                    throw new HelpFormatException(file, yaml.Line + 2 + i, $"Unknown field line '{lines[i]}'; the fields are {string.Join(", ", RequiredFields)}.");
                }

                fields[key] = lines[i].Substring(colon + 1).Trim();
            }

            var missing = RequiredFields.Where(f => !fields.ContainsKey(f)).ToList();
            if (missing.Count > 0)
            {
                throw new HelpFormatException(file, yaml.Line + 1, $"Missing field(s): {string.Join(", ", missing)}.");
            }

            return fields;
        }

        private static bool Boolean(string file, FencedCodeBlock yaml, string field, string value) =>
            value switch
            {
                "True" => true,
                "False" => false,
                _ => throw new HelpFormatException(file, yaml.Line + 1, $"{field} is True or False, not '{value}'."),
            };

        private static IEnumerable<string> List(string value) =>
            value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static IEnumerable<LinkHelp> ReadLinks(MarkdownSection section)
        {
            foreach (var block in section.Blocks.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
            {
                foreach (var link in block.Descendants<LinkInline>())
                {
                    var text = InlineText.Of(link);
                    yield return new LinkHelp(text, InlineText.IsWebAddress(link.Url) ? link.Url! : "");
                }
            }
        }
    }
}
