using System.Reflection;
using LosantFlows.Isolation;

namespace LosantFlows.Tests.Isolation;

/// <summary>
/// The decisions behind the isolation of the engine's dependencies: which copy the private load context takes on
/// PowerShell 7, and what the Windows PowerShell 5.1 resolve handler answers (it cannot run here, so its decision
/// logic is what is tested).
/// </summary>
public sealed class DependencyDecisionTests
{
    [Theory]
    [InlineData("8.0.0.0", null, "Ours")]
    [InlineData("8.0.0.0", "10.0.0.0", "Runtime")]
    [InlineData("8.0.0.0", "8.0.0.0", "Runtime")]
    [InlineData("9.0.0.0", "8.0.0.0", "Ours")]
    [InlineData("8.0.0.1", "8.0.0.0", "Ours")]
    public void The_runtime_copy_wins_unless_ours_is_strictly_newer(string ours, string? runtime, string expected)
    {
        Assert.Equal(expected, DependencyChoice.Decide(new Version(ours), runtime == null ? null : new Version(runtime)).ToString());
    }

    private static readonly Dictionary<string, string> Ours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Extensions.Http"] = "/m/dependencies/Microsoft.Extensions.Http.dll",
        ["System.Text.Json"] = "/m/dependencies/System.Text.Json.dll",
    };

    private static readonly Dictionary<string, Version> Versions = new()
    {
        ["/m/dependencies/Microsoft.Extensions.Http.dll"] = new Version(8, 0, 0, 0),
        ["/m/dependencies/System.Text.Json.dll"] = new Version(8, 0, 0, 0),
    };

    [Theory]
    [InlineData("Microsoft.Extensions.Http, Version=8.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60", "/m/dependencies/Microsoft.Extensions.Http.dll")]
    [InlineData("Microsoft.Extensions.Http, Version=6.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60", "/m/dependencies/Microsoft.Extensions.Http.dll")]
    [InlineData("microsoft.extensions.http", "/m/dependencies/Microsoft.Extensions.Http.dll")]
    [InlineData("Microsoft.Extensions.Http, Version=9.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60", null)]
    [InlineData("System.Text.Json, Version=10.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", null)]
    [InlineData("Microsoft.Extensions.Logging, Version=6.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60", null)]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed", null)]
    public void The_Windows_PowerShell_handler_answers_only_for_our_assemblies_at_a_sufficient_version(string requested, string? expected)
    {
        var resolver = new FrameworkResolver(Ours, path => Versions[path]);

        Assert.Equal(expected, resolver.PathFor(new AssemblyName(requested)));
    }
}
