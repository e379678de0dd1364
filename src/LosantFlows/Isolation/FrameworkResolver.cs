using System;
using System.Collections.Generic;
using System.Reflection;

namespace LosantFlows.Isolation
{
    /// <summary>
    /// The decision of the Windows PowerShell 5.1 resolve handler: a requested assembly is answered from our
    /// dependencies folder only when its simple name is one of ours and our copy's version is at least the one asked
    /// for; every other request is left to other handlers.
    /// </summary>
    internal sealed class FrameworkResolver
    {
        private readonly IReadOnlyDictionary<string, string> _ours;
        private readonly Func<string, Version?> _versionOf;

        /// <param name="ours">Simple name → path of each assembly in the dependencies folder.</param>
        /// <param name="versionOf">Reads a file's assembly version (replaceable in tests).</param>
        public FrameworkResolver(IReadOnlyDictionary<string, string> ours, Func<string, Version?>? versionOf = null)
        {
            _ours = ours;
            _versionOf = versionOf ?? (path => AssemblyName.GetAssemblyName(path).Version);
        }

        /// <summary>The path to load for <paramref name="requested"/>, or null to leave the request alone.</summary>
        public string? PathFor(AssemblyName requested)
        {
            if (requested.Name == null || !_ours.TryGetValue(requested.Name, out var path))
            {
                return null;
            }

            var version = _versionOf(path);
            return requested.Version == null || (version != null && version >= requested.Version) ? path : null;
        }
    }
}
