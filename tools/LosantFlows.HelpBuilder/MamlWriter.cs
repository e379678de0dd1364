using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace LosantFlows.HelpBuilder
{
    /// <summary>
    /// Writes cmdlet help as MAML (<c>&lt;Module&gt;.dll-Help.xml</c>), the format Get-Help reads for binary modules:
    /// <c>helpItems</c> of <c>command:command</c> elements with details, description, syntax (one item per parameter set),
    /// parameters, input and return types, notes, examples and related links.
    /// </summary>
    internal static class MamlWriter
    {
        private const string Msh = "http://msh";
        private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
        private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        /// <summary>Writes <paramref name="commands"/> to <paramref name="path"/> (UTF-8, indented).</summary>
        public static void Write(string path, IEnumerable<CommandHelp> commands)
        {
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            using var stream = File.Create(path);
            using var xml = XmlWriter.Create(stream, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("helpItems", Msh);
            xml.WriteAttributeString("schema", "maml");
            foreach (var command in commands)
            {
                WriteCommand(xml, command);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        private static void WriteCommand(XmlWriter xml, CommandHelp help)
        {
            xml.WriteStartElement("command", "command", Command);
            xml.WriteAttributeString("xmlns", "maml", null, Maml);
            xml.WriteAttributeString("xmlns", "command", null, Command);
            xml.WriteAttributeString("xmlns", "dev", null, Dev);
            var dash = help.Name.IndexOf('-');
            xml.WriteStartElement("command", "details", Command);
            xml.WriteElementString("command", "name", Command, help.Name);
            xml.WriteElementString("command", "verb", Command, dash < 0 ? help.Name : help.Name.Substring(0, dash));
            xml.WriteElementString("command", "noun", Command, dash < 0 ? "" : help.Name.Substring(dash + 1));
            WriteDescription(xml, new[] { new TextBlock(TextKind.Paragraph, help.Synopsis) });
            xml.WriteEndElement();
            WriteDescription(xml, help.Description);
            WriteSyntax(xml, help);
            xml.WriteStartElement("command", "parameters", Command);
            foreach (var parameter in help.Parameters)
            {
                WriteParameter(xml, parameter, parameter.Required, inSyntax: false);
            }

            xml.WriteEndElement();
            WriteTypes(xml, "inputTypes", "inputType", help.Inputs);
            WriteTypes(xml, "returnValues", "returnValue", help.Outputs);
            xml.WriteStartElement("maml", "alertSet", Maml);
            xml.WriteStartElement("maml", "alert", Maml);
            WriteParas(xml, help.Notes);
            xml.WriteEndElement();
            xml.WriteEndElement();
            WriteExamples(xml, help.Examples);
            xml.WriteStartElement("command", "relatedLinks", Command);
            foreach (var link in help.Links)
            {
                xml.WriteStartElement("maml", "navigationLink", Maml);
                xml.WriteElementString("maml", "linkText", Maml, link.Text);
                xml.WriteElementString("maml", "uri", Maml, link.Uri);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private static void WriteSyntax(XmlWriter xml, CommandHelp help)
        {
            xml.WriteStartElement("command", "syntax", Command);
            foreach (var set in ParameterSets.Of(help.Parameters))
            {
                xml.WriteStartElement("command", "syntaxItem", Command);
                xml.WriteElementString("maml", "name", Maml, help.Name);
                foreach (var parameter in ParameterSets.InSyntaxOrder(help.Parameters, set))
                {
                    WriteParameter(xml, parameter, parameter.Required, inSyntax: true);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private static void WriteParameter(XmlWriter xml, ParameterHelp parameter, bool required, bool inSyntax)
        {
            xml.WriteStartElement("command", "parameter", Command);
            xml.WriteAttributeString("required", required ? "true" : "false");
            xml.WriteAttributeString("variableLength", parameter.Type.EndsWith("[]") ? "true" : "false");
            xml.WriteAttributeString("globbing", parameter.AcceptsWildcards ? "true" : "false");
            xml.WriteAttributeString("pipelineInput", parameter.PipelineInput);
            xml.WriteAttributeString("position", parameter.Position.ToLowerInvariant());
            xml.WriteAttributeString("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases));
            xml.WriteElementString("maml", "name", Maml, parameter.Name);
            WriteDescription(xml, inSyntax || parameter.AcceptedValues.Count == 0
                ? parameter.Description
                : parameter.Description.Append(new TextBlock(TextKind.Paragraph, "Accepted values: " + string.Join(", ", parameter.AcceptedValues))));
            if (parameter.AcceptedValues.Count > 0)
            {
                xml.WriteStartElement("command", "parameterValueGroup", Command);
                foreach (var value in parameter.AcceptedValues)
                {
                    WriteParameterValue(xml, value, required: false);
                }

                xml.WriteEndElement();
            }

            if (!inSyntax || (parameter.AcceptedValues.Count == 0 && !parameter.IsSwitch))
            {
                WriteParameterValue(xml, parameter.Type, required: !parameter.IsSwitch);
            }

            xml.WriteStartElement("dev", "type", Dev);
            xml.WriteElementString("maml", "name", Maml, parameter.Type);
            xml.WriteElementString("maml", "uri", Maml, "");
            xml.WriteEndElement();
            xml.WriteElementString("dev", "defaultValue", Dev, parameter.DefaultValue);
            xml.WriteEndElement();
        }

        private static void WriteParameterValue(XmlWriter xml, string value, bool required)
        {
            xml.WriteStartElement("command", "parameterValue", Command);
            xml.WriteAttributeString("required", required ? "true" : "false");
            xml.WriteAttributeString("variableLength", "false");
            xml.WriteString(value);
            xml.WriteEndElement();
        }

        private static void WriteTypes(XmlWriter xml, string listName, string itemName, List<TypeHelp> types)
        {
            xml.WriteStartElement("command", listName, Command);
            foreach (var type in types)
            {
                xml.WriteStartElement("command", itemName, Command);
                xml.WriteStartElement("dev", "type", Dev);
                xml.WriteElementString("maml", "name", Maml, type.Name);
                xml.WriteEndElement();
                WriteDescription(xml, type.Description);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private static void WriteExamples(XmlWriter xml, List<ExampleHelp> examples)
        {
            xml.WriteStartElement("command", "examples", Command);
            foreach (var example in examples)
            {
                xml.WriteStartElement("command", "example", Command);
                xml.WriteElementString("maml", "title", Maml, $"-------------------------- {example.Title} --------------------------");
                xml.WriteElementString("dev", "code", Dev, example.Code);
                xml.WriteStartElement("dev", "remarks", Dev);
                WriteParas(xml, example.Remarks);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private static void WriteDescription(XmlWriter xml, IEnumerable<TextBlock> blocks)
        {
            xml.WriteStartElement("maml", "description", Maml);
            WriteParas(xml, blocks);
            xml.WriteEndElement();
        }

        private static void WriteParas(XmlWriter xml, IEnumerable<TextBlock> blocks)
        {
            foreach (var block in blocks)
            {
                var text = block.Kind == TextKind.Code
                    ? string.Join("\n", block.Text.Split('\n').Select(line => "    " + line))
                    : block.Text;
                xml.WriteElementString("maml", "para", Maml, text);
            }
        }
    }
}
