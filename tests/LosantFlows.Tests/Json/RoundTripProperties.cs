using System.Management.Automation;
using System.Text;
using CsCheck;
using LosantFlows.Engine;

namespace LosantFlows.Tests.Json;

/// <summary>
/// Property-based round trips (CsCheck; a failure prints the seed to replay): JSON → PSJson.Parse → PSJson.Serialize
/// gives the same document, and the same documents built as PowerShell values serialize to it. "The same" is
/// <see cref="JsonEquivalence"/>: exact integers, doubles by value and kind, strings ordinal, member order kept.
/// </summary>
public sealed class RoundTripProperties
{
    [Fact]
    public void Json_parsed_and_serialized_is_the_same_document()
    {
        Gen.Select(JsonGenerators.Document, Gen.Bool).Sample((model, escapeAll) =>
        {
            var json = JsonText.Render(model, escapeAll);

            var output = PSJson.Serialize(PSJson.Parse(json));

            Assert.Null(JsonEquivalence.Difference(model, JsonModel.Read(output)));
        }, iter: 400, print: t => JsonText.Render(t.Item1, t.Item2));
    }

    [Fact]
    public void A_second_round_trip_is_byte_for_byte_identical()
    {
        JsonGenerators.Document.Sample(model =>
        {
            var first = PSJson.Serialize(PSJson.Parse(JsonText.Render(model, escapeAll: false)));

            Assert.Equal(Encoding.UTF8.GetString(first), PSJson.SerializeToString(PSJson.Parse(first)));
        }, iter: 300, print: m => JsonText.Render(m, false));
    }

    [Fact]
    public void Ordered_dictionaries_and_PSCustomObjects_serialize_to_the_document()
    {
        Gen.Select(JsonGenerators.Document, Gen.Int).Sample((model, seed) =>
        {
            var values = new PowerShellValues(seed, allowHashtables: false);

            var output = PSJson.Serialize(values.Build(model));

            Assert.Null(JsonEquivalence.Difference(model, JsonModel.Read(output)));
        }, iter: 300, print: t => $"seed {t.Item2}: {JsonText.Render(t.Item1, false)}");
    }

    [Fact]
    public void Hashtables_serialize_to_the_document_up_to_member_order()
    {
        Gen.Select(JsonGenerators.Document, Gen.Int).Sample((model, seed) =>
        {
            var values = new PowerShellValues(seed, allowHashtables: true);

            var output = PSJson.Serialize(values.Build(model));

            Assert.Null(JsonEquivalence.Difference(model, JsonModel.Read(output), values.Unordered));
        }, iter: 300, print: t => $"seed {t.Item2}: {JsonText.Render(t.Item1, false)}");
    }

    [Fact]
    public void Values_written_in_PowerShell_syntax_serialize_to_the_document()
    {
        using var powerShell = PowerShell.Create();
        Gen.Select(JsonGenerators.Document, Gen.Int).Sample((model, seed) =>
        {
            var source = new PowerShellSource(seed);
            var script = "$value = " + source.Expression(model) + "\n[LosantFlows.Engine.PSJson]::SerializeToString($value)";
            powerShell.Commands.Clear();
            powerShell.Streams.ClearStreams();

            var output = powerShell.AddScript(script).Invoke<string>();

            Assert.Empty(powerShell.Streams.Error);
            Assert.Null(JsonEquivalence.Difference(model, JsonModel.Read(Encoding.UTF8.GetBytes(Assert.Single(output))), source.Unordered));
        }, iter: 120, threads: 1, print: t => new PowerShellSource(t.Item2).Expression(t.Item1));
    }
}
