using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>
/// The collection envelope of flows.json / flowVersions.json:
/// items, count, totalCount, perPage, page, sortField, sortDirection, applicationId, then flowClass (flows only,
/// when no advanced query overrode it) and filter/filterField (when given). No _type/_links: the schemas do not
/// list them, so the stand-in leaves them out.
/// </summary>
public static class Envelope
{
    /// <summary>One page of <paramref name="all"/> (already filtered and sorted), each item built by <paramref name="project"/>, in the envelope.</summary>
    public static JsonObject Page<T>(IReadOnlyList<T> all, Func<T, JsonObject> project, ListRequest request, string applicationId, bool includeFlowClass)
    {
        JsonObject[] items = Slice(all, request).Select(project).ToArray();
        var envelope = new JsonObject
        {
            ["items"] = new JsonArray(items.Select(i => (JsonNode?)i).ToArray()),
            ["count"] = items.Length,
            ["totalCount"] = all.Count,
            ["perPage"] = request.PerPage,
            ["page"] = request.Page,
            ["sortField"] = request.SortField,
            ["sortDirection"] = request.SortDirection,
            ["applicationId"] = applicationId,
        };
        if (includeFlowClass && request.FlowClass is not null)
        {
            envelope["flowClass"] = request.FlowClass;
        }

        if (request.Filter is not null)
        {
            envelope["filter"] = request.Filter;
        }

        if (request.FilterField is not null)
        {
            envelope["filterField"] = request.FilterField;
        }

        return envelope;
    }

    /// <summary>The items of the requested page of <paramref name="all"/> (none past the end).</summary>
    public static IEnumerable<T> Slice<T>(IReadOnlyList<T> all, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(request);
        var skip = (long)request.Page * request.PerPage;
        return skip >= all.Count ? [] : all.Skip((int)skip).Take(request.PerPage);
    }
}
