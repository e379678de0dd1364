using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using LosantFlows.StandIn.Contract;

namespace LosantFlows.StandIn;

/// <summary>Everything the server holds in memory: one <see cref="ApplicationStore"/> per served application.</summary>
public sealed class StandInState
{
    private readonly Dictionary<string, ApplicationStore> applications;
    private readonly ConcurrentQueue<ContractViolation> violations = new();
    private readonly ConcurrentDictionary<string, byte> connections = new(StringComparer.Ordinal);
    private readonly FaultQueue faults = new();

    internal StandInState(StandInOptions options, RequestLog requests)
    {
        applications = options.ApplicationIds.ToDictionary(
            id => id, id => new ApplicationStore(id), StringComparer.OrdinalIgnoreCase);
        Documents = new FlowDocuments(new ObjectIdGenerator(), options.Clock, options.TokenId);
        Requests = requests;
    }

    /// <summary>Lock taken by every endpoint while it reads or changes the stores.</summary>
    public object Sync { get; } = new();

    /// <summary>Builds documents with fresh ids and dates.</summary>
    public FlowDocuments Documents { get; }

    /// <summary>The requests received so far.</summary>
    public RequestLog Requests { get; }

    /// <summary>The contract check in force, or null when contract mode is off.</summary>
    public ContractGate? Contract { get; internal set; }

    /// <summary>True when every request and response is held against Losant's schemas.</summary>
    public bool ContractMode => Contract is not null;

    /// <summary>Every request (answered 400) and response (answered 500) that broke the schemas so far, in order.</summary>
    public IReadOnlyList<ContractViolation> ContractViolations => violations.ToArray();

    /// <summary>Records a violation (thread-safe).</summary>
    internal void AddContractViolation(ContractViolation violation) => violations.Enqueue(violation);

    /// <summary>
    /// Number of requests received so far (every API request, faulted or refused, including 413s; not the
    /// /_standin control requests). <see cref="RequestLog.Clear"/> resets it.
    /// </summary>
    public int RequestCount => Requests.Count;

    /// <summary>
    /// Distinct TCP connections (Kestrel connection ids) that carried at least one API request since start; connections
    /// used only for /_standin control requests are not counted.
    /// </summary>
    public int ConnectionCount => connections.Count;

    /// <summary>Number of requests still to be faulted: the remaining times of every queued fault.</summary>
    public int PendingFaultCount => faults.PendingCount;

    /// <summary>
    /// Queues <paramref name="faults"/> after those already queued. Each request to the flows endpoints or POST
    /// /auth/user (past the bearer token check) uses the first queued fault that matches it and has times left.
    /// Throws (queuing none) when a fault has Times below 1 or a negative DelayMs.
    /// </summary>
    public void InjectFaults(params Fault[] faults) => this.faults.Add(faults);

    /// <summary>Forgets every queued fault.</summary>
    public void ClearFaults() => faults.Clear();

    /// <summary>The fault for <paramref name="request"/>, with one of its times used up, or null.</summary>
    internal Fault? TakeFault(Microsoft.AspNetCore.Http.HttpRequest request) =>
        faults.Take(request.Method, request.Path.Value ?? "");

    /// <summary>Notes the connection an API request came on.</summary>
    internal void NoteConnection(string connectionId) => connections.TryAdd(connectionId, 0);

    /// <summary>Number of flows stored per served application id, in the order the ids were configured.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FlowCounts
    {
        get
        {
            lock (Sync)
            {
                return applications.Select(a => KeyValuePair.Create(a.Key, a.Value.Flows.Count)).ToArray();
            }
        }
    }

    /// <summary>The store for <paramref name="applicationId"/>, or null when the id is not served.</summary>
    public ApplicationStore? Find(string applicationId) =>
        applications.TryGetValue(applicationId, out var store) ? store : null;

    /// <summary>The store for <paramref name="applicationId"/>; throws when it is not served.</summary>
    public ApplicationStore Application(string applicationId) =>
        Find(applicationId) ?? throw new ArgumentException($"Application {applicationId} is not served.", nameof(applicationId));

    /// <summary>
    /// Adds a flow directly (no validation). Given fields are kept, including id and dates; missing id, flowId,
    /// dates, enabled (false), flowClass (cloud), triggers/nodes/globals ([]) and stats are filled in.
    /// Returns a copy of the stored document.
    /// </summary>
    public JsonObject SeedFlow(string applicationId, JsonObject flow)
    {
        lock (Sync)
        {
            var doc = Documents.SeedFlow(applicationId, flow);
            Application(applicationId).Add(new StoredFlow(doc));
            return (JsonObject)doc.DeepClone();
        }
    }

    /// <summary>
    /// Adds a named version to a stored flow (<paramref name="fields"/> as in a flowsImportPost flowVersions entry:
    /// version, notes, enabled, triggers, nodes, globals …). Returns a copy of the stored version.
    /// </summary>
    public JsonObject SeedVersion(string applicationId, string flowId, JsonObject fields)
    {
        lock (Sync)
        {
            var flow = Application(applicationId).Find(flowId)
                ?? throw new ArgumentException($"Flow {flowId} is not stored.", nameof(flowId));
            var doc = Documents.NewVersion(flow, fields);
            if (fields["enabled"] is JsonValue enabled)
            {
                doc["enabled"] = enabled.DeepClone();
            }

            flow.Versions.Add(doc);
            return (JsonObject)doc.DeepClone();
        }
    }

    /// <summary>Number of flows stored for <paramref name="applicationId"/>.</summary>
    public int FlowCount(string applicationId)
    {
        lock (Sync)
        {
            return Application(applicationId).Flows.Count;
        }
    }
}
