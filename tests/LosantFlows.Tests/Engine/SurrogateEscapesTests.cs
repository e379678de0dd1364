using System.Text;
using LosantFlows.Engine.Json;
using Xunit;

namespace LosantFlows.Tests.Engine;

/// <summary>The scan that sends documents with lone surrogate escapes to the slower, exact reading path.</summary>
public sealed class SurrogateEscapesTests
{
    [Theory]
    [InlineData("""{"s":"plain \n \u00e9 \\ \/"}""", false)]
    [InlineData("""{"s":"\ud83d\ude00"}""", false)]
    [InlineData("""{"s":"\uD83D\uDE00\uD83D\uDE01"}""", false)]
    [InlineData("""{"s":"\\ud800"}""", false)]
    [InlineData("""{"s":"\\\ud800"}""", true)]
    [InlineData("""{"s":"\ud800"}""", true)]
    [InlineData("""{"s":"\uDBFF\u0041"}""", true)]
    [InlineData("""{"s":"\udc00"}""", true)]
    [InlineData("""{"s":"\ud83d\ude00\ude00"}""", true)]
    [InlineData("""\ud800""", true)]
    [InlineData("""\ud8""", false)]
    public void Finds_surrogate_escapes_that_are_not_pairs(string json, bool expected)
    {
        Assert.Equal(expected, SurrogateEscapes.MayHoldLoneSurrogate(Encoding.UTF8.GetBytes(json)));
    }
}
