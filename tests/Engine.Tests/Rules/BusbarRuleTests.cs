using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;

namespace Studio.Engine.Tests.Rules;

/// <summary>Busbar current = IT kW × 1,000 / busbar volts; Rubin's busbar: 50 V, at least 5,000 A, up to 6,000 (S17).</summary>
public sealed class BusbarRuleTests
{
    private static IEnumerable<Diagnostic> Check(params Studio.Engine.Scenarios.RackDesign[] racks) =>
        new BusbarRule().Check(DesignAnalysis.Of(TestDesigns.Scenario(racks)));

    [Fact]
    public void Check_RubinReferenceRackAtMaxQ_WithinRating()
    {
        // 187.74 kW / 50 V = 3,754.8 A < 5,000 A.
        Assert.Empty(Check(TestDesigns.ReferenceRack(Generation.VeraRubin)));
    }

    [Fact]
    public void Check_GpusAt3Kw_AboveTheLowerRatingWarns()
    {
        // Tray: 4 × 3.0 + 2 × 0.45 + 8 × 0.06 + 0.15 + 1.0 = 14.53 kW; 18 trays + 9 × 1.4 kW = 274.14 kW → 5,482.8 A.
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add(TestDesigns.ComputeTray(Generation.VeraRubin), 18, new Dictionary<string, double> { [ComputeTraySpec.GpuPowerSetting] = 3.0 })
            .Add(TestDesigns.SwitchTray(Generation.VeraRubin), 9)
            .Add(TestDesigns.PowerShelf(Generation.VeraRubin), 4)
            .Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("power.busbarAboveRating", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("5,483 A", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwentyFourHotTrays_OverTheHighestRatingIsAnError()
    {
        // 24 × 14.53 + 12.6 = 361.32 kW → 7,226 A > 6,000 A.
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add(TestDesigns.ComputeTray(Generation.VeraRubin), 24, new Dictionary<string, double> { [ComputeTraySpec.GpuPowerSetting] = 3.0 })
            .Add(TestDesigns.SwitchTray(Generation.VeraRubin), 9)
            .Build();

        var finding = Assert.Single(Check(rack));

        Assert.Equal("power.busbarOverload", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["rack-1"], finding.PartIds);
    }
}
