using System;
using System.IO;
using System.Management.Automation;
using System.Runtime.InteropServices;

namespace LosantFlows.Isolation
{
    /// <summary>
    /// Runs when the module is imported and removed. The engine (LosantFlows.Engine) and its third-party dependencies
    /// (System.Text.Json, Microsoft.Extensions.*, Polly) live in the module's <c>dependencies</c> folder, where
    /// PowerShell's probing cannot find them, so that the versions other modules bring (Az, Microsoft.Graph, PnP …)
    /// and ours never meet. On PowerShell 7 the engine is loaded into one private AssemblyLoadContext
    /// (<see cref="EngineLoadContext"/>); on Windows PowerShell 5.1 a resolve handler answers for the closed list of
    /// our dependencies (<see cref="FrameworkResolver"/>). Without a <c>dependencies</c> folder (the build and test
    /// layout, where everything sits beside LosantFlows.dll) nothing is changed.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        /// <summary>The folder, beside LosantFlows.dll, that holds the engine and its dependencies.</summary>
        public const string DependenciesFolder = "dependencies";

        /// <summary>Hooks the resolution of the engine.</summary>
        public void OnImport()
        {
            var folder = Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".", DependenciesFolder);
            if (!Directory.Exists(folder))
            {
                return;
            }

            if (IsCoreClr)
            {
                CoreIsolation.Install(folder);
            }
            else
            {
                FrameworkIsolation.Install(folder);
            }
        }

        /// <summary>Unhooks on <c>Remove-Module</c>; an engine already loaded stays loaded (.NET cannot unload it from the process).</summary>
        public void OnRemove(PSModuleInfo module)
        {
            if (IsCoreClr)
            {
                CoreIsolation.Uninstall();
            }
            else
            {
                FrameworkIsolation.Uninstall();
            }
        }

        private static bool IsCoreClr => !RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
    }
}
