namespace LosantFlows.StandIn.Contract;

/// <summary>Why a JSON value breaks a Losant schema.</summary>
/// <param name="Path">The field path, rooted at the parameter name: <c>flow.triggers[0].config.bogus</c>.</param>
/// <param name="Problem">What is wrong, e.g. "is not allowed", "must be a string".</param>
/// <param name="Schema">The schema file, e.g. "flowPost.json".</param>
public sealed record SchemaViolation(string Path, string Problem, string Schema)
{
    /// <summary>"&lt;path&gt;: &lt;problem&gt; (schema &lt;file&gt;)".</summary>
    public override string ToString() => $"{Path}: {Problem} (schema {Schema})";
}
