using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Rules;

/// <summary>
/// Vera Rubin parts are specified for 45 °C supply (S21, vendor); Blackwell parts carry a studio assumption of
/// 40 °C with a range of 35–45 °C (ASHRAE W40, S51).
/// </summary>
public sealed class CoolantSupplyRuleTests
{
    private static List<Diagnostic> Check(Generation generation, double supplyC) =>
        [.. new CoolantSupplyRule().Check(DesignAnalysis.Of(TestDesigns.Scenario([TestDesigns.ReferenceRack(generation)], supplyC: supplyC)))];

    [Fact]
    public void Check_RubinAt45_FindsNothing()
    {
        Assert.Empty(Check(Generation.VeraRubin, 45));
    }

    [Fact]
    public void Check_RubinAt46_ErrorForComputeAndSwitchTrays()
    {
        var findings = Check(Generation.VeraRubin, 46);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal("cooling.supplyTooWarm", f.Code);
            Assert.Equal(Severity.Error, f.Severity);
        });
        // one finding per kind of part, naming every instance: 18 compute trays, 9 switch trays; shelves have no limit
        Assert.Equal(18, findings.Single(f => f.PartIds.Contains("rack-1/vr.compute-tray-1")).PartIds.Count);
        Assert.Equal(9, findings.Single(f => f.PartIds.Contains("rack-1/vr.nvlink-switch-tray-1")).PartIds.Count);
        Assert.Contains("46 °C is warmer than the 45 °C", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BlackwellAt42_WarnsTheLimitIsAnEstimate()
    {
        // 42 °C > 40 °C estimate, but ≤ its 45 °C high end: a warning, not an error.
        var findings = Check(Generation.Gb200, 42);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal("cooling.supplyAboveEstimate", f.Code);
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Contains("may be as high as 45 °C", f.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Check_BlackwellAt40_FindsNothing()
    {
        Assert.Empty(Check(Generation.Gb300, 40));
    }

    [Fact]
    public void Check_BlackwellAt46_ErrorAboveTheEstimatesHighEnd()
    {
        Assert.All(Check(Generation.Gb200, 46), f => Assert.Equal("cooling.supplyTooWarm", f.Code));
    }

    [Fact]
    public void Check_VendorLimitWithSpreadExceeded_ErrorEvenInsideTheSpread()
    {
        // A vendor limit is a specification, not a guess: 47 °C over a vendor 45 °C (tables up to 50) is an error,
        // where the same excess over an estimate would only warn. No catalog part has such a limit, so build one.
        var catalogTray = (ComputeTraySpec)TestDesigns.Catalog.Get("vr.compute-tray");
        var tray = new ComputeTraySpec
        {
            Id = "test.compute-tray",
            Name = "Test tray",
            Summary = "Vera Rubin tray with a vendor supply limit that has a spread",
            Generation = Generation.VeraRubin,
            Gpu = catalogTray.Gpu,
            GpuCount = catalogTray.GpuCount,
            Cpu = catalogTray.Cpu,
            CpuCount = catalogTray.CpuCount,
            Nic = catalogTray.Nic,
            NicCount = catalogTray.NicCount,
            Dpu = catalogTray.Dpu,
            DpuCount = catalogTray.DpuCount,
            BoardOverheadKw = catalogTray.BoardOverheadKw,
            LiquidCooledFraction = catalogTray.LiquidCooledFraction,
            MaxCoolantSupplyC = Figure.VendorRange(45, 45, 50, "°C", "tables disagree", "S21"),
            NvlinkGeneration = catalogTray.NvlinkGeneration,
            CompositionSources = catalogTray.CompositionSources,
            AssemblyMinutes = catalogTray.AssemblyMinutes,
            PriceUsd = catalogTray.PriceUsd,
            WeightKg = catalogTray.WeightKg,
            Height = 1,
        };
        var frame = new PlacedPart("rack-1", "rack-1", TestDesigns.Catalog.Get("vr.rack"));
        var rack = new RackDesign(frame, [new PlacedPart("rack-1/test-1", "test", tray)]);

        var findings = new CoolantSupplyRule().Check(DesignAnalysis.Of(TestDesigns.Scenario([rack], supplyC: 47)));

        Assert.Equal("cooling.supplyTooWarm", Assert.Single(findings).Code);
    }
}
