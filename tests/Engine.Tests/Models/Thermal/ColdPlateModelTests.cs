using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput.Hardware;

namespace Studio.Engine.Tests.Models.Thermal;

/// <summary>
/// Case = supply + f × loop rise + R × P, f = 0.5 (two GPU plates in series), R = 0.013 K/W for Rubin (studio
/// estimate). The loop rise with 25% PG at the OCP rule 1.5 L/min/kW is 60 / (1.5 × 1.0125 × 3.965) = 9.9637258 K
/// (see CoolantLoopTests). Above an 85 °C case the GPU sheds power: throttle = 1 − ((limit − coolant) / R) / P.
/// </summary>
public sealed class ColdPlateModelTests
{
    private const double Tolerance = 1e-6;
    private const double LoopRiseK = 9.963725810720348;

    private static DesignAnalysis Rubin(double supplyC, PowerMode mode) =>
        DesignAnalysis.Of(TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)], supplyC: supplyC) with
        {
            Power = new PowerPlan { Mode = mode },
        });

    [Fact]
    public void Solve_RubinMaxQAt45C_CaseFromHandCalculationAndNoThrottle()
    {
        var plate = Assert.Single(Rubin(45, PowerMode.MaxQ).ColdPlates);

        // Coolant at the last GPU: 45 + 0.5 × 9.9637258 = 49.9818629 °C; case: + 0.013 K/W × 1,800 W = 73.3818629 °C.
        Assert.Equal(45 + (0.5 * LoopRiseK), plate.CoolantAtGpuC.Value, Tolerance);
        Assert.Equal(45 + (0.5 * LoopRiseK) + 23.4, plate.CaseC.Value, Tolerance);
        Assert.Equal(0, plate.ThrottleFraction.Value);
    }

    [Fact]
    public void Solve_RubinMaxPAt45C_HotterButWithinTheLimit()
    {
        var plate = Assert.Single(Rubin(45, PowerMode.MaxP).ColdPlates);

        // Max-P power 2.34 kW (227 kW rack, S17): case = 49.9818629 + 0.013 × 2,340 = 80.4018629 °C, below 85 °C.
        Assert.Equal(2.34, plate.GpuPowerKw.Value, Tolerance);
        Assert.Equal(45 + (0.5 * LoopRiseK) + 30.42, plate.CaseC.Value, Tolerance);
        Assert.Equal(0, plate.ThrottleFraction.Value);
    }

    [Fact]
    public void Solve_RubinMaxPAt55C_ThrottlesByHandCalculation()
    {
        var plate = Assert.Single(Rubin(55, PowerMode.MaxP).ColdPlates);

        // Coolant 59.9818629 °C; allowed = (85 − 59.9818629) / 0.013 = 1,924.47 W; throttle = 1 − 1.92447 / 2.34 = 0.177576.
        var coolant = 55 + (0.5 * LoopRiseK);
        var expected = 1 - ((85 - coolant) / 0.013 / 1000 / 2.34);
        Assert.Equal(expected, plate.ThrottleFraction.Value, Tolerance);
        Assert.InRange(plate.ThrottleFraction.Value, 0.177, 0.178);
        Assert.True(plate.ThrottleFraction.Low <= plate.ThrottleFraction.Value && plate.ThrottleFraction.Value <= plate.ThrottleFraction.High);
    }

    [Fact]
    public void Throttle_HeadroomForOnlyPartOfThePower_ShedsTheRest()
    {
        // (85 − 50) / 0.013 = 2,692.3 W allowed of 3,000 W: 1 − 2.6923 / 3 = 0.102564.
        Assert.Equal(1 - (35 / 0.013 / 1000 / 3.0), ColdPlateModel.Throttle(85, 50, 0.013, 3.0), Tolerance);
        Assert.Equal(0, ColdPlateModel.Throttle(85, 50, 0.013, 1.0));
        Assert.Equal(1, ColdPlateModel.Throttle(85, 90, 0.013, 1.0));
    }

    [Fact]
    public void DesignSystem_ThrottledGpus_LoseTheSameShareOfPeakCompute()
    {
        var design = Rubin(55, PowerMode.MaxP);
        var plate = Assert.Single(design.ColdPlates);

        var system = DesignSystem.From(design)!;

        // Rubin's dense NVFP4 peak is 35 PF (S5); a GPU that sheds 17.76% of its power keeps 82.24% of it.
        Assert.Equal(35 * (1 - plate.ThrottleFraction.Value), system.DensePflops[Precision.Nvfp4].Value, Tolerance);
        Assert.Equal(2.34, system.GpuPowerKw.Value, Tolerance);
    }

    [Fact]
    public void DesignSystem_NoThrottleEvenAtTheRangesEnds_KeepsTheCatalogPeak()
    {
        // At 25 °C even the worst end (0.017 K/W, 2.3 kW, 0.75 of the widest rise, an 80 °C limit) stays below the limit.
        var system = DesignSystem.From(Rubin(25, PowerMode.MaxQ))!;
        var tray = (ComputeTraySpec)TestDesigns.Catalog.Get(TestDesigns.ComputeTray(Generation.VeraRubin));

        Assert.Same(tray.Gpu.Peak[Precision.Nvfp4].DensePflops, system.DensePflops[Precision.Nvfp4]);
    }
}
