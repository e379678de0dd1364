namespace LosantFlows.StandIn;

/// <summary>
/// The flows of one application, with an id index and the list orders derived from them. Callers hold
/// <see cref="StandInState.Sync"/> while using it; flows are added only through <see cref="Add"/> and
/// <see cref="AddRange"/>, and a stored flow's document is changed only followed by <see cref="Changed"/>.
/// </summary>
public sealed class ApplicationStore(string applicationId)
{
    private readonly List<StoredFlow> flows = [];
    private readonly Dictionary<string, StoredFlow> byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly FlowOrders orders = new();

    /// <summary>The application id.</summary>
    public string ApplicationId { get; } = applicationId;

    /// <summary>The flows in creation order.</summary>
    public IReadOnlyList<StoredFlow> Flows => flows;

    /// <summary>Stores <paramref name="flow"/> after the others.</summary>
    public void Add(StoredFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flows.Add(flow);
        byId.TryAdd(flow.Id, flow);
        orders.Clear();
    }

    /// <summary>Stores <paramref name="added"/> after the others, in the given order.</summary>
    public void AddRange(IEnumerable<StoredFlow> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        foreach (var flow in added)
        {
            flows.Add(flow);
            byId.TryAdd(flow.Id, flow);
        }

        orders.Clear();
    }

    /// <summary>Notes that <paramref name="flow"/>'s document changed: its written bytes, the id index and the orders are rebuilt.</summary>
    public void Changed(StoredFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.ForgetDerived();
        byId.Clear();
        foreach (var stored in flows)
        {
            byId.TryAdd(stored.Id, stored);
        }

        orders.Clear();
    }

    /// <summary>The first flow with id <paramref name="flowId"/> (case-insensitive hex), or null.</summary>
    public StoredFlow? Find(string? flowId) =>
        flowId is not null && byId.TryGetValue(flowId, out var flow) ? flow : null;

    /// <summary>Every flow in list order: by <paramref name="sortField"/> in <paramref name="sortDirection"/> (see <see cref="Sorting"/>).</summary>
    public IReadOnlyList<StoredFlow> Ordered(string sortField, string sortDirection) => orders.All(flows, sortField, sortDirection);

    /// <summary>The flows of class <paramref name="flowClass"/> in list order.</summary>
    public IReadOnlyList<StoredFlow> Ordered(string sortField, string sortDirection, string flowClass) =>
        orders.OfClass(flows, sortField, sortDirection, flowClass);
}
