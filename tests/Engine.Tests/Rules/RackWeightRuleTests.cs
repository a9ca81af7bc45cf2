using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;

namespace Studio.Engine.Tests.Rules;

/// <summary>
/// A GB200 NVL72 weighs about 1.36 t (X3): 18 × 40 + 9 × 25 + 8 × 12 + 320 kg frame = 1,361 kg. The frame's load
/// limit is an estimate of 1,600 kg (1,400–1,800).
/// </summary>
public sealed class RackWeightRuleTests
{
    private static IEnumerable<Diagnostic> Check(int extraTrays) =>
        new RackWeightRule().Check(DesignAnalysis.Of(TestDesigns.Scenario(
            TestDesigns.ReferenceRackBuilder(Generation.Gb200).Add(TestDesigns.ComputeTray(Generation.Gb200), extraTrays).Build())));

    [Fact]
    public void Check_ReferenceRack_WeighsWhatX3SaysAndPasses()
    {
        var rack = DesignAnalysis.Of(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.Gb200))).Racks[0];

        Assert.Equal(1361, rack.WeightKg.Value, 1e-9);
        Assert.Empty(Check(0));
    }

    [Fact]
    public void Check_TenMoreTrays_AboveTheEstimateWarns()
    {
        // 1,361 + 400 = 1,761 kg: over 1,600, within the 1,800 kg end of the estimate.
        Assert.Equal("space.rackWeightAboveEstimate", Assert.Single(Check(10)).Code);
    }

    [Fact]
    public void Check_TwelveMoreTrays_OverTheHighEndIsAnError()
    {
        // 1,361 + 480 = 1,841 kg > 1,800 kg.
        var finding = Assert.Single(Check(12));

        Assert.Equal("space.rackOverweight", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
    }
}
