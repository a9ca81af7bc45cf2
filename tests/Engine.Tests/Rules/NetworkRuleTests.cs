using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Rules;

/// <summary>
/// Scale-out per rack (RackModelTests): GB200 28.8 Tb/s, Vera Rubin 115.2 Tb/s. Switches: Spectrum-X Photonics
/// 102.4 Tb/s (S12 S14), SN5600 51.2 Tb/s (X4).
/// </summary>
public sealed class NetworkRuleTests
{
    private static List<Diagnostic> Check(Scenario scenario) => [.. new NetworkRule().Check(DesignAnalysis.Of(scenario))];

    [Fact]
    public void Check_ComputeRackWithoutSwitch_WarnsNotConnected()
    {
        var finding = Assert.Single(Check(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.Gb200))));

        Assert.Equal("network.notConnected", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["rack-1"], finding.PartIds);
    }

    [Fact]
    public void Check_EmptyRackWithoutSwitch_FindsNothing()
    {
        // No GPUs, nothing to reach other racks with.
        Assert.Empty(Check(TestDesigns.Scenario(TestDesigns.Rack(Generation.Gb200).Build())));
    }

    [Fact]
    public void Check_RubinRackOnOnePhotonicsSwitch_Oversubscribed()
    {
        // 115.2 Tb/s into one 102.4 Tb/s switch: 115.2 / 102.4 = 1.125:1
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)],
            [TestDesigns.Equipment("sw-1", "vr.spectrum-x-photonics")],
            [TestDesigns.Network("rack-1", "sw-1")]);

        var finding = Assert.Single(Check(scenario));

        Assert.Equal("network.switchOversubscribed", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["sw-1", "rack-1"], finding.PartIds);
        Assert.Contains("up to 115.2 Tb/s", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RubinRackSplitOverTwoPhotonicsSwitches_NotOversubscribed()
    {
        // 115.2 Tb/s over two switches: 57.6 Tb/s each ≤ 102.4 Tb/s
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)],
            [TestDesigns.Equipment("sw-1", "vr.spectrum-x-photonics"), TestDesigns.Equipment("sw-2", "vr.spectrum-x-photonics")],
            [TestDesigns.Network("rack-1", "sw-1"), TestDesigns.Network("rack-1", "sw-2")]);

        Assert.Empty(Check(scenario));
    }

    [Fact]
    public void Check_TwoGb200RacksOnOneSn5600_Oversubscribed()
    {
        // 2 × 28.8 = 57.6 Tb/s > 51.2 Tb/s; one rack alone (28.8) would fit.
        var scenario = TestDesigns.Scenario(
            [TestDesigns.ReferenceRack(Generation.Gb200, "rack-a"), TestDesigns.ReferenceRack(Generation.Gb200, "rack-b")],
            [TestDesigns.Equipment("sw-1", "net.spectrum-x800-sn5600")],
            [TestDesigns.Network("rack-a", "sw-1"), TestDesigns.Network("rack-b", "sw-1")]);

        var finding = Assert.Single(Check(scenario));

        Assert.Equal("network.switchOversubscribed", finding.Code);
        Assert.Contains("up to 57.6 Tb/s", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SwitchWithNoRacks_InfoUnused()
    {
        var scenario = TestDesigns.Scenario([], [TestDesigns.Equipment("sw-1", "net.spectrum-x800-sn5600")]);

        var finding = Assert.Single(Check(scenario));

        Assert.Equal("network.switchUnused", finding.Code);
        Assert.Equal(Severity.Info, finding.Severity);
    }
}
