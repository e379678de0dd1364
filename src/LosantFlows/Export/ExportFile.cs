using System;
using System.IO;
using System.Linq;
using LosantFlows.Conversion;
using LosantFlows.Engine;

namespace LosantFlows.Export
{
    /// <summary>What <see cref="ExportFile.Save"/> did.</summary>
    internal enum SaveOutcome
    {
        /// <summary>The file was written (it was new, or it changed).</summary>
        Written,

        /// <summary>The file already held the same content (apart from <c>_exportDate</c>) and was left untouched.</summary>
        Unchanged,

        /// <summary>The file exists and overwriting was not allowed; nothing was written.</summary>
        Exists,
    }

    /// <summary>
    /// Writes one export file. An existing file whose content is the same apart from <c>_exportDate</c> is left
    /// untouched, with or without <c>-Force</c>, so that a nightly backup does not change files whose workflows did not
    /// change; an existing file with other content is overwritten only when allowed (<c>-Force</c>).
    /// </summary>
    internal static class ExportFile
    {
        /// <summary>Writes <paramref name="render"/>'s content to <paramref name="path"/>.</summary>
        /// <param name="path">The full file path.</param>
        /// <param name="render">Gives the content for an <c>_exportDate</c>: the existing file's date to compare with it, or a new one.</param>
        /// <param name="overwrite">True to replace an existing file (<c>-Force</c>).</param>
        /// <returns>What was done.</returns>
        /// <exception cref="IOException">The path is a folder, or the file cannot be read or written.</exception>
        /// <exception cref="UnauthorizedAccessException">Access to the file is denied.</exception>
        public static SaveOutcome Save(string path, Func<string, byte[]> render, bool overwrite)
        {
            if (Directory.Exists(path))
            {
                throw new IOException($"{path} is a folder, so the export cannot be written there.");
            }

            if (File.Exists(path))
            {
                var existing = File.ReadAllBytes(path);
                var previousDate = ExportDateOf(existing);
                if (previousDate != null && render(previousDate).SequenceEqual(existing))
                {
                    return SaveOutcome.Unchanged;
                }

                if (!overwrite)
                {
                    return SaveOutcome.Exists;
                }
            }

            File.WriteAllBytes(path, render(FlowExport.Now()));
            return SaveOutcome.Written;
        }

        /// <summary>The <c>_exportDate</c> of an export file's content; empty text when it has none; null when it is not JSON.</summary>
        private static string? ExportDateOf(byte[] content)
        {
            try
            {
                return PropertyBag.Get(PSJson.Parse(content), "_exportDate") as string ?? "";
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
