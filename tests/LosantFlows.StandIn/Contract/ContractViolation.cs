namespace LosantFlows.StandIn.Contract;

/// <summary>One exchange that broke Losant's published contract.</summary>
/// <param name="InResponse">False: the request broke it (answered 400). True: the stand-in's own response broke it (answered 500).</param>
/// <param name="RequestLine">"METHOD path?query" as received.</param>
/// <param name="Message">"&lt;field path&gt;: &lt;what is wrong&gt; (schema &lt;file&gt;)".</param>
public sealed record ContractViolation(bool InResponse, string RequestLine, string Message);
