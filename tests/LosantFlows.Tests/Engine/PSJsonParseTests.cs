using System.Management.Automation;
using System.Text;
using LosantFlows.Engine;
using Xunit;

namespace LosantFlows.Tests.Engine;

/// <summary>JSON → PowerShell values.</summary>
public sealed class PSJsonParseTests
{
    [Fact]
    public void Objects_become_PSCustomObjects_with_properties_in_document_order()
    {
        var value = PSJson.ParseObject("""{"zeta":1,"alpha":"a","mid":null}""");

        Assert.IsType<PSCustomObject>(value.BaseObject);
        Assert.Equal("System.Management.Automation.PSCustomObject", value.TypeNames[0]);
        Assert.Equal(new[] { "zeta", "alpha", "mid" }, value.Properties.Select(p => p.Name));
        Assert.All(value.Properties, p => Assert.Equal(PSMemberTypes.NoteProperty, p.MemberType));
        Assert.Equal(1, value.Properties["zeta"].Value);
        Assert.Equal("a", value.Properties["alpha"].Value);
        Assert.Null(value.Properties["mid"].Value);
    }

    [Theory]
    [InlineData("1", typeof(int), "1")]
    [InlineData("-2147483648", typeof(int), "-2147483648")]
    [InlineData("2147483648", typeof(long), "2147483648")]
    [InlineData("-9223372036854775808", typeof(long), "-9223372036854775808")]
    [InlineData("9223372036854775808", typeof(decimal), "9223372036854775808")]
    [InlineData("79228162514264337593543950335", typeof(decimal), "79228162514264337593543950335")]
    [InlineData("1.0", typeof(double), "1")]
    [InlineData("1e2", typeof(double), "100")]
    [InlineData("0.1", typeof(double), "0.1")]
    [InlineData("1e300", typeof(double), "1E+300")]
    [InlineData("-0.5", typeof(double), "-0.5")]
    public void Numbers_take_the_narrowest_fitting_type(string json, Type type, string text)
    {
        var value = PSJson.Parse(json);

        Assert.IsType(type, value);
        Assert.Equal(text, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_number_larger_than_decimal_becomes_a_double()
    {
        Assert.Equal(1e40, Assert.IsType<double>(PSJson.Parse("10000000000000000000000000000000000000000")));
    }

    [Fact]
    public void Strings_that_look_like_dates_stay_strings()
    {
        var value = PSJson.ParseObject("""{"when":"2016-06-13T04:00:00.000Z","day":"2024-01-01"}""");

        Assert.Equal("2016-06-13T04:00:00.000Z", Assert.IsType<string>(value.Properties["when"].Value));
        Assert.Equal("2024-01-01", Assert.IsType<string>(value.Properties["day"].Value));
    }

    [Fact]
    public void Arrays_become_object_arrays_even_with_one_element_or_none()
    {
        var value = PSJson.ParseObject("""{"one":[1],"none":[],"mixed":[true,false,null,"s",{"a":[]}]}""");

        Assert.Equal(new object?[] { 1 }, Assert.IsType<object?[]>(value.Properties["one"].Value));
        Assert.Empty(Assert.IsType<object?[]>(value.Properties["none"].Value));
        var mixed = Assert.IsType<object?[]>(value.Properties["mixed"].Value);
        Assert.Equal(new object?[] { true, false, null, "s" }, mixed.Take(4));
        Assert.Empty(Assert.IsType<object?[]>(Assert.IsType<PSObject>(mixed[4]).Properties["a"].Value));
    }

    [Fact]
    public void Surrogate_pairs_and_escapes_are_decoded()
    {
        Assert.Equal("\U0001F600 \u00fc \"q\" \\ \n", PSJson.Parse("\"\\ud83d\\ude00 \u00fc \\\"q\\\" \\\\ \\n\""));
        Assert.Equal("\U0001F600", PSJson.Parse(Encoding.UTF8.GetBytes("\"\U0001F600\"")));
    }

    [Fact]
    public void Null_and_booleans_at_the_root()
    {
        Assert.Null(PSJson.Parse("null"));
        Assert.Equal(true, PSJson.Parse(" true "));
        Assert.Equal(false, PSJson.Parse("false"));
    }

    [Fact]
    public void A_duplicate_key_keeps_the_last_value_like_JSON_parse()
    {
        var value = PSJson.ParseObject("""{"a":1,"b":2,"a":3}""");

        Assert.Equal(new[] { "a", "b" }, value.Properties.Select(p => p.Name));
        Assert.Equal(3, value.Properties["a"].Value);
    }

    [Fact]
    public void Keys_differing_only_in_case_are_refused()
    {
        var error = Assert.Throws<FormatException>(() => PSJson.Parse("""{"Name":1,"name":2}"""));

        Assert.Equal("The JSON object has the keys 'Name' and 'name', which differ only in case; PowerShell properties are case-insensitive.", error.Message);
    }

    [Fact]
    public void Invalid_JSON_reports_line_and_position_one_based()
    {
        var error = Assert.Throws<FormatException>(() => PSJson.Parse("{\n  \"a\": 1,\n  \"b\": tru\n}"));

        Assert.Equal("Invalid JSON at line 3, position 11: 'tru\n}' is an invalid JSON literal. Expected the literal 'true'.", error.Message);
    }

    [Fact]
    public void ParseObject_refuses_an_array_root()
    {
        var error = Assert.Throws<FormatException>(() => PSJson.ParseObject("[1]"));

        Assert.Equal("expected a JSON object, found an array.", error.Message);
    }

    [Fact]
    public void Nesting_of_1024_levels_is_accepted_and_1025_refused()
    {
        Assert.IsType<object?[]>(PSJson.Parse(new string('[', 1024) + new string(']', 1024)));

        var error = Assert.Throws<FormatException>(() => PSJson.Parse(new string('[', 1025) + new string(']', 1025)));
        Assert.Equal("JSON nested deeper than 1024 levels (at byte 1025).", error.Message);
    }

    [Fact]
    public void Nesting_100000_deep_gives_FormatException_not_a_crash()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000);

        var error = Assert.Throws<FormatException>(() => PSJson.Parse(json));

        Assert.StartsWith("JSON nested deeper than 1024 levels", error.Message);
    }

    [Fact]
    public void A_leading_UTF8_byte_order_mark_is_skipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"a\":1}")).ToArray();

        Assert.Equal(1, PSJson.ParseObject(bytes).Properties["a"].Value);
    }
}
