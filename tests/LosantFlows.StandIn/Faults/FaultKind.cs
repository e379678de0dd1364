namespace LosantFlows.StandIn;

/// <summary>What an injected fault does to the request it applies to.</summary>
public enum FaultKind
{
    /// <summary>429 TooManyRequests (with Retry-After when given), before the action runs.</summary>
    TooManyRequests,

    /// <summary>500 InternalError after the action has been applied: the server acted, the answer was lost.</summary>
    ServerError,

    /// <summary>502 with an HTML page, after the action has been applied.</summary>
    BadGatewayHtml,

    /// <summary>503 ServiceUnavailable (with Retry-After when given), before the action runs.</summary>
    ServiceUnavailable,

    /// <summary>504 with an HTML page, after the action has been applied.</summary>
    GatewayTimeout,

    /// <summary>The action is applied, then the connection is aborted without an answer.</summary>
    ResetConnection,

    /// <summary>The real answer (status and content type) with its body cut in half.</summary>
    TruncatedJson,

    /// <summary>The action's own status with a text/html body <c>&lt;html&gt;maintenance&lt;/html&gt;</c>, after the action.</summary>
    NonJson,

    /// <summary>Waits <see cref="Fault.DelayMs"/> (cancelled when the client goes away), then answers normally.</summary>
    Delay,
}
