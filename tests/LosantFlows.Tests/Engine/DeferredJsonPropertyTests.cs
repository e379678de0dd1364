using System.Management.Automation;
using System.Text;
using LosantFlows.Engine;
using LosantFlows.Engine.Json;
using Xunit;

namespace LosantFlows.Tests.Engine;

/// <summary>The objects and arrays inside listed items are read when first used, and behave as if read at once.</summary>
public sealed class DeferredJsonPropertyTests
{
    private const string Page =
        """{"items":[{"id":"a","name":"ops","nodes":[{"id":"n1","config":{"x":1.0}}],"stats":{"runCount":3},"enabled":true}],"count":1,"totalCount":1,"perPage":1,"page":0,"_links":{"self":{"href":"/x"}}}""";

    private static PSObject FirstItem(string json = Page) =>
        (PSObject)((object?[])PSJson.ParseObject(Encoding.UTF8.GetBytes(json), 3).Properties["items"].Value)[0]!;

    [Fact]
    public void An_items_objects_and_arrays_wait_while_its_scalars_and_the_envelope_are_read_at_once()
    {
        var root = PSJson.ParseObject(Encoding.UTF8.GetBytes(Page), 3);
        var item = FirstItem();

        Assert.IsType<PSNoteProperty>(root.Properties["_links"]);
        Assert.IsType<PSObject>(((PSObject)root.Properties["_links"].Value).Properties["self"].Value);
        Assert.Equal(new[] { typeof(PSNoteProperty), typeof(PSNoteProperty), typeof(DeferredJsonProperty), typeof(DeferredJsonProperty), typeof(PSNoteProperty) },
            item.Properties.Select(p => p.GetType()));
        Assert.Equal("""[{"id":"n1","config":{"x":1.0}}]""", Encoding.UTF8.GetString(((DeferredJsonProperty)item.Properties["nodes"]).UnreadJson!));
    }

    [Fact]
    public void Reading_a_deferred_value_gives_the_same_values_as_Parse_and_the_same_object_each_time()
    {
        var item = FirstItem();

        var nodes = Assert.IsType<object?[]>(item.Properties["nodes"].Value);
        var config = Assert.IsType<PSObject>(Assert.IsType<PSObject>(nodes[0]).Properties["config"].Value);
        Assert.Equal(1.0, config.Properties["x"].Value);
        Assert.Same(nodes, item.Properties["nodes"].Value);
        Assert.Null(((DeferredJsonProperty)item.Properties["nodes"]).UnreadJson);
        Assert.Equal(NoteProperty("stats", "System.Management.Automation.PSCustomObject"), Describe(item.Properties["stats"]));
        Assert.Equal(NoteProperty("nodes", "System.Object[]"), Describe(item.Properties["nodes"]));
    }

    [Fact]
    public void A_copy_of_the_object_shares_read_values_until_one_is_assigned()
    {
        var item = FirstItem();
        var copy = item.Copy();

        Assert.Same(item.Properties["stats"].Value, copy.Properties["stats"].Value);
        copy.Properties["stats"].Value = "replaced";
        Assert.Equal("replaced", copy.Properties["stats"].Value);
        Assert.IsType<PSObject>(item.Properties["stats"].Value);
        Assert.Equal("System.String", copy.Properties["stats"].TypeNameOfValue);
    }

