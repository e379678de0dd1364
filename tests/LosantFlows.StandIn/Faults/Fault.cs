namespace LosantFlows.StandIn;

/// <summary>
/// A fault for the next <paramref name="Times"/> requests to the flows endpoints or POST /auth/user (after the bearer
/// token check) whose method is <paramref name="Method"/> and whose path contains <paramref name="PathContains"/>.
/// </summary>
/// <param name="Kind">What the fault does.</param>
/// <param name="Times">How many matching requests it applies to (at least 1).</param>
/// <param name="RetryAfter">Retry-After header value sent with an injected error status (429, 500, 502, 503, 504), or null for none.</param>
/// <param name="DelayMs">Wait of a <see cref="FaultKind.Delay"/> fault, in milliseconds (not negative).</param>
/// <param name="Method">HTTP method to match (case-insensitive), or null for any.</param>
/// <param name="PathContains">Text the request path (without query) must contain (case-insensitive), or null for any.</param>
public sealed record Fault(
    FaultKind Kind, int Times = 1, string? RetryAfter = null, int DelayMs = 0, string? Method = null, string? PathContains = null)
{
    /// <summary>True when this fault applies to a request with <paramref name="method"/> and <paramref name="path"/>.</summary>
    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(PathContains) || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase));
}
