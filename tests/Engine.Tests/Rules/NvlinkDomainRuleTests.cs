using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Rules;

public sealed class NvlinkDomainRuleTests
{
    private static List<Diagnostic> Check(RackDesign rack) => [.. new NvlinkDomainRule().Check(DesignAnalysis.Of(TestDesigns.Scenario(rack)))];

    [Theory]
    [InlineData(Generation.Gb200)]
    [InlineData(Generation.Gb300)]
    [InlineData(Generation.VeraRubin)]
    public void Check_ReferenceRack_FindsNothing(Generation generation)
    {
        Assert.Empty(Check(TestDesigns.ReferenceRack(generation)));
    }

    [Fact]
    public void Check_SevenOfNineSwitchTrays_WarnsIncompleteTiedToTheRack()
    {
        var rack = TestDesigns.Rack(Generation.VeraRubin).Add("vr.compute-tray", 18).Add("vr.nvlink-switch-tray", 7).Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("nvlink.incompleteSwitchTrays", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        // The missing trays are the rack's fault, not the seven present: the finding points at the rack.
        Assert.Equal(["rack-1"], finding.PartIds);
        Assert.Contains("7 of the 9", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Add 2", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NineteenComputeTrays_ErrorNamesTheNineteenthTray()
    {
        var rack = TestDesigns.Rack(Generation.VeraRubin).Add("vr.compute-tray", 19).Add("vr.nvlink-switch-tray", 9).Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("nvlink.domainTooLarge", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["rack-1/vr.compute-tray-19"], finding.PartIds);
        // 19 × 4 = 76 GPUs against the 72 one NVL72 domain joins (S5).
        Assert.Contains("76 GPUs", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at most 72", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Gb300TrayInRubinRack_ErrorNamesItAndBlocksNvlinkMetric()
    {
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add("vr.compute-tray", 17)
            .Add("gb300.compute-tray")
            .Add("vr.nvlink-switch-tray", 9)
            .Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("nvlink.mixedGenerations", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["rack-1/gb300.compute-tray-1"], finding.PartIds);
        Assert.Equal([MetricIds.RackNvlinkTbps], finding.BlockedMetricIds);
        Assert.Contains("1 × GB300 compute tray", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Vera Rubin NVL72 NVLink 6 domain", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SwitchTrayOfAnotherGeneration_IsForeign()
    {
        // An NVLink 5 switch tray cannot switch NVLink 6 links.
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add("vr.compute-tray", 18)
            .Add("vr.nvlink-switch-tray", 9)
            .Add("gb200.nvlink-switch-tray")
            .Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("nvlink.mixedGenerations", finding.Code);
        Assert.Equal(["rack-1/gb200.nvlink-switch-tray-1"], finding.PartIds);
    }

    [Fact]
    public void Check_TenSwitchTrays_InfoNamesTheExtraTray()
    {
        var rack = TestDesigns.Rack(Generation.VeraRubin).Add("vr.compute-tray", 18).Add("vr.nvlink-switch-tray", 10).Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("nvlink.extraSwitchTrays", finding.Code);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(["rack-1/vr.nvlink-switch-tray-10"], finding.PartIds);
    }

    [Fact]
    public void Check_SwitchTraysOnly_NoDomainFindings()
    {
        // No compute trays, no domain to be incomplete: a rack being filled is not an error.
        Assert.Empty(Check(TestDesigns.Rack(Generation.VeraRubin).Add("vr.nvlink-switch-tray", 3).Build()));
    }

    [Fact]
    public void Check_SwitchTraysOfTwoGenerationsWithoutComputeTrays_NamesTheDomainsOwnGeneration()
    {
        // With no compute trays the switch trays decide the domain: NVLink 6, so Vera Rubin, not the enum's first value.
        var rack = TestDesigns.Rack(Generation.VeraRubin).Add("vr.nvlink-switch-tray", 9).Add("gb200.nvlink-switch-tray").Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("nvlink.mixedGenerations", finding.Code);
        Assert.Contains("its Vera Rubin NVL72 NVLink 6 domain", finding.Message, StringComparison.Ordinal);
    }
}
