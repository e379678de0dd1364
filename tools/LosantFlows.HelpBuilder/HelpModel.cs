using System.Collections.Generic;

namespace LosantFlows.HelpBuilder
{
    /// <summary>What kind of text a <see cref="TextBlock"/> holds, which decides how it is laid out.</summary>
    internal enum TextKind
    {
        /// <summary>Running text, wrapped by the reader's screen.</summary>
        Paragraph,

        /// <summary>One item of a bulleted list.</summary>
        ListItem,

        /// <summary>Code, kept line for line.</summary>
        Code,
    }

    /// <summary>One paragraph, list item or code block of help text, in plain text (Markdown marks removed).</summary>
    internal sealed record TextBlock(TextKind Kind, string Text);

    /// <summary>The help of one cmdlet, as read from its Markdown page (the platyPS layout).</summary>
    internal sealed class CommandHelp
    {
        public string Name { get; set; } = "";

        public string Synopsis { get; set; } = "";

        public List<TextBlock> Description { get; } = new();

        public List<ParameterHelp> Parameters { get; } = new();

        public List<TypeHelp> Inputs { get; } = new();

        public List<TypeHelp> Outputs { get; } = new();

        public List<TextBlock> Notes { get; } = new();

        public List<ExampleHelp> Examples { get; } = new();

        public List<LinkHelp> Links { get; } = new();
    }

    /// <summary>One parameter: its description and the fields of its <c>yaml</c> block.</summary>
    internal sealed class ParameterHelp
    {
        public string Name { get; set; } = "";

        public List<TextBlock> Description { get; } = new();

        public string Type { get; set; } = "";

        /// <summary>The parameter sets the parameter belongs to; empty means all of them.</summary>
        public List<string> ParameterSets { get; } = new();

        public List<string> Aliases { get; } = new();

        public List<string> AcceptedValues { get; } = new();

        public bool Required { get; set; }

        /// <summary>A 0-based position, or <c>Named</c>.</summary>
        public string Position { get; set; } = "Named";

        public string DefaultValue { get; set; } = "None";

        /// <summary>As Get-Help shows it: <c>False</c>, or <c>True (ByValue, ByPropertyName)</c> and the like.</summary>
        public string PipelineInput { get; set; } = "False";

        public bool AcceptsWildcards { get; set; }

        /// <summary>True for a switch, which takes no value.</summary>
        public bool IsSwitch => Type == "SwitchParameter";
    }

    /// <summary>An example: its title, its code, and what it does.</summary>
    internal sealed record ExampleHelp(string Title, string Code, List<TextBlock> Remarks);

    /// <summary>An input or output type and what it means.</summary>
    internal sealed record TypeHelp(string Name, List<TextBlock> Description);

    /// <summary>A related link: another help topic (no address) or a web page.</summary>
    internal sealed record LinkHelp(string Text, string Uri);
}
