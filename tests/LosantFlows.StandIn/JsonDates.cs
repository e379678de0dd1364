using System.Globalization;

namespace LosantFlows.StandIn;

/// <summary>Date strings as Losant writes them: ISO 8601 UTC with milliseconds, e.g. 2026-11-29T06:53:00.000Z.</summary>
public static class JsonDates
{
    /// <summary>Formats <paramref name="value"/> in UTC with milliseconds and a Z.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO 8601 date string; false when it is not one.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
