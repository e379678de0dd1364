using System.Collections;
using System.Management.Automation;
using System.Text;
using LosantFlows.Engine;
using LosantFlows.Engine.Json;
using Xunit;

namespace LosantFlows.Tests.Engine;

/// <summary>PSJson.ParseReadOnly: documents that are checked and sent on, read as views that Serialize copies as they are.</summary>
public sealed class ReadOnlyJsonTests
{
    private static object? Read(string json) => PSJson.ParseReadOnly(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Objects_are_ordered_read_only_dictionaries_and_arrays_read_only_lists()
    {
        var root = Assert.IsAssignableFrom<IDictionary>(Read("""{"zeta":1,"alpha":[true,null,"a"],"big":2147483648,"x":1.5}"""));

        Assert.Equal(new object[] { "zeta", "alpha", "big", "x" }, root.Keys.Cast<object>());
        Assert.Equal(1, root["zeta"]);
        Assert.Equal(2147483648L, root["big"]);
        Assert.Equal(1.5, root["x"]);
        var list = Assert.IsAssignableFrom<IList>(root["alpha"]);
        Assert.Equal(new object?[] { true, null, "a" }, list.Cast<object?>());
        Assert.True(root.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => root["zeta"] = 2);
        Assert.Throws<NotSupportedException>(() => list.Add(1));
    }

    [Fact]
    public void Lookups_ignore_case_and_a_repeated_key_keeps_its_first_place_with_its_last_value()
    {
        var root = Assert.IsAssignableFrom<IDictionary>(Read("""{"name":"a","id":1,"name":"b"}"""));

        Assert.Equal(new object[] { "name", "id" }, root.Keys.Cast<object>());
        Assert.Equal("b", root["NAME"]);
        Assert.True(root.Contains("Id"));
        Assert.Null(root["missing"]);
    }

    [Fact]
    public void Serialize_copies_a_view_with_its_numbers_as_written()
    {
        var root = Read("\uFEFF" + """{ "n": [1.0, 1e5, -0, 12345678901234567890123], "s": "é\"\u00e9" }""");

        Assert.Equal("""{"n":[1.0,1e5,-0,12345678901234567890123],"s":"é\"é"}""", PSJson.SerializeToString(root));
    }

    [Fact]
    public void A_view_inside_other_values_is_copied_in_place()
    {
        var flow = Assert.IsAssignableFrom<IDictionary>(Read("""{"name":"ops","nodes":[{"id":"n1","config":{"a":[1,{"b":null}]}}]}"""));
        var body = new System.Collections.Specialized.OrderedDictionary { ["flows"] = new object?[] { flow["nodes"], "x" } };

        Assert.Equal("""{"flows":[[{"id":"n1","config":{"a":[1,{"b":null}]}}],"x"]}""", PSJson.SerializeToString(body));
    }

    [Theory]
    [InlineData("""{"s":"\uD800"}""")]
    [InlineData("""{"s":"\uDC00x"}""")]
    [InlineData("""{"s":"\uD83D"}""")]
    [InlineData("""{"\uD800":1}""")]
    public void A_document_with_a_lone_surrogate_escape_is_read_as_PowerShell_objects_and_written_back_exactly(string json)
    {
        var value = Read(json);

        Assert.IsType<PSObject>(value);
        Assert.Equal(json, PSJson.SerializeToString(value));
    }

    [Fact]
    public void A_surrogate_pair_escape_stays_a_view()
    {
        var root = Assert.IsAssignableFrom<IDictionary>(Read("""{"s":"\ud83d\ude00"}"""));

        Assert.Equal("\U0001F600", root["s"]);
        Assert.Equal("""{"s":"\uD83D\uDE00"}""", PSJson.SerializeToString(root));
    }

    [Theory]
    [InlineData("""{"a":1,}""", "Invalid JSON at line 1, position 8:")]
    [InlineData("""{"a":""", "Invalid JSON at line 1, position 6:")]
    public void Invalid_JSON_is_reported_as_Parse_reports_it(string json, string start)
    {
        var error = Assert.Throws<FormatException>(() => Read(json));

        Assert.StartsWith(start, error.Message);
        Assert.Equal(Assert.Throws<FormatException>(() => PSJson.Parse(json)).Message, error.Message);
    }

    [Theory]
    [InlineData("""{"flows":[],"Flows":[]}""")]
    [InlineData("""{"name":"a","nodes":[{"config":{"message":1,"Message":2}}]}""")]
    [InlineData("""{"name":"a","nodes":[{"config":{"":1}}]}""")]
    [InlineData("""{"name":"a","nodes":[{"config":{"pstypenames":1}}]}""")]
    [InlineData("""{"name":"a","nodes":[{"config":{"a":-1e400}}]}""")]
    [InlineData("""[1e400]""")]
    [InlineData("""{"a":1}{}""")]
    public void What_Parse_refuses_is_refused_with_the_same_message(string json)
    {
        var expected = Assert.Throws<FormatException>(() => PSJson.Parse(json)).Message;

        Assert.Equal(expected, Assert.Throws<FormatException>(() => Read(json)).Message);
    }

    [Fact]
    public void A_lone_surrogate_character_in_JSON_text_is_kept_as_its_escape()
    {
        var text = "{\"name\":\"a" + '\uD800' + "\"}";

        Assert.Equal("{\"name\":\"a\\uD800\"}", PSJson.SerializeToString(PSJson.ParseReadOnly(text)));
        Assert.Equal("{\"name\":\"a\\uD800\"}", PSJson.SerializeToString(PSJson.Parse(text)));
    }

    [Fact]
    public void Nesting_deeper_than_1024_levels_is_reported_as_Parse_reports_it()
    {
        var deep = new string('[', 1025) + new string(']', 1025);

        var error = Assert.Throws<FormatException>(() => Read(deep));

        Assert.Equal("JSON nested deeper than 1024 levels (at byte 1025).", error.Message);
    }

    [Fact]
    public void Nesting_of_1024_levels_is_read_and_written()
    {
        var deep = new string('[', 1024) + new string(']', 1024);

        Assert.Equal(deep, PSJson.SerializeToString(Read(deep)));
    }
}
