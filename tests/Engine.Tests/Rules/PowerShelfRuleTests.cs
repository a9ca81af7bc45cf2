using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Rules;

/// <summary>
/// Shelf capacity against IT load. Loads from RackModelTests: Vera Rubin 187.74 kW at Max-Q, 223.74 kW with 2.3 kW
/// GPUs; GB200 120.6 kW. Shelves: 110 kW for Rubin (S17), 33 kW for GB200 (X2).
/// </summary>
public sealed class PowerShelfRuleTests
{
    private static List<Diagnostic> Check(RackDesign rack) => [.. new PowerShelfRule().Check(DesignAnalysis.Of(TestDesigns.Scenario(rack)))];

    private static RackBuilder RubinTrays(double? gpuPowerKw = null) =>
        TestDesigns.Rack(Generation.VeraRubin)
            .Add("vr.compute-tray", 18, gpuPowerKw is { } kw ? new Dictionary<string, double> { [ComputeTraySpec.GpuPowerSetting] = kw } : null)
            .Add("vr.nvlink-switch-tray", 9);

    [Fact]
    public void Check_NoShelves_ErrorOnTheRack()
    {
        var finding = Assert.Single(Check(RubinTrays().Build()));

        Assert.Equal("power.noShelves", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["rack-1"], finding.PartIds);
        Assert.Contains("187.7 kW", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneRubinShelf_ShelvesShort()
    {
        // 1 × 110 kW < 187.74 kW
        var finding = Assert.Single(Check(RubinTrays().Add("vr.power-shelf").Build()));

        Assert.Equal("power.shelvesShort", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["rack-1", "rack-1/vr.power-shelf-1"], finding.PartIds);
    }

    [Fact]
    public void Check_TwoRubinShelves_CarryTheLoadButNoRedundancy()
    {
        // 2 × 110 = 220 kW ≥ 187.74 kW; with one failed, 110 kW < 187.74 kW
        var finding = Assert.Single(Check(RubinTrays().Add("vr.power-shelf", 2).Build()));

        Assert.Equal("power.noRedundancy", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("110 kW (no N+1)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThreeRubinShelvesAtMaxQ_NPlusOneHolds()
    {
        // 3 shelves (S17: 3–4 per rack); one failed: 2 × 110 = 220 kW ≥ 187.74 kW
        Assert.Empty(Check(RubinTrays().Add("vr.power-shelf", 3).Build()));
    }

    [Fact]
    public void Check_ThreeRubinShelvesAtMaxP_NoRedundancy()
    {
        // Max-P: 223.74 kW > 220 kW left with one of three shelves failed: the fourth shelf S17 mentions is needed.
        var finding = Assert.Single(Check(RubinTrays(gpuPowerKw: 2.3).Add("vr.power-shelf", 3).Build()));

        Assert.Equal("power.noRedundancy", finding.Code);
    }

    [Fact]
    public void Check_FourRubinShelvesAtMaxP_NPlusOneHolds()
    {
        // one of four failed: 330 kW ≥ 223.74 kW
        Assert.Empty(Check(RubinTrays(gpuPowerKw: 2.3).Add("vr.power-shelf", 4).Build()));
    }

    [Fact]
    public void Check_FourGb200Shelves_NoRedundancy()
    {
        // 4 × 33 = 132 kW ≥ 120.6 kW; one failed: 99 kW < 120.6 kW
        var rack = TestDesigns.Rack(Generation.Gb200).Add("gb200.compute-tray", 18).Add("gb200.nvlink-switch-tray", 9).Add("gb200.power-shelf", 4).Build();

        Assert.Equal("power.noRedundancy", Assert.Single(Check(rack)).Code);
    }

    [Fact]
    public void Check_UserShelfCapacity_IsUsed()
    {
        // Two shelves set to 200 kW each: 400 kW, one failed 200 kW ≥ 187.74 kW.
        var rack = RubinTrays().Add("vr.power-shelf", 2, new Dictionary<string, double> { [PowerShelfSpec.CapacitySetting] = 200 }).Build();

        Assert.Empty(Check(rack));
    }

    [Fact]
    public void Check_EmptyRack_NoLoadNoFinding()
    {
        Assert.Empty(Check(TestDesigns.Rack(Generation.VeraRubin).Build()));
    }
}
