namespace LosantFlows.StandIn;

/// <summary>
/// One application's flows in list order (<see cref="Sorting"/>, keyed by sortField and sortDirection), whole and per
/// flowClass, each built on first use and kept until <see cref="Clear"/>. Callers hold <see cref="StandInState.Sync"/>.
/// </summary>
internal sealed class FlowOrders
{
    private readonly Dictionary<(string Field, string Direction), StoredFlow[]> whole = [];
    private readonly Dictionary<(string Field, string Direction, string FlowClass), StoredFlow[]> byClass = [];

    /// <summary>Forgets every order (the flows or their documents changed).</summary>
    public void Clear()
    {
        whole.Clear();
        byClass.Clear();
    }

    /// <summary><paramref name="flows"/> (in creation order) sorted by <paramref name="field"/> in <paramref name="direction"/>.</summary>
    public IReadOnlyList<StoredFlow> All(IReadOnlyList<StoredFlow> flows, string field, string direction)
    {
        if (!whole.TryGetValue((field, direction), out var sorted))
        {
            sorted = Sorting.Apply(flows, field, direction, (f, name) => Sorting.Field(f.Document, name), f => f.Id).ToArray();
            whole[(field, direction)] = sorted;
        }

        return sorted;
    }

    /// <summary>The flows of class <paramref name="flowClass"/>, in the order <see cref="All"/> gives.</summary>
    public IReadOnlyList<StoredFlow> OfClass(IReadOnlyList<StoredFlow> flows, string field, string direction, string flowClass)
    {
        if (!byClass.TryGetValue((field, direction, flowClass), out var selected))
        {
            selected = All(flows, field, direction).Where(f => string.Equals(f.FlowClass, flowClass, StringComparison.Ordinal)).ToArray();
            byClass[(field, direction, flowClass)] = selected;
        }

        return selected;
    }
}
