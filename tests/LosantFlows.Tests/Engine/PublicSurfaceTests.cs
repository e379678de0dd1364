using System.Reflection;
using LosantFlows.Engine;
using Xunit;

namespace LosantFlows.Tests.Engine;

/// <summary>The cmdlet assembly may only see BCL and PowerShell types through the engine (DESIGN.md "Why two assemblies").</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void No_public_signature_mentions_System_Text_Json_or_Microsoft_Extensions()
    {
        var offending = new List<string>();
        foreach (var type in typeof(LosantClient).Assembly.GetExportedTypes())
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                foreach (var used in TypesOf(member))
                {
                    var name = used.FullName ?? used.Name;
                    if (name.StartsWith("System.Text.Json", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal))
                        offending.Add(type.Name + "." + member.Name + ": " + name);
                }
            }
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void The_exported_types_are_exactly_the_contract()
    {
        Assert.Equal(
            new[]
            {
                "FlowListQuery", "FlowPage", "FlowsApi", "IRequestObserver", "LosantApiException", "LosantClient", "LosantClientOptions",
                "LosantIds", "LosantRequest", "LosantResponse", "LosantTimeoutException", "PSJson", "TriggerFilterEntry", "UnreadableItem",
            },
            typeof(LosantClient).Assembly.GetExportedTypes().Where(t => t.Namespace == "LosantFlows.Engine").Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(typeof(LosantClient).Assembly.GetExportedTypes(), t => Assert.Equal("LosantFlows.Engine", t.Namespace));
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member)
    {
        IEnumerable<Type> direct = member switch
        {
            MethodBase method => method.GetParameters().Select(p => p.ParameterType)
                .Concat(method is MethodInfo info ? new[] { info.ReturnType } : Array.Empty<Type>()),
            PropertyInfo property => new[] { property.PropertyType },
            FieldInfo field => new[] { field.FieldType },
            EventInfo @event => new[] { @event.EventHandlerType! },
            _ => Array.Empty<Type>(),
        };
        return direct.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!)) yield return inner;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
        {
            foreach (var inner in Expand(argument)) yield return inner;
        }
    }
}
