using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace LosantFlows.Isolation
{
    /// <summary>
    /// PowerShell 7: the default load context is asked to resolve LosantFlows.Engine, and only that name, from one
    /// private <see cref="EngineLoadContext"/> per process. Everything the engine needs is then resolved inside that
    /// context, never in the default one where other modules load theirs.
    /// </summary>
    internal static class CoreIsolation
    {
        private const string EngineName = "LosantFlows.Engine";
        private static readonly object Gate = new object();
        private static EngineLoadContext? _context;
        private static Func<AssemblyLoadContext, AssemblyName, Assembly?>? _handler;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Install(string dependenciesFolder)
        {
            lock (Gate)
            {
                _context ??= new EngineLoadContext(dependenciesFolder);
                if (_handler != null)
                {
                    return;
                }

                var context = _context;
                _handler = (_, name) => string.Equals(name.Name, EngineName, StringComparison.Ordinal) ? context.LoadFromAssemblyName(name) : null;
                AssemblyLoadContext.Default.Resolving += _handler!;
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Uninstall()
        {
            lock (Gate)
            {
                if (_handler != null)
                {
                    AssemblyLoadContext.Default.Resolving -= _handler!;
                    _handler = null;
                }
            }
        }
    }
}
