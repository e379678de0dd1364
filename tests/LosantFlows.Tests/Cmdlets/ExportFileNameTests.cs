using LosantFlows.Export;

namespace LosantFlows.Tests.Cmdlets;

public sealed class ExportFileNameTests
{
    private const string Id = "5f1e2d3c4b5a697887766554";

    [Theory]
    [InlineData("Ops Alerts", null, false, "Ops Alerts.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("Convert Temp", null, true, "Convert Temp.5f1e2d3c4b5a697887766554.node")]
    [InlineData("a<b>c:d\"e/f\\g|h?i*j", null, false, "a_b_c_d_e_f_g_h_i_j.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("tab\there\nnew\u007fdel", null, false, "tab_here_new_del.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("  trailing dots... ", null, false, "trailing dots.5f1e2d3c4b5a697887766554.flow")]
    [InlineData(".hidden", null, false, "hidden.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("CON", null, false, "CON_.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("nul.backup", null, false, "nul_.backup.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("com1 ", null, false, "com1_.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("CONSOLE", null, false, "CONSOLE.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("...", null, false, "flow.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("", null, false, "flow.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("Caf\u0065\u0301", null, false, "Caf\u00e9.5f1e2d3c4b5a697887766554.flow")]
    [InlineData("Ops", "v1.0/rc:1", false, "Ops.5f1e2d3c4b5a697887766554.v1.0_rc_1.flow")]
    [InlineData("Ops", "develop", true, "Ops.5f1e2d3c4b5a697887766554.develop.node")]
    public void Names_are_safe_on_every_file_system(string name, string? version, bool customNode, string expected)
    {
        Assert.Equal(expected, ExportFileName.For(name, Id, version, customNode));
    }

    [Fact]
    public void A_lone_surrogate_becomes_an_underscore()
    {
        var name = "bad " + (char)0xD800 + " surrogate";

        Assert.Equal("bad _ surrogate." + Id + ".flow", ExportFileName.For(name, Id, null, false));
    }

    [Fact]
    public void Long_names_are_cut_to_120_UTF8_bytes_without_splitting_a_character()
    {
        var name = new string('\u00e9', 100) + "\U0001F600";

        var file = ExportFileName.For(name, Id, null, false);

        Assert.Equal(new string('\u00e9', 60) + "." + Id + ".flow", file);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(ExportFileName.For(new string('x', 255), Id, new string('v', 255), true)) <= 255);
        Assert.Equal("x" + new string('\u00e9', 59) + "." + Id + ".flow", ExportFileName.For("x" + new string('\u00e9', 59) + "\U0001F600", Id, null, false));
    }
}
