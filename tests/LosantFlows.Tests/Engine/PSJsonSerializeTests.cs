using System.Collections;
using System.Collections.Specialized;
using System.Management.Automation;
using System.Management.Automation.Internal;
using System.Text;
using LosantFlows.Engine;
using Xunit;

namespace LosantFlows.Tests.Engine;

/// <summary>PowerShell values → JSON.</summary>
public sealed class PSJsonSerializeTests
{
    private enum Color
    {
        Red,
        Green,
    }

    private sealed class Plain
    {
        public string Name { get; set; } = "n";

        public int[] Values { get; set; } = { 1 };
    }

    [Fact]
    public void An_ordered_hashtable_keeps_insertion_order()
    {
        var ordered = new OrderedDictionary { ["z"] = 1, ["a"] = 2, ["m"] = 3 };

        Assert.Equal("""{"z":1,"a":2,"m":3}""", PSJson.SerializeToString(ordered));
    }

    [Fact]
    public void A_PSCustomObject_writes_its_note_properties_in_order()
    {
        var value = new PSObject();
        value.Properties.Add(new PSNoteProperty("name", "flow"));
        value.Properties.Add(new PSNoteProperty("enabled", true));
        value.Properties.Add(new PSNoteProperty("nothing", null));

        Assert.Equal("""{"name":"flow","enabled":true,"nothing":null}""", PSJson.SerializeToString(value));
    }

    [Fact]
    public void One_element_and_empty_arrays_stay_arrays()
    {
        var value = new OrderedDictionary
        {
            ["one"] = new object[] { "x" },
            ["none"] = Array.Empty<object>(),
            ["list"] = new List<int> { 7 },
            ["wrapped"] = PSObject.AsPSObject(new object[] { 1 }),
        };

        Assert.Equal("""{"one":["x"],"none":[],"list":[7],"wrapped":[1]}""", PSJson.SerializeToString(value));
    }

    [Fact]
    public void Numbers_keep_their_form()
    {
        var value = new object[] { 1, 1L << 40, 0.1, 1e300, 1.0, 2.5m, 1.50m, (byte)3, ulong.MaxValue, 0.1f, -0.0 };

        Assert.Equal("[1,1099511627776,0.1,1E+300,1.0,2.5,1.50,3,18446744073709551615,0.1,-0.0]", PSJson.SerializeToString(value));
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void NaN_and_infinity_are_refused_naming_the_path(double number, string text)
    {
        var value = new OrderedDictionary { ["nodes"] = new object[] { new Hashtable { ["x"] = number } } };

        var error = Assert.Throws<FormatException>(() => PSJson.Serialize(value));

        Assert.Equal($"$.nodes[0].x: the number {text} cannot be written as JSON.", error.Message);
    }

    [Fact]
    public void Scalars_map_as_documented()
    {
        var value = new object?[]
        {
            "2016-06-13T04:00:00.000Z",
            'c',
            new DateTime(2016, 6, 13, 4, 0, 0, DateTimeKind.Utc),
            new DateTimeOffset(2016, 6, 13, 4, 0, 0, TimeSpan.FromHours(2)),
            new Guid("00000000-0000-0000-0000-000000000001"),
            Color.Green,
            new SwitchParameter(true),
            DBNull.Value,
            AutomationNull.Value,
            null,
            false,
        };

        Assert.Equal(
            """["2016-06-13T04:00:00.000Z","c","2016-06-13T04:00:00.0000000Z","2016-06-13T04:00:00.0000000+02:00","00000000-0000-0000-0000-000000000001","Green",true,null,null,null,false]""",
            PSJson.SerializeToString(value));
    }

    [Fact]
    public void Strings_with_quotes_controls_and_non_ASCII_stay_valid_and_round_trip()
    {
        const string text = "say \"hi\" \\ \n\t \u00fc \u4e2d \U0001F600 <&>";

        var json = PSJson.Serialize(text);

        Assert.Equal(text, System.Text.Json.JsonSerializer.Deserialize<string>(json));
        Assert.Equal(text, PSJson.Parse(json));
        Assert.Contains("\u00fc \u4e2d", Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void Other_objects_write_their_public_properties()
    {
        Assert.Equal("""{"Name":"n","Values":[1]}""", PSJson.SerializeToString(new Plain()));
    }

    [Fact]
    public void A_hashtable_containing_itself_is_a_reference_cycle_named_by_path()
    {
        var config = new Hashtable();
        config["self"] = config;
        var value = new OrderedDictionary { ["nodes"] = new object[] { new Hashtable { ["config"] = config } } };

        var error = Assert.Throws<FormatException>(() => PSJson.Serialize(value));

        Assert.Equal("$.nodes[0].config.self: the value contains a reference cycle.", error.Message);
    }

    [Fact]
    public void A_shared_but_acyclic_value_is_written_twice()
    {
        var shared = new Hashtable { ["k"] = 1 };

        Assert.Equal("""[{"k":1},{"k":1}]""", PSJson.SerializeToString(new object[] { shared, shared }));
    }

    [Fact]
    public void Sixty_levels_round_trip_unchanged()
    {
        var json = string.Concat(Enumerable.Range(0, 60).Select(i => $"{{\"l{i}\":[")) + "\"leaf\"" + string.Concat(Enumerable.Repeat("]}", 60));

        var parsed = PSJson.Parse(json);

        Assert.Equal(json, PSJson.SerializeToString(parsed));
    }

    [Fact]
    public void A_parsed_flow_round_trips_byte_for_byte()
    {
        const string json = """{"name":"f","enabled":false,"count":1,"big":12345678901,"ratio":0.1,"huge":1E+300,"when":"2016-06-13T04:00:00.000Z","nodes":[{"id":"n1","outputIds":[["n2"]],"config":{}}],"globals":[],"u":"ü\uD83D\uDE00"}""";

        Assert.Equal(json, PSJson.SerializeToString(PSJson.Parse(json)));
    }

    [Fact]
    public void Deeper_than_1024_levels_is_refused()
    {
        object? value = "leaf";
        for (var i = 0; i < 1025; i++) value = new object?[] { value };

        var error = Assert.Throws<FormatException>(() => PSJson.Serialize(value));

        Assert.Equal("$" + string.Concat(Enumerable.Repeat("[0]", 1024)) + ": the value is nested deeper than 1024 levels.", error.Message);
    }

    [Fact]
    public void Exactly_1024_levels_are_written()
    {
        object? value = 1;
        for (var i = 0; i < 1024; i++) value = new object?[] { value };

        Assert.Equal(new string('[', 1024) + "1" + new string(']', 1024), PSJson.SerializeToString(value));
    }

    [Fact]
    public void Indented_output_uses_two_spaces()
    {
        Assert.Equal("{\n  \"a\": [\n    1\n  ]\n}".Replace("\n", Environment.NewLine), PSJson.SerializeToString(new OrderedDictionary { ["a"] = new[] { 1 } }, indented: true));
    }
}
