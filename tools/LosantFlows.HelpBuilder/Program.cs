using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LosantFlows.HelpBuilder
{
    /// <summary>
    /// <c>LosantFlows.HelpBuilder &lt;source folder&gt; &lt;output folder&gt; &lt;assembly name&gt;</c>: reads every
    /// <c>*.md</c> in the source folder (cmdlet pages, and <c>about_*.md</c> topics) and writes
    /// <c>&lt;assembly name&gt;-Help.xml</c> and <c>about_*.help.txt</c> into the output folder. Exit code 0 on success,
    /// 1 when a page does not follow the layout (the message names file and line), 2 on wrong arguments.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length != 3)
            {
                Console.Error.WriteLine("Usage: LosantFlows.HelpBuilder <source folder> <output folder> <assembly file name, e.g. LosantFlows.dll>");
                return 2;
            }

            var (source, output, assembly) = (args[0], args[1], args[2]);
            try
            {
                Directory.CreateDirectory(output);
                var commands = new List<CommandHelp>();
                foreach (var file in Directory.GetFiles(source, "*.md").OrderBy(f => f, StringComparer.Ordinal))
                {
                    var markdown = File.ReadAllText(file);
                    var name = Path.GetFileName(file);
                    if (name.StartsWith("about_", StringComparison.OrdinalIgnoreCase))
                    {
                        var root = MarkdownSection.Parse(markdown);
                        AboutTopicWriter.Write(name, root, Path.Combine(output, AboutTopicWriter.Name(name, root) + ".help.txt"));
                    }
                    else
                    {
                        commands.Add(CheckedName(name, CommandHelpReader.Read(name, markdown)));
                    }
                }

                MamlWriter.Write(Path.Combine(output, assembly + "-Help.xml"), commands);
                Console.WriteLine($"Help: {commands.Count} cmdlet page(s) from {source} written to {output}");
                return 0;
            }
            catch (HelpFormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        }

        private static CommandHelp CheckedName(string file, CommandHelp help)
        {
            if (!string.Equals(Path.GetFileNameWithoutExtension(file), help.Name, StringComparison.Ordinal))
            {
                throw new HelpFormatException(file, 1, $"The page's heading '# {help.Name}' does not match its file name.");
            }

            return help;
        }
    }
}
