using System.Reflection;
using LosantFlows.Commands;

namespace LosantFlows.Tests.Isolation;

/// <summary>
/// The cmdlet assembly is loaded by PowerShell into the default load context, so every assembly it references is
/// resolved there, where other modules' versions of System.Text.Json, Microsoft.Extensions.* and Polly live. It must
/// reach those only through the engine (LosantFlows.Engine), which the module loads into its private context
/// (issue 6; DESIGN.md, "Why two assemblies").
/// </summary>
public sealed class AssemblyReferenceTests
{
    /// <summary>
    /// What the cmdlet assembly may reference: the netstandard facade, PowerShell, the engine (loaded privately by the
    /// module initializer), and two assemblies that are part of .NET itself on PowerShell 7 (AssemblyLoadContext's
    /// home, and System.Memory, which the runtime always carries in a newer version).
    /// </summary>
    private static readonly string[] Allowed =
    {
        "netstandard",
        "System.Management.Automation",
        "LosantFlows.Engine",
        "System.Runtime.Loader",
        "System.Memory",
    };

    private static string[] ReferencedNames() =>
        typeof(GetLosantFlowCommand).Assembly.GetReferencedAssemblies()
            .Select(name => name.Name ?? string.Empty)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void The_cmdlet_assembly_references_only_the_allowed_assemblies()
    {
        var referenced = ReferencedNames();
        var unexpected = referenced.Where(name => !Allowed.Contains(name, StringComparer.Ordinal)).ToArray();

        Assert.True(
            unexpected.Length == 0,
            $"LosantFlows.dll references [{string.Join(", ", unexpected)}], outside the allowed list " +
            $"[{string.Join(", ", Allowed)}]. All references: [{string.Join(", ", referenced)}].");
    }

    [Fact]
    public void The_cmdlet_assembly_references_no_isolated_dependency()
    {
        var referenced = ReferencedNames();
        var isolated = referenced
            .Where(name => name == "System.Text.Json"
                || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                || name.StartsWith("Polly", StringComparison.Ordinal))
            .ToArray();

        Assert.True(
            isolated.Length == 0,
            $"LosantFlows.dll references [{string.Join(", ", isolated)}], which must be reached only through LosantFlows.Engine. " +
            $"Allowed: [{string.Join(", ", Allowed)}]. All references: [{string.Join(", ", referenced)}].");
    }
}
