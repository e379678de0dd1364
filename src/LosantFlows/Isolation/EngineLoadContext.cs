using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace LosantFlows.Isolation
{
    /// <summary>
    /// The private load context of the engine and its dependencies (PowerShell 7). For each assembly the engine needs:
    /// one that the runtime ships (its trusted platform assemblies, such as System.Text.Json) is taken from the runtime
    /// unless ours is strictly newer; one we ship and the runtime does not (Microsoft.Extensions.*, Polly) is loaded
    /// here from the dependencies folder; anything else (PowerShell itself) comes from the default context.
    /// </summary>
    internal sealed class EngineLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public EngineLoadContext(string folder) => _folder = folder;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(_folder, assemblyName.Name + ".dll");
            if (!File.Exists(path))
            {
                return null;
            }

            var choice = DependencyChoice.Decide(AssemblyName.GetAssemblyName(path).Version, RuntimeAssemblies.VersionOf(assemblyName.Name ?? ""));
            return choice == DependencyChoice.Source.Ours ? LoadFromAssemblyPath(path) : null;
        }
    }
}
