using System.Buffers;

namespace LosantFlows.StandIn;

/// <summary>
/// Writes the flows.json envelope of <see cref="Envelope"/> straight to UTF-8 around items already written (see
/// <see cref="StoredFlow.ListItemUtf8"/>): the same keys, in the same order, under the same conditions, byte for byte
/// what serializing the <see cref="Envelope.Page{T}"/> object writes.
/// </summary>
public static class EnvelopeWriter
{
    /// <summary>The envelope of <paramref name="items"/> (one page, written) out of <paramref name="totalCount"/> selected.</summary>
    public static ReadOnlyMemory<byte> Write(IReadOnlyList<byte[]> items, int totalCount, ListRequest request, string applicationId, bool includeFlowClass)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(request);
        var buffer = new ArrayBufferWriter<byte>(EstimatedLength(items, request, applicationId));
        using (var writer = JsonResponses.Writer(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("items");
            foreach (var item in items)
            {
                writer.WriteRawValue(item, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteNumber("count", items.Count);
            writer.WriteNumber("totalCount", totalCount);
            writer.WriteNumber("perPage", request.PerPage);
            writer.WriteNumber("page", request.Page);
            writer.WriteString("sortField", request.SortField);
            writer.WriteString("sortDirection", request.SortDirection);
            writer.WriteString("applicationId", applicationId);
            if (includeFlowClass && request.FlowClass is not null)
            {
                writer.WriteString("flowClass", request.FlowClass);
            }

            if (request.Filter is not null)
            {
                writer.WriteString("filter", request.Filter);
            }

            if (request.FilterField is not null)
            {
                writer.WriteString("filterField", request.FilterField);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>Room for the items, their commas and the envelope keys (escaped strings at worst six bytes a character).</summary>
    private static int EstimatedLength(IReadOnlyList<byte[]> items, ListRequest request, string applicationId)
    {
        long length = 256 + items.Count + (6L * ((request.Filter?.Length ?? 0) + applicationId.Length));
        foreach (var item in items)
        {
            length += item.Length;
        }

        return (int)Math.Min(length, Array.MaxLength);
    }
}
