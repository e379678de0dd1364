using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace LosantFlows.StandIn;

/// <summary>
/// Reads single query values. ASP.NET Core has already percent-decoded keys and values and turned '+' into a space,
/// so JS (%20-free compact JSON, %5B brackets) and Python ('+' spaces, True/False) requests read the same.
/// A blank value counts as absent ("Blank or not provided means no filtering").
/// </summary>
public static class QueryValues
{
    /// <summary>The value of <paramref name="name"/>, or null when absent or blank; 400 when given twice.</summary>
    public static string? Text(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw ApiError.Validation($"\"{name}\" must be a single value");
        }

        var text = values[0];
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A boolean given as true/True/false/False (any case); <paramref name="fallback"/> when absent.</summary>
    public static bool Boolean(IQueryCollection query, string name, bool fallback)
    {
        var text = Text(query, name);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        throw ApiError.Validation($"\"{name}\" must be a boolean");
    }

    /// <summary>An integer not below <paramref name="minimum"/>; <paramref name="fallback"/> when absent.</summary>
    public static int Integer(IQueryCollection query, string name, int fallback, int minimum)
    {
        var text = Text(query, name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw ApiError.Validation($"\"{name}\" must be an integer");
        }

        if (value < minimum)
        {
            throw ApiError.Validation($"\"{name}\" must be greater than or equal to {minimum}");
        }

        return value;
    }

    /// <summary>One of <paramref name="allowed"/> (compared case-insensitively, returned in its canonical spelling).</summary>
    public static string? OneOf(IQueryCollection query, string name, IReadOnlyList<string> allowed)
    {
        var text = Text(query, name);
        if (text is null)
        {
            return null;
        }

        return allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiError.Validation($"\"{name}\" must be one of [{string.Join(", ", allowed)}]");
    }
}
