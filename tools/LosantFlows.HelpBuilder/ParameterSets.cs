using System.Collections.Generic;
using System.Linq;

namespace LosantFlows.HelpBuilder
{
    /// <summary>Works out a cmdlet's parameter sets from its parameters' <c>Parameter Sets</c> fields, for the syntax.</summary>
    internal static class ParameterSets
    {
        /// <summary>
        /// The named sets in order of first mention; one unnamed set (null) when no parameter names one.
        /// </summary>
        public static IReadOnlyList<string?> Of(IEnumerable<ParameterHelp> parameters)
        {
            var named = parameters.SelectMany(p => p.ParameterSets).Distinct().ToList();
            return named.Count == 0 ? new string?[] { null } : named.Cast<string?>().ToList();
        }

        /// <summary>
        /// The parameters of <paramref name="set"/> in the order Get-Help shows a syntax line: positional ones by position,
        /// then the other required ones, then the rest, each group in page order.
        /// </summary>
        public static IEnumerable<ParameterHelp> InSyntaxOrder(IEnumerable<ParameterHelp> parameters, string? set)
        {
            var members = parameters.Where(p => set == null || p.ParameterSets.Count == 0 || p.ParameterSets.Contains(set)).ToList();
            var positional = members.Where(p => p.Position != "Named").OrderBy(p => int.Parse(p.Position, System.Globalization.CultureInfo.InvariantCulture));
            var required = members.Where(p => p.Position == "Named" && p.Required);
            var optional = members.Where(p => p.Position == "Named" && !p.Required);
            return positional.Concat(required).Concat(optional);
        }
    }
}
