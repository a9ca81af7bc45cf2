using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Rules;

/// <summary>Vera Rubin racks of 187.74 kW liquid heat (RackModelTests) on the 2 MW, 3,000 L/min row CDU (S19, S50).</summary>
public sealed class CoolantLoopRuleTests
{
    private static List<Diagnostic> Check(Scenario scenario) => [.. new CoolantLoopRule().Check(DesignAnalysis.Of(scenario))];

    private static Scenario RubinRow(int racks)
    {
        var designs = Enumerable.Range(1, racks).Select(i => TestDesigns.ReferenceRack(Generation.VeraRubin, $"rack-{i}")).ToList();
        return TestDesigns.Scenario(designs, [TestDesigns.Equipment("cdu-row", "vr.cdu-in-row")],
            [.. designs.Select(r => TestDesigns.Coolant(r.Id, "cdu-row"))]);
    }

    [Fact]
    public void Check_RackWithoutCdu_WarnsNoCdu()
    {
        var finding = Assert.Single(Check(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin))));

        Assert.Equal("cooling.noCdu", finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["rack-1"], finding.PartIds);
    }

    [Fact]
    public void Check_TenRubinRacksOnRowCdu_FindsNothing()
    {
        // 10 × 187.74 = 1,877.4 kW ≤ 2,000 kW; 1,877.4 × 1.5 = 2,816.1 L/min ≤ 3,000 L/min
        Assert.Empty(Check(RubinRow(10)));
    }

    [Fact]
    public void Check_ElevenRubinRacksOnRowCdu_OverCapacityAndFlowLimited()
    {
        // 11 × 187.74 = 2,065.14 kW > 2,000 kW; 2,065.14 × 1.5 = 3,097.71 L/min > 3,000 L/min
        var findings = Check(RubinRow(11));

        var over = Assert.Single(findings, f => f.Code == "cooling.cduOverCapacity");
        Assert.Equal(Severity.Error, over.Severity);
        Assert.Equal("cdu-row", over.PartIds[0]);
        Assert.Equal(12, over.PartIds.Count); // the CDU and its 11 racks
        Assert.Contains("2065.1 kW", over.Message, StringComparison.Ordinal);
        Assert.Contains("2000 kW", over.Message, StringComparison.Ordinal);

        var flow = Assert.Single(findings, f => f.Code == "cooling.flowLimited");
        Assert.Equal(Severity.Warning, flow.Severity);
        // ΔT = 2,065.14 / (3,000/60 × 1.0125 × 3.965) = 2,065.14 / 200.728 = 10.288 K → returns at 55.3 °C
        Assert.Contains("3098 L/min", flow.Message, StringComparison.Ordinal);
        Assert.Contains("10.3 K", flow.Message, StringComparison.Ordinal);
        Assert.Contains("55.3 °C", flow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InRackCduSetBelowTheRacksHeat_OverCapacity()
    {
        // 187.74 kW of heat on an in-rack CDU the user set to 150 kW
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin)
            .Add("vr.cdu-in-rack", settings: new Dictionary<string, double> { [CoolantDistributionUnitSpec.HeatCapacitySetting] = 150 })
            .Build();

        var finding = Assert.Single(Check(TestDesigns.Scenario(rack)));

        Assert.Equal("cooling.cduOverCapacity", finding.Code);
        Assert.Equal(["rack-1/vr.cdu-in-rack-1", "rack-1"], finding.PartIds);
    }

    [Fact]
    public void Check_RowCduWithNoRacks_InfoUnused()
    {
        var scenario = TestDesigns.Scenario([], [TestDesigns.Equipment("cdu-row", "vr.cdu-in-row")]);

        var finding = Assert.Single(Check(scenario));

        Assert.Equal("cooling.cduUnused", finding.Code);
        Assert.Equal(["cdu-row"], finding.PartIds);
    }
}
