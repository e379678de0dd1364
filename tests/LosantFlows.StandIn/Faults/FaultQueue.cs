namespace LosantFlows.StandIn;

/// <summary>The injected faults still to apply, in order. Thread-safe.</summary>
internal sealed class FaultQueue
{
    private readonly object gate = new();
    private readonly List<Pending> entries = [];

    /// <summary>Number of requests still to be faulted (the remaining times of every queued fault).</summary>
    public int PendingCount
    {
        get
        {
            lock (gate)
            {
                return entries.Sum(e => e.Left);
            }
        }
    }

    /// <summary>Appends <paramref name="faults"/>; throws (adding none) when one is invalid.</summary>
    public void Add(IEnumerable<Fault> faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var list = faults.ToList();
        foreach (var fault in list)
        {
            ArgumentNullException.ThrowIfNull(fault, nameof(faults));
            if (!Enum.IsDefined(fault.Kind))
            {
                throw new ArgumentOutOfRangeException(nameof(faults), fault.Kind, "Unknown fault kind.");
            }

            ArgumentOutOfRangeException.ThrowIfLessThan(fault.Times, 1, nameof(Fault.Times));
            ArgumentOutOfRangeException.ThrowIfNegative(fault.DelayMs, nameof(Fault.DelayMs));
        }

        lock (gate)
        {
            entries.AddRange(list.Select(f => new Pending(f)));
        }
    }

    /// <summary>Forgets every queued fault.</summary>
    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    /// <summary>The first queued fault matching the request, with one of its times used up; null when none matches.</summary>
    public Fault? Take(string method, string path)
    {
        lock (gate)
        {
            var index = entries.FindIndex(e => e.Fault.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var entry = entries[index];
            if (--entry.Left == 0)
            {
                entries.RemoveAt(index);
            }

            return entry.Fault;
        }
    }

    private sealed class Pending(Fault fault)
    {
        public Fault Fault { get; } = fault;

        public int Left { get; set; } = fault.Times;
    }
}
