using System.Text.Json;
using LosantFlows.Engine;
using Xunit;

namespace LosantFlows.Tests.Engine;

/// <summary>Real exported flows (read from ../shared, never copied) survive Parse → Serialize with every value intact.</summary>
public sealed class RealFlowRoundTripTests
{
    private static readonly string Folder = SharedFolder();

    private static string SharedFolder([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "..", "shared", "losant-api", "real-flows"));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder).OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void The_shared_folder_holds_the_ten_real_files()
    {
        Assert.Equal(10, Directory.GetFiles(Folder).Length);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_real_export_round_trips_to_an_equal_JSON_document(string name)
    {
        var original = File.ReadAllBytes(Path.Combine(Folder, name));

        var written = PSJson.Serialize(PSJson.Parse(original));

        using var expected = JsonDocument.Parse(original);
        using var actual = JsonDocument.Parse(written);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), name + " changed in the round trip");
    }
}
