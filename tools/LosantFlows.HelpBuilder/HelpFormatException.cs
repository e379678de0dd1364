using System;

namespace LosantFlows.HelpBuilder
{
    /// <summary>A help page that does not follow the layout; the message names the file and line.</summary>
    internal sealed class HelpFormatException : Exception
    {
        /// <summary>Makes the error for <paramref name="file"/> at 1-based <paramref name="line"/>.</summary>
        public HelpFormatException(string file, int line, string message)
            : base($"{file}:{line}: {message}")
        {
        }
    }
}
