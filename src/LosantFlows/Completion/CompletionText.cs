using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace LosantFlows.Completion
{
    /// <summary>
    /// The text side of completion: the prefix the user typed (quotes taken off) and the completion results, quoted so
    /// that the command line still parses (single quotes, a quote inside doubled).
    /// </summary>
    internal static class CompletionText
    {
        private const string Special = "`$'\"{}()[]@#;,|&<>\u2018\u2019\u201A\u201B\u201C\u201D\u201E";
        private const string Dashes = "-\u2013\u2014\u2015";

        /// <summary>
        /// The value typed so far without its opening quote (and closing one, when present); a single-quoted value has
        /// its doubled quotes undone. Null gives "".
        /// </summary>
        public static string Prefix(string? wordToComplete)
        {
            var word = wordToComplete ?? "";
            if (word.Length == 0 || !IsQuote(word[0]))
            {
                return word;
            }

            var single = word[0] != '"' && word[0] != '\u201C' && word[0] != '\u201D' && word[0] != '\u201E';
            var inner = word.Substring(1);
            if (inner.Length > 0 && IsQuote(inner[inner.Length - 1]))
            {
                inner = inner.Substring(0, inner.Length - 1);
            }

            return single ? inner.Replace("''", "'") : inner;
        }

        /// <summary>
        /// <paramref name="value"/> as it can be typed as a command argument: unchanged when it is a plain word, else in
        /// single quotes with embedded single quotes doubled. Values with white space, PowerShell's special characters,
        /// a leading dash, digit, dot or plus (which would read as a parameter or a number), and empty values are quoted.
        /// </summary>
        public static string Quote(string value)
        {
            if (value.Length > 0 && !NeedsQuotes(value))
            {
                return value;
            }

            return "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";
        }

        /// <summary>One ParameterValue result per value, in the order given: quoted text, plain list text, the value as tool tip.</summary>
        public static IEnumerable<CompletionResult> Results(IEnumerable<string> values) =>
            values.Select(v => new CompletionResult(Quote(v), v.Length == 0 ? "''" : v, CompletionResultType.ParameterValue, v.Length == 0 ? "''" : v)).ToList();

        /// <summary>True when <paramref name="prefix"/> contains a glob wildcard (<c>*</c>, <c>?</c> or <c>[</c>).</summary>
        public static bool HasWildcard(string prefix) => prefix.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

        private static bool NeedsQuotes(string value)
        {
            var first = value[0];
            if (Dashes.IndexOf(first) >= 0 || char.IsDigit(first) || first == '.' || first == '+')
            {
                return true;
            }

            return value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || Special.IndexOf(c) >= 0);
        }

        private static bool IsQuote(char c) => c == '\'' || c == '"' || (c >= '\u2018' && c <= '\u201E');
    }
}
