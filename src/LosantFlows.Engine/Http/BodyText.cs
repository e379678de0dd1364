using System;
using System.Text;

namespace LosantFlows.Engine.Http
{
    /// <summary>Turns bodies into bounded text for diagnostics and exceptions.</summary>
    internal static class BodyText
    {
        internal const int MaxBytes = 4096;

        /// <summary>UTF-8 text of at most the first 4 KB, with a note giving the full size when cut.</summary>
        internal static string Truncated(byte[] body)
        {
            if (body.Length <= MaxBytes) return Encoding.UTF8.GetString(body);
            return Encoding.UTF8.GetString(body, 0, MaxBytes) + "… (" + body.Length + " bytes in all)";
        }

        internal static string Head(string text, int length) =>
            text.Length <= length ? text : text.Substring(0, length) + "…";

        internal static string Seconds(TimeSpan span) =>
            span.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";
    }
}
