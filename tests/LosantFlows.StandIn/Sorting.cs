using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// Orders list items by sortField (ordinal string order: names, ids and ISO dates all compare as text) and
/// sortDirection; ties are broken by id in the same direction, then by the items' given order (a stable sort).
/// </summary>
public static class Sorting
{
    /// <summary>The items ordered; <paramref name="key"/> reads the sort field, <paramref name="id"/> the id.</summary>
    public static IEnumerable<T> Apply<T>(IEnumerable<T> items, ListRequest request, Func<T, string, string?> key, Func<T, string> id)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Apply(items, request.SortField, request.SortDirection, key, id);
    }

    /// <summary>The items ordered by <paramref name="sortField"/> in <paramref name="sortDirection"/> (asc or desc).</summary>
    public static IEnumerable<T> Apply<T>(IEnumerable<T> items, string sortField, string sortDirection, Func<T, string, string?> key, Func<T, string> id)
    {
        var ordered = sortDirection == "desc"
            ? items.OrderByDescending(i => key(i, sortField) ?? "", StringComparer.Ordinal)
                .ThenByDescending(i => id(i).ToLowerInvariant(), StringComparer.Ordinal)
            : items.OrderBy(i => key(i, sortField) ?? "", StringComparer.Ordinal)
                .ThenBy(i => id(i).ToLowerInvariant(), StringComparer.Ordinal);
        return ordered;
    }

    /// <summary>A string field of a document (null when absent or not a string).</summary>
    public static string? Field(JsonObject doc, string name) => Values.Text(doc[name]);
}
