using System.Text.RegularExpressions;

namespace LosantFlows.Engine
{
    /// <summary>Losant object ids: 24 hexadecimal characters, pattern <c>^[A-Fa-f\d]{24}$</c> (apiInfo.json <c>flows</c> path params).</summary>
    public static class LosantIds
    {
        private static readonly Regex IdPattern = new Regex("^[A-Fa-f0-9]{24}$", RegexOptions.CultureInvariant);

        /// <summary>Tells whether <paramref name="value"/> is a well-formed Losant id.</summary>
        /// <param name="value">Candidate id, may be null.</param>
        /// <returns>True for exactly 24 hex digits (either case); false for null, empty or anything else.</returns>
        public static bool IsValidId(string? value) => value != null && value.Length == 24 && IdPattern.IsMatch(value);
    }
}
