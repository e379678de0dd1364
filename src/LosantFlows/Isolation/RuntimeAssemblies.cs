using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace LosantFlows.Isolation
{
    /// <summary>The assemblies the runtime ships: the host's trusted platform assemblies (TRUSTED_PLATFORM_ASSEMBLIES).</summary>
    internal static class RuntimeAssemblies
    {
        private static readonly Lazy<Dictionary<string, string>> Paths = new Lazy<Dictionary<string, string>>(ReadTrustedPlatformAssemblies);

        /// <summary>The version of <paramref name="name"/> the runtime ships, or null.</summary>
        public static Version? VersionOf(string name) =>
            Paths.Value.TryGetValue(name, out var path) ? AssemblyName.GetAssemblyName(path).Version : null;

        private static Dictionary<string, string> ReadTrustedPlatformAssemblies()
        {
            var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
            foreach (var path in list.Split(Path.PathSeparator))
            {
                if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    paths[Path.GetFileNameWithoutExtension(path)] = path;
                }
            }

            return paths;
        }
    }
}
