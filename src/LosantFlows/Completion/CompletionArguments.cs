using System.Collections;
using System.Management.Automation;
using LosantFlows.Connections;
using LosantFlows.Engine;

namespace LosantFlows.Completion
{
    /// <summary>
    /// Reads what a completer needs from the parameters already typed on the command line (PowerShell's
    /// <c>fakeBoundParameters</c>: constant values and variables it could evaluate safely).
    /// </summary>
    internal static class CompletionArguments
    {
        /// <summary>The text bound to <paramref name="name"/>, or null when the parameter is absent or not bound to a string.</summary>
        public static string? Text(IDictionary? bound, string name)
        {
            if (bound == null || !bound.Contains(name))
            {
                return null;
            }

            var value = bound[name];
            return (value is PSObject wrapped ? wrapped.BaseObject : value) as string;
        }

        /// <summary>The bound id in <paramref name="name"/> when it is a valid Losant id (24 hex characters), else null.</summary>
        public static string? Id(IDictionary? bound, string name)
        {
            var text = Text(bound, name);
            return LosantIds.IsValidId(text) ? text : null;
        }

        /// <summary>True when <paramref name="name"/> was typed (with any value, evaluated or not).</summary>
        public static bool IsBound(IDictionary? bound, string name) => bound != null && bound.Contains(name);

        /// <summary>
        /// The connection to ask: <c>-Connection</c> when it holds a connection, else the session's (<c>Connect-Losant</c>),
        /// else the one from <c>LOSANT_API_TOKEN</c>/<c>LOSANT_API_URL</c>; null when <c>-Connection</c> holds something else
        /// (the user means another connection) or none is set. Never prompts.
        /// </summary>
        /// <exception cref="System.ArgumentException"><c>LOSANT_API_URL</c> is not an absolute http(s) address.</exception>
        public static LosantConnection? Connection(IDictionary? bound)
        {
            if (IsBound(bound, "Connection"))
            {
                var value = bound!["Connection"];
                return (value is PSObject wrapped ? wrapped.BaseObject : value) as LosantConnection;
            }

            return SessionConnections.Current ?? EnvironmentConnection.TryCreate();
        }
    }
}
