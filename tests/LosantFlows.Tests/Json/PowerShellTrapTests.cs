using System.Globalization;
using System.Management.Automation;
using LosantFlows.Engine;
using static LosantFlows.Tests.Json.InProcessPowerShell;

namespace LosantFlows.Tests.Json;

/// <summary>The classic ConvertTo-Json / ConvertFrom-Json traps, with values written in PowerShell syntax.</summary>
public sealed class PowerShellTrapTests
{
    [Fact]
    public void A_60_level_node_config_round_trips_without_depth_truncation()
    {
        var json = Serialize("[ordered]@{ leaf = 'x' }; foreach ($i in 1..59) { $value = [ordered]@{ id = \"n$i\"; config = $value } }");

        var expected = string.Concat(Enumerable.Range(0, 59).Select(i => $"{{\"id\":\"n{59 - i}\",\"config\":")) + "{\"leaf\":\"x\"}" + new string('}', 59);
        Assert.Equal(expected, json);
        Assert.Equal(expected, PSJson.SerializeToString(PSJson.Parse(json)));
    }

    [Theory]
    [InlineData("@(1)", "[1]")]
    [InlineData("(,@('a'))", "[[\"a\"]]")]
    [InlineData(",'a'", "[\"a\"]")]
    [InlineData("@{ ids = @('n1') }", "{\"ids\":[\"n1\"]}")]
    [InlineData("[pscustomobject]@{ outputIds = @(,@('n2')) }", "{\"outputIds\":[[\"n2\"]]}")]
    public void A_one_element_array_stays_an_array(string expression, string expected)
    {
        Assert.Equal(expected, Serialize(expression));
    }

    [Theory]
    [InlineData("@()", "[]")]
    [InlineData("@{ globals = @() }", "{\"globals\":[]}")]
    [InlineData("[pscustomobject]@{ nodes = [System.Collections.Generic.List[object]]::new() }", "{\"nodes\":[]}")]
    public void An_empty_array_stays_an_empty_array(string expression, string expected)
    {
        Assert.Equal(expected, Serialize(expression));
    }

    [Fact]
    public void An_empty_JSON_array_parses_to_an_empty_array_and_back()
    {
        Assert.Equal("{\"a\":[],\"b\":[[]]}", PSJson.SerializeToString(PSJson.Parse("{\"a\":[],\"b\":[[]]}")));
    }

    [Fact]
    public void A_string_that_looks_like_a_date_stays_a_string()
    {
        var parsed = PSJson.ParseObject("{\"when\":\"2016-06-13T04:00:00.000Z\"}");

        Assert.Equal("2016-06-13T04:00:00.000Z", Assert.IsType<string>(parsed.Properties["when"].Value));
        Assert.Equal("{\"when\":\"2016-06-13T04:00:00.000Z\"}", PSJson.SerializeToString(parsed));
        Assert.Equal("\"2016-06-13T04:00:00.000Z\"", Serialize("'2016-06-13T04:00:00.000Z'"));
    }

    [Theory]
    [InlineData("[datetime]::new(2016, 6, 13, 4, 0, 0, [DateTimeKind]::Utc)")]
    [InlineData("[datetime]::new(2016, 6, 13, 4, 0, 0, [DateTimeKind]::Utc).ToLocalTime()")]
    [InlineData("[datetime]'2016-06-13T04:00:00Z'")]
    public void A_datetime_is_written_as_ISO_8601_UTC_with_Z(string expression)
    {
        Assert.Equal("\"2016-06-13T04:00:00.0000000Z\"", Serialize(expression));
    }

    [Fact]
    public void A_datetime_of_unspecified_kind_is_taken_as_local_time()
    {
        var unspecified = new DateTime(2016, 6, 13, 4, 0, 0, DateTimeKind.Unspecified);

        var expected = "\"" + unspecified.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "Z\"";
        Assert.Equal(expected, PSJson.SerializeToString(unspecified));
    }

    [Theory]
    [InlineData("$null", "null")]
    [InlineData("[ordered]@{ a = $null; b = @($null) }", "{\"a\":null,\"b\":[null]}")]
    public void Null_stays_null(string expression, string expected)
    {
        Assert.Equal(expected, Serialize(expression));
    }

    [Fact]
    public void An_ordered_hashtable_keeps_its_key_order()
    {
        Assert.Equal("{\"zeta\":1,\"alpha\":2,\"mid\":{\"z\":1,\"a\":2}}", Serialize("[ordered]@{ zeta = 1; alpha = 2; mid = [ordered]@{ z = 1; a = 2 } }"));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("[long]1", "1")]
    [InlineData("[int64]::MaxValue", "9223372036854775807")]
    [InlineData("[int64]::MinValue", "-9223372036854775808")]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("[double]1.5", "1.5")]
    [InlineData("[double]1", "1.0")]
    [InlineData("1.0", "1.0")]
    [InlineData("-0.0", "-0.0")]
    [InlineData("[decimal]0.1", "0.1")]
    [InlineData("0.1d", "0.1")]
    [InlineData("1e300", "1E+300")]
    [InlineData("1e-7", "1E-07")]
    [InlineData("123456789012345678901234567890n", "123456789012345678901234567890")]
    public void Numbers_keep_their_type(string expression, string expected)
    {
        Assert.Equal(expected, Serialize(expression));
    }

    [Theory]
    [InlineData("1", typeof(int))]
    [InlineData("9223372036854775807", typeof(long))]
    [InlineData("1.0", typeof(double))]
    [InlineData("-0.0", typeof(double))]
    public void Parsed_numbers_serialize_to_the_same_text(string json, Type type)
    {
        var value = PSJson.Parse(json);

        Assert.IsType(type, value);
        Assert.Equal(json, PSJson.SerializeToString(value));
    }

    [Fact]
    public void A_hashtable_with_a_cycle_gives_an_error_naming_the_path()
    {
        var error = Assert.Throws<MethodInvocationException>(() =>
            Serialize("@{ nodes = @(@{ config = $null }) }; $value.nodes[0].config = $value"));

        var inner = Assert.IsType<FormatException>(error.InnerException);
        Assert.Equal("$.nodes[0].config: the value contains a reference cycle.", inner.Message);
    }

    [Fact]
    public void A_JSON_object_with_an_empty_key_is_refused_with_a_FormatException()
    {
        var error = Assert.Throws<FormatException>(() => PSJson.Parse("{\"a\":{\"\":1}}"));

        Assert.Equal("A JSON object has the empty string as a key (at byte 7); a PowerShell property needs a name.", error.Message);
    }
}
