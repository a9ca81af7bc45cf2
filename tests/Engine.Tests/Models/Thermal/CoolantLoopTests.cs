using Studio.Engine.Catalog;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Physics;
using Studio.Engine.Provenance;

namespace Studio.Engine.Tests.Models.Thermal;

/// <summary>
/// Heat balance Q = ṁ · c_p · ΔT (hardware.md constants). With flow tracking heat at r L/min per kW,
/// ṁ = r · Q / 60 · ρ, so ΔT = 60 / (r · ρ · c_p) whatever the heat; with the CDU's pumps at their maximum V̇,
/// ΔT = Q / (V̇ / 60 · ρ · c_p). Tolerance 1e-9 K for the arithmetic; published temperatures to their last digit.
/// </summary>
public sealed class CoolantLoopTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    /// <summary>The Vera Rubin rack's flow rule: 1.5 L/min per kW (OCP), industry range 1.25–2.0 (S50).</summary>
    private static readonly Figure s_ocpRule = ((RackSpec)TestDesigns.Catalog.Get("vr.rack")).FlowLitresPerMinutePerKw;

    private static LoopRack Rack(double heatKw, Figure? rule = null, string id = "rack-1") =>
        new(id, Figure.Vendor(heatKw, "kW", "S5"), rule ?? s_ocpRule);

    [Fact]
    public void Solve_Pg25AtOcpFlowRule_RisesTenKelvinFrom45To55()
    {
        var loop = CoolantLoop.Solve([Rack(100)], cdu: null, supplyC: 45, CoolantProperties.PropyleneGlycol25);

        // S49 S50: ΔT = 60 / (1.5 × 1.0125 × 3.965) = 60 / 6.02184375 = 9.963726 K
        Assert.Equal(9.963725810720348, loop.TemperatureRiseK.Value, Tolerance);
        Assert.Equal(45 + 9.963725810720348, loop.ReturnC.Value, Tolerance);
        // S18 S21: NVIDIA's Vera Rubin loop, 45 °C in, "~55 °C" out: within half a degree.
        Assert.InRange(loop.ReturnC.Value, 54.5, 55.5);
        Assert.False(loop.FlowLimited);
    }

    [Fact]
    public void Solve_Pg25AtOcpFlowRule_BandEndsFollowFromFlowRuleAndPropertyRanges()
    {
        var loop = CoolantLoop.Solve([Rack(100)], cdu: null, supplyC: 45, CoolantProperties.PropyleneGlycol25);

        // Least flow and lightest, least heat-capacious coolant gives the largest rise:
        //   60 / (1.25 × 1.011 × 3.96) = 60 / 5.00445 = 11.989329 K
        // Most flow (2.0 L/min/kW, S50) with the densest coolant gives the smallest:
        //   60 / (2.0 × 1.014 × 3.97) = 60 / 8.05116 = 7.452342 K
        Assert.Equal(11.989329496747896, loop.TemperatureRiseK.High, Tolerance);
        Assert.Equal(7.452342271175829, loop.TemperatureRiseK.Low, Tolerance);
        Assert.Equal(45 + 11.989329496747896, loop.ReturnC.High, Tolerance);
        Assert.Equal(45 + 7.452342271175829, loop.ReturnC.Low, Tolerance);
    }

    [Fact]
    public void Solve_TwoHundredKilowattRack_NeedsAboutThreeHundredLitresPerMinute()
    {
        // hardware.md check [D]: a 200 kW rack at 45→55 °C needs ≈ 300 L/min; at 1.5 L/min/kW: 200 × 1.5 = 300 L/min.
        var loop = CoolantLoop.Solve([Rack(200)], cdu: null, supplyC: 45, CoolantProperties.PropyleneGlycol25);

        Assert.Equal(300, loop.FlowLitresPerMinute.Value, Tolerance);
        Assert.Equal(300, loop.DemandFlowLitresPerMinute.Value, Tolerance);
        // low 200 × 1.25 = 250; high 200 × 2.0 = 400
        Assert.Equal(250, loop.FlowLitresPerMinute.Low, Tolerance);
        Assert.Equal(400, loop.FlowLitresPerMinute.High, Tolerance);
    }

    [Fact]
    public void Solve_WaterAtSameFlow_RisesLessThanGlycol()
    {
        var water = CoolantLoop.Solve([Rack(100)], cdu: null, supplyC: 45, CoolantProperties.Water);
        var glycol = CoolantLoop.Solve([Rack(100)], cdu: null, supplyC: 45, CoolantProperties.PropyleneGlycol25);

        // S49 X5: ΔT = 60 / (1.5 × 0.990 × 4.18) = 60 / 6.2073 = 9.666038 K: water carries more heat per litre
        // (0.990 × 4.18 = 4.138 vs 1.0125 × 3.965 = 4.015 kJ/(L·K)).
        Assert.Equal(9.666038374172347, water.TemperatureRiseK.Value, Tolerance);
        Assert.True(water.TemperatureRiseK.Value < glycol.TemperatureRiseK.Value);
    }

    [Fact]
    public void Solve_CduFlowBelowDemand_CapsFlowAndRaisesTheRise()
    {
        // 100 kW at 1.5 L/min/kW asks 150 L/min; the CDU's pumps give 120.
        var cdu = new LoopCdu("cdu-1", Figure.Vendor(250, "kW", "S19"), Figure.Vendor(120, "L/min", "S50"));

        var loop = CoolantLoop.Solve([Rack(100)], cdu, supplyC: 45, CoolantProperties.PropyleneGlycol25);

        Assert.True(loop.FlowLimited);
        Assert.Equal(120, loop.FlowLitresPerMinute.Value, Tolerance);
        Assert.Equal(150, loop.DemandFlowLitresPerMinute.Value, Tolerance);
        // ΔT = Q / (V̇/60 · ρ · c_p) = 100 / (120/60 × 1.0125 × 3.965) = 100 / 8.029125 = 12.454657 K (vs 9.96 K uncapped)
        Assert.Equal(12.454657263400435, loop.TemperatureRiseK.Value, Tolerance);
        // band from ρ and c_p only (heat and pump flow exact): 100 / (2 × 1.011 × 3.96) = 12.488885,
        // 100 / (2 × 1.014 × 3.97) = 12.420570
        Assert.Equal(12.488884892445725, loop.TemperatureRiseK.High, Tolerance);
        Assert.Equal(12.420570451959716, loop.TemperatureRiseK.Low, Tolerance);
        Assert.Equal(45 + 12.454657263400435, loop.ReturnC.Value, Tolerance);
    }

    [Fact]
    public void Solve_CduFlowEqualToDemand_IsNotLimited()
    {
        // 100 kW × 1.5 = 150 L/min asked, 150 L/min given: enough.
        var cdu = new LoopCdu("cdu-1", Figure.Vendor(250, "kW", "S19"), Figure.Vendor(150, "L/min", "S50"));

        var loop = CoolantLoop.Solve([Rack(100)], cdu, supplyC: 45, CoolantProperties.PropyleneGlycol25);

        Assert.False(loop.FlowLimited);
        Assert.Equal(9.963725810720348, loop.TemperatureRiseK.Value, Tolerance);
    }

    [Fact]
    public void Solve_TwoRacksWithDifferentRules_UsesHeatWeightedRule()
    {
        // 100 kW at 1.5 and 50 kW at 2.0: flow 150 + 100 = 250 L/min for 150 kW, a rule of 250 / 150 = 1.6667 L/min/kW;
        // ΔT = 60 / (1.6667 × 1.0125 × 3.965) = 8.967353 K
        var steeper = Figure.Estimate(2.0, 1.25, 2.0, "L/min/kW", "upper end of the industry range", "S50");

        var loop = CoolantLoop.Solve([Rack(100), Rack(50, steeper, "rack-2")], cdu: null, supplyC: 45, CoolantProperties.PropyleneGlycol25);

        Assert.Equal(150, loop.HeatKw.Value, Tolerance);
        Assert.Equal(250, loop.FlowLitresPerMinute.Value, Tolerance);
        Assert.Equal(8.967353229648312, loop.TemperatureRiseK.Value, Tolerance);
        Assert.Equal(["rack-1", "rack-2"], loop.RackIds);
    }

    [Fact]
    public void Solve_NoRacks_NoRiseAndReturnIsSupply()
    {
        var cdu = new LoopCdu("cdu-1", Figure.Vendor(2000, "kW", "S19"), Figure.Vendor(3000, "L/min", "S50"));

        var loop = CoolantLoop.Solve([], cdu, supplyC: 40, CoolantProperties.PropyleneGlycol25);

        Assert.Equal(0, loop.TemperatureRiseK.Value);
        Assert.Equal(40, loop.ReturnC.Value);
        Assert.False(loop.FlowLimited);
    }

    [Fact]
    public void Solve_Rise_CitesTheGlycolTablesAndTheFlowRule()
    {
        var loop = CoolantLoop.Solve([Rack(100)], cdu: null, supplyC: 45, CoolantProperties.PropyleneGlycol25);

        Assert.Contains("S49", loop.TemperatureRiseK.Evidence.SourceIds);
        Assert.Contains("S50", loop.TemperatureRiseK.Evidence.SourceIds);
        Assert.Equal(EvidenceKind.Estimate, loop.TemperatureRiseK.Evidence.Basis);
    }
}
