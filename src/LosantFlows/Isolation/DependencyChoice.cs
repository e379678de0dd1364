using System;

namespace LosantFlows.Isolation
{
    /// <summary>Which copy of a dependency the engine uses: the runtime's, unless ours is strictly newer.</summary>
    internal static class DependencyChoice
    {
        public enum Source
        {
            /// <summary>The copy the runtime (or PowerShell) ships.</summary>
            Runtime,

            /// <summary>Our copy from the dependencies folder.</summary>
            Ours,
        }

        /// <summary>The copy to use.</summary>
        /// <param name="ours">Version of the copy in the dependencies folder.</param>
        /// <param name="runtime">Version the runtime ships, or null when it ships none.</param>
        public static Source Decide(Version? ours, Version? runtime) =>
            runtime == null || (ours != null && ours > runtime) ? Source.Ours : Source.Runtime;
    }
}
