namespace LosantFlows.StandIn;

/// <summary>The flows of one application. Callers hold <see cref="StandInState.Sync"/> while using it.</summary>
public sealed class ApplicationStore(string applicationId)
{
    /// <summary>The application id.</summary>
    public string ApplicationId { get; } = applicationId;

    /// <summary>The flows in creation order.</summary>
    public List<StoredFlow> Flows { get; } = [];

    /// <summary>The flow with id <paramref name="flowId"/> (case-insensitive hex), or null.</summary>
    public StoredFlow? Find(string? flowId) =>
        flowId is null ? null : Flows.FirstOrDefault(f => string.Equals(f.Id, flowId, StringComparison.OrdinalIgnoreCase));
}
