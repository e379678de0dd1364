using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace LosantFlows.Isolation
{
    /// <summary>
    /// Windows PowerShell 5.1 (one load context): a resolve handler that answers only for the closed list of the
    /// assemblies in our dependencies folder, and only with a version at least the one asked for (see
    /// <see cref="FrameworkResolver"/>).
    /// </summary>
    internal static class FrameworkIsolation
    {
        private static readonly object Gate = new object();
        private static ResolveEventHandler? _handler;

        public static void Install(string dependenciesFolder)
        {
            lock (Gate)
            {
                if (_handler != null)
                {
                    return;
                }

                var resolver = new FrameworkResolver(Directory.GetFiles(dependenciesFolder, "*.dll")
                    .ToDictionary(Path.GetFileNameWithoutExtension, path => path, StringComparer.OrdinalIgnoreCase));
                _handler = (_, args) =>
                {
                    var path = resolver.PathFor(new AssemblyName(args.Name));
                    return path == null ? null : Assembly.LoadFrom(path);
                };
                AppDomain.CurrentDomain.AssemblyResolve += _handler;
            }
        }

        public static void Uninstall()
        {
            lock (Gate)
            {
                if (_handler != null)
                {
                    AppDomain.CurrentDomain.AssemblyResolve -= _handler;
                    _handler = null;
                }
            }
        }
    }
}
