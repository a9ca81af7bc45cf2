using Studio.Engine.Catalog;
using Studio.Engine.Models;

namespace Studio.Engine.Tests.Models.Thermal;

/// <summary>How racks are grouped into loops: in-rack CDU, in-row CDU by connection, or no CDU.</summary>
public sealed class CoolingPlanTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    [Fact]
    public void Solve_RackWithInRackCdu_IsALoopOfItsOwn()
    {
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin).Add("vr.cdu-in-rack").Build();

        var loop = Assert.Single(DesignAnalysis.Of(TestDesigns.Scenario(rack)).Loops);

        Assert.Equal("rack-1/vr.cdu-in-rack-1", loop.Cdu?.Id);
        Assert.Equal(["rack-1"], loop.RackIds);
        // 187.74 kW, all liquid (see RackModelTests); 187.74 × 1.5 = 281.61 L/min, under the CDU's 375 L/min.
        Assert.Equal(187.74, loop.HeatKw.Value, Tolerance);
        Assert.Equal(281.61, loop.FlowLitresPerMinute.Value, Tolerance);
        Assert.False(loop.FlowLimited);
    }

    [Fact]
    public void Solve_InRackCduWithUserMaxFlow_CapsFlow()
    {
        // The user sets the in-rack CDU's pumps to 200 L/min, below the 281.61 L/min the rack asks:
        // ΔT = 187.74 / (200/60 × 1.0125 × 3.965) = 187.74 / 13.381875 = 14.029424 K
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin)
            .Add("vr.cdu-in-rack", settings: new Dictionary<string, double> { [CoolantDistributionUnitSpec.MaxFlowSetting] = 200 })
            .Build();

        var loop = Assert.Single(DesignAnalysis.Of(TestDesigns.Scenario(rack)).Loops);

        Assert.True(loop.FlowLimited);
        Assert.Equal(200, loop.FlowLitresPerMinute.Value, Tolerance);
        Assert.Equal(14.029424127784786, loop.TemperatureRiseK.Value, Tolerance);
    }

    [Fact]
    public void Solve_TwoRacksConnectedToOneRowCdu_ShareOneLoop()
    {
        var a = TestDesigns.ReferenceRack(Generation.Gb200, "rack-a");
        var b = TestDesigns.ReferenceRack(Generation.Gb200, "rack-b");
        var cdu = TestDesigns.Equipment("cdu-row", "gb200.cdu-in-row");
        var scenario = TestDesigns.Scenario([a, b], [cdu], [TestDesigns.Coolant("rack-a", "cdu-row"), TestDesigns.Coolant("rack-b", "cdu-row")]);

        var loop = Assert.Single(DesignAnalysis.Of(scenario).Loops);

        Assert.Equal(["rack-a", "rack-b"], loop.RackIds);
        // 2 × 102.51 kW liquid heat (see RackModelTests) = 205.02 kW; 205.02 × 1.35 L/min/kW (S50 Vertiv) = 276.777 L/min
        Assert.Equal(205.02, loop.HeatKw.Value, Tolerance);
        Assert.Equal(276.777, loop.FlowLitresPerMinute.Value, Tolerance);
    }

    [Fact]
    public void Solve_RackWithInRackCduAlsoConnectedToRowCdu_IsServedOnceByItsOwnCdu()
    {
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin).Add("vr.cdu-in-rack").Build();
        var row = TestDesigns.Equipment("cdu-row", "vr.cdu-in-row");
        var scenario = TestDesigns.Scenario([rack], [row], [TestDesigns.Coolant("rack-1", "cdu-row")]);

        var loops = DesignAnalysis.Of(scenario).Loops;

        Assert.Equal(2, loops.Count);
        Assert.Equal(["rack-1"], loops.Single(l => l.Cdu?.Id == "rack-1/vr.cdu-in-rack-1").RackIds);
        Assert.Empty(loops.Single(l => l.Cdu?.Id == "cdu-row").RackIds);
    }

    [Fact]
    public void Solve_RackWithNoCdu_IsSolvedWithoutOne()
    {
        var loop = Assert.Single(DesignAnalysis.Of(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin))).Loops);

        Assert.Null(loop.Cdu);
        Assert.Equal(["rack-1"], loop.RackIds);
        Assert.False(loop.FlowLimited);
    }

    [Fact]
    public void Solve_EmptyRackWithoutCdu_HasNoLoop()
    {
        Assert.Empty(DesignAnalysis.Of(TestDesigns.Scenario(TestDesigns.Rack(Generation.VeraRubin).Build())).Loops);
    }

    [Fact]
    public void Solve_UserFlowRuleOnFrame_ChangesTheRise()
    {
        // 2.0 L/min/kW set on the rack: ΔT = 60 / (2.0 × 1.0125 × 3.965) = 60 / 8.029125 = 7.472794 K
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin).WithFrameSetting(RackSpec.FlowRuleSetting, 2.0).Build();

        var loop = Assert.Single(DesignAnalysis.Of(TestDesigns.Scenario(rack)).Loops);

        Assert.Equal(60 / 8.029125, loop.TemperatureRiseK.Value, Tolerance);
    }
}
