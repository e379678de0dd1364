using System;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace LosantFlows.Connections
{
    /// <summary>The connection set by <c>Connect-Losant</c>, one per runspace.</summary>
    internal static class SessionConnections
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> ByRunspace = new ConditionalWeakTable<Runspace, Holder>();

        private sealed class Holder
        {
            public LosantConnection? Connection;
        }

        public static LosantConnection? Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                return runspace != null && ByRunspace.TryGetValue(runspace, out var holder) ? holder.Connection : null;
            }
        }

        /// <summary>The error for a cmdlet that has no connection to use: says how to connect.</summary>
        public static InvalidOperationException NotConnectedError() => new InvalidOperationException(
            "Not connected to Losant. Run Connect-Losant -Token (Read-Host -AsSecureString 'Losant API token'), or pass -Connection, " +
            $"or set the environment variables {EnvironmentConnection.TokenVariable} (and {EnvironmentConnection.UrlVariable} for a private installation).");

        /// <summary>Sets (or with null clears) the current runspace's connection and returns the one it replaces.</summary>
        public static LosantConnection? Replace(LosantConnection? connection)
        {
            var holder = ByRunspace.GetValue(Runspace.DefaultRunspace, _ => new Holder());
            var previous = holder.Connection;
            holder.Connection = connection;
            return previous;
        }
    }
}