    [Fact]
    public void Serialize_copies_unread_values_as_received_and_writes_assigned_ones()
    {
        var item = FirstItem();
        Assert.Equal("""{"id":"a","name":"ops","nodes":[{"id":"n1","config":{"x":1.0}}],"stats":{"runCount":3},"enabled":true}""", PSJson.SerializeToString(item));

        item.Properties["nodes"].Value = new object?[0];
        Assert.Equal("""{"id":"a","name":"ops","nodes":[],"stats":{"runCount":3},"enabled":true}""", PSJson.SerializeToString(item));
        Assert.Equal("{\n  \"runCount\": 3\n}", PSJson.SerializeToString(item.Properties["stats"].Value, indented: true).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Whitespace_the_API_sent_is_left_out_of_compact_output()
    {
        var item = FirstItem("{\"items\":[{\"nodes\": [ {\"id\" :\r\n\t\"a b\\\" \\\\\" } ] }]}");

        Assert.Equal("{\"nodes\":[{\"id\":\"a b\\\" \\\\\"}]}", PSJson.SerializeToString(item));
    }

    [Fact]
    public void Indented_output_reads_the_values_so_that_every_level_is_indented()
    {
        var item = FirstItem("""{"items":[{"stats":{"runCount":3}}]}""");

        Assert.Equal("{\n  \"stats\": {\n    \"runCount\": 3\n  }\n}", PSJson.SerializeToString(item, indented: true).Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("""{"id":"a","config":{"Name":1,"name":2}}""", "The JSON object has the keys 'Name' and 'name', which differ only in case; PowerShell properties are case-insensitive.")]
    [InlineData("""{"id":"a","config":[{"":1}]}""", "A JSON object has the empty string as a key (at byte 32); a PowerShell property needs a name.")]
    [InlineData("""{"id":"a","config":{"PSObject":1}}""", "A JSON object has the key 'PSObject' (at byte 31), a name PowerShell reserves for its own members.")]
    [InlineData("""{"id":"a","config":{"x":[1e400]}}""", "The JSON number 1e400 is outside the range of a double.")]
    [InlineData("""{"id":"a","config":"\udc00 is kept","b":{"c":"\u00e9"}}""", null)]
    public void JSON_that_Parse_refuses_inside_a_deferred_value_refuses_the_whole_answer_at_once(string item, string? error)
    {
        var page = "{\"items\":[" + item + "]}";

        var deferred = Record.Exception(() => FirstItem(page));
        var eager = Record.Exception(() => PSJson.ParseObject(page));

        Assert.Equal(error, deferred?.Message);
        Assert.Equal(eager?.Message, deferred?.Message);
    }

    [Fact]
    public void A_deferred_value_deeper_than_1024_levels_refuses_the_whole_answer_at_once()
    {
        var page = "{\"items\":[{\"n\":" + new string('[', 1022) + new string(']', 1022) + "}]}";

        var error = Assert.Throws<FormatException>(() => FirstItem(page));

        Assert.Equal("JSON nested deeper than 1024 levels (at byte 1037).", error.Message);
        Assert.Equal(error.Message, Assert.Throws<FormatException>(() => PSJson.ParseObject(page)).Message);
    }

    [Fact]
    public void A_repeated_key_with_an_object_value_keeps_the_last_value_at_the_first_place()
    {
        var item = FirstItem("""{"items":[{"a":[1],"b":2,"a":{"c":3}}]}""");

        Assert.Equal(new[] { "a", "b" }, item.Properties.Select(p => p.Name));
        Assert.Equal(3, ((PSObject)item.Properties["a"].Value).Properties["c"].Value);
    }

    [Fact]
    public void Scripts_see_the_same_as_with_values_read_at_once()
    {
        const string json = """{"items":[{"nodes":[{"id":"n1"},{"id":"n2"}],"meta":{"k":"v"},"tags":[]}]}""";
        const string script = """
            param($item)
            $item.nodes.Count
            $item.nodes[1].id
            $item.meta.k
            $item | ConvertTo-Json -Depth 5 -Compress
            ($item | Get-Member -Name meta, nodes, tags | ForEach-Object Definition) -join ' | '
            ($item | Select-Object nodes).nodes.Count
            $item.psobject.Properties['tags'].ToString()
            $item.meta = 'x'
            $item.meta
            $item | Format-List | Out-String
            """;
        var eager = (PSObject)((object?[])PSJson.ParseObject(json).Properties["items"].Value)[0]!;

        Assert.Equal(Run(script, eager), Run(script, FirstItem(json)));
        Assert.Equal(new[] { "2", "n2", "v" }, Run(script, FirstItem(json)).Take(3));
    }

    private static string?[] Run(string script, PSObject item)
    {
        using var powerShell = PowerShell.Create();
        var output = powerShell.AddScript(script).AddArgument(item).Invoke();
        Assert.Empty(powerShell.Streams.Error);
        return output.Select(o => o?.ToString()).ToArray();
    }

    private static string NoteProperty(string name, string type) => $"{PSMemberTypes.NoteProperty} {type} {name}";

    private static string Describe(PSPropertyInfo property) => $"{property.MemberType} {property.TypeNameOfValue} {property.Name}";
}
