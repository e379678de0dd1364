using System.Text;
using CsCheck;
using LosantFlows.Engine;

namespace LosantFlows.Tests.Json;

/// <summary>
/// String escaping with JavaScriptEncoder.UnsafeRelaxedJsonEscaping: HTML-sensitive and non-ASCII BMP characters literal
/// (as JS JSON.stringify), quote, backslash and controls escaped, lone surrogates escaped instead of replaced.
/// </summary>
public sealed class EscapingTests
{
    [Fact]
    public void Html_sensitive_and_non_ASCII_BMP_characters_are_written_literally()
    {
        Assert.Equal("\"a+b <c> & 'd' ü 中 é\"", PSJson.SerializeToString("a+b <c> & 'd' ü 中 é"));
    }

    [Fact]
    public void A_compact_query_is_written_like_JSON_stringify()
    {
        var query = new System.Collections.Specialized.OrderedDictionary { ["name"] = new System.Collections.Hashtable { ["$startsWith"] = "A+B <test> & 'co'" } };

        Assert.Equal("{\"name\":{\"$startsWith\":\"A+B <test> & 'co'\"}}", PSJson.SerializeToString(query));
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_are_escaped()
    {
        Assert.Equal("\"\\\"q\\\" \\\\ \\n\\r\\t\\b\\f\\u0000\\u001F\"", PSJson.SerializeToString("\"q\" \\ \n\r\t\b\f\0\u001f"));
    }

    [Fact]
    public void Characters_beyond_the_BMP_are_written_as_escaped_surrogate_pairs()
    {
        Assert.Equal("\"\\uD83D\\uDE00\"", PSJson.SerializeToString("\U0001F600"));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_not_replaced()
    {
        // Not theory data: xUnit's serialization of test cases would replace the lone surrogates.
        var cases = new[] { ("\ud800", "\"\\uD800\""), ("a\udc00b", "\"a\\uDC00b\""), ("\udc00\ud800", "\"\\uDC00\\uD800\"") };

        foreach (var (text, expected) in cases)
        {
            Assert.Equal(expected, PSJson.SerializeToString(text));
            Assert.Equal(text, PSJson.Parse(expected));
        }
    }

    [Fact]
    public void A_key_with_a_lone_surrogate_is_escaped_and_the_object_stays_intact()
    {
        var value = new System.Collections.Specialized.OrderedDictionary { ["x\ud800"] = new object[] { 1, "\udfff" }, ["b"] = true };

        var json = PSJson.SerializeToString(new object[] { value, 2 });

        Assert.Equal("[{\"x\\uD800\":[1,\"\\uDFFF\"],\"b\":true},2]", json);
        var parsed = Assert.IsType<System.Management.Automation.PSObject>(Assert.IsType<object?[]>(PSJson.Parse(json))[0]);
        Assert.Equal(new[] { "x\ud800", "b" }, parsed.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Escaped_lone_surrogates_parse_to_the_same_code_units()
    {
        Assert.Equal("\ud83d", PSJson.Parse("\"\\ud83d\""));
        Assert.Equal("\U0001F600", PSJson.Parse("\"\\ud83d\\ude00\""));
        Assert.Equal("\udc00\ud800", PSJson.Parse("\"\\udc00\\ud800\""));
    }

    [Fact]
    public void Every_string_is_written_as_valid_JSON_that_reads_back_to_the_same_string()
    {
        JsonGenerators.Text.Sample(text =>
        {
            var json = PSJson.Serialize(text);

            var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(json); // valid UTF-8: no raw lone surrogate
            Assert.DoesNotContain(decoded, c => c < ' ');
            Assert.Equal(new JStr(text), JsonModel.Read(json));
            Assert.Equal(text, PSJson.Parse(json));
        }, iter: 2000);
    }
}
