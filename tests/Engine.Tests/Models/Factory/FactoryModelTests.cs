using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Models.Racks;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Factory;

/// <summary>The factory as laid out: rows of rack designs with shared CDUs and switches, each counted once.</summary>
public sealed class FactoryModelTests
{
    private static readonly ScenarioEvaluator s_evaluator = new(DesignRuleSet.Default);

    private static Scenario Rows(params RackRow[] rows) =>
        TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)]) with
        {
            Factory = new FactoryPlan([new Hall("hall-1", "Hall 1", rows)]),
        };

    private static RackRow Row(string id, int racks, Redundancy redundancy = Redundancy.NPlusOne, int? cdus = null) =>
        new(id, id, "rack-1", racks, redundancy, CduCount: cdus);

    [Theory]
    [InlineData(Redundancy.N, 0)]
    [InlineData(Redundancy.NPlusOne, 1)]
    [InlineData(Redundancy.TwoN, 1)] // twice the one it needs
    public void Build_TenRubinRacks_SizesRowCdusForTheHeatAndTheRedundancy(Redundancy redundancy, int spares)
    {
        var design = DesignAnalysis.Of(Rows(Row("row-1", 10, redundancy)));
        var row = design.Factory.Rows.Single();

        // A Rubin reference rack puts all its 187.74 kW of IT into its loop (every in-rack IT part is liquid-cooled);
        // ten are 1.88 MW, which one 2 MW row CDU (3,000 L/min at 1.5 L/min per kW: 2 MW too) carries.
        var heatKw = RackModel.Analyse(TestDesigns.ReferenceRack(Generation.VeraRubin)).LiquidHeatKw.Value * 10;
        Assert.Equal(1877.4, heatKw, 1e-9);
        Assert.Equal(1, row.CdusNeeded);
        Assert.Equal(1 + spares, row.CduCount);
        Assert.Equal("vr.cdu-in-row", row.Cdu!.Spec.Id);
    }

    [Fact]
    public void Build_HundredRubinRacks_NeedsTheHeatOverTwoMegawattsRoundedUp()
    {
        var rack = RackModel.Analyse(TestDesigns.ReferenceRack(Generation.VeraRubin));
        var design = DesignAnalysis.Of(Rows(Row("row-1", 100, Redundancy.TwoN)));

        var needed = (int)Math.Ceiling(rack.LiquidHeatKw.Value * 100 / 2000);
        Assert.Equal(needed, design.Factory.Rows.Single().CdusNeeded);
        Assert.Equal(2 * needed, design.Factory.CduCount);
    }

    [Fact]
    public void Build_TwoRows_CountsEveryPartOnceAndSumsTheRows()
    {
        var design = DesignAnalysis.Of(Rows(Row("row-1", 30), Row("row-2", 20)));

        // 50 racks × 72 GPUs; each row sized on its own: two CDU groups, each with its spare.
        Assert.Equal(50, design.Factory.RackCount);
        Assert.Equal(3600, design.Factory.GpuCount);
        Assert.Equal(design.Factory.Rows.Sum(r => r.CdusNeeded + 1), design.Factory.CduCount);
        // Rail-optimised, one plane of 128 × 800G Photonics ports, 64 down: 30 racks × 18 trays = 540 NICs per rail →
        // 8 rails × ⌈540 / 64⌉ = 72 leaves; 20 racks → 8 × ⌈360 / 64⌉ = 48; 120 leaves × 64 uplinks / 128 = 60 spines.
        // (Two planes would take 2 × (40 + 24 + 32) = 192 switches, four 240: one plane is the fewest.)
        Assert.Equal([72, 48], design.Factory.Rows.Select(r => r.LeafSwitches));
        Assert.Equal(60, design.Factory.SpineSwitches);
    }

    [Fact]
    public void Build_RackWithItsOwnCdu_NeedsNoRowCdu()
    {
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin).Add("vr.cdu-in-rack").Build();
        var scenario = TestDesigns.Scenario([rack], factoryRacks: 10);

        var row = DesignAnalysis.Of(scenario).Factory.Rows.Single();

        Assert.Null(row.Cdu);
        Assert.Equal(0, row.CduCount);
    }

    [Fact]
    public void Evaluate_CdusPlacedForRacksWithTheirOwn_AreNotBoughtAndSaysSo()
    {
        var rack = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin).Add("vr.cdu-in-rack").Build();
        var scenario = TestDesigns.Scenario([rack]) with
        {
            Factory = new FactoryPlan([new Hall("hall-1", "Hall 1", [new RackRow("row-1", "Row 1", "rack-1", 10, Redundancy.N, CduCount: 4)])]),
        };

        var report = s_evaluator.Evaluate(scenario);

        Assert.Contains("in-rack CDU", Assert.Single(report.Diagnostics, d => d.Code == FactoryRule.CduNotNeeded).Message, StringComparison.Ordinal);
        Assert.Equal(0, report.Find(MetricIds.FactoryCduCount)!.Band!.Value.Value);
        // The in-rack CDUs are bought with the racks: ten of them.
        Assert.Equal(10, report.BillOfMaterials!.Lines.Single(l => l.Part?.Id == "vr.cdu-in-rack").Quantity);
    }

    [Fact]
    public void Evaluate_PlacedCdusBelowTheHeat_IsAnErrorOnTheRow()
    {
        var report = s_evaluator.Evaluate(Rows(Row("row-1", 100, Redundancy.N, cdus: 3)));

        var finding = Assert.Single(report.Diagnostics, d => d.Code == FactoryRule.CduOverCapacity);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["row-1"], finding.PartIds);
        Assert.Null(report.Find(MetricIds.FactoryCduCount)!.Band);
    }

    [Fact]
    public void Evaluate_PlacedCdusCarryTheHeatButNotTheSpare_IsAWarning()
    {
        var needed = DesignAnalysis.Of(Rows(Row("row-1", 100))).Factory.Rows.Single().CdusNeeded;

        var report = s_evaluator.Evaluate(Rows(Row("row-1", 100, Redundancy.NPlusOne, cdus: needed)));

        Assert.Equal(Severity.Warning, Assert.Single(report.Diagnostics, d => d.Code == FactoryRule.CduBelowRedundancy).Severity);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == FactoryRule.CduOverCapacity);
    }

    [Fact]
    public void Evaluate_RowOfAMissingDesign_IsAnErrorAndPlacesNothing()
    {
        var scenario = Rows(Row("row-1", 10), new RackRow("row-ghost", "Ghost row", "no-such-rack", 40, Redundancy.N));

        var report = s_evaluator.Evaluate(scenario);

        Assert.Equal(["row-ghost"], Assert.Single(report.Diagnostics, d => d.Code == FactoryRule.MissingRackDesign).PartIds);
        Assert.Equal(10, report.Factory!.RackCount);
    }

    [Fact]
    public void Evaluate_NoRacksLaidOut_WithholdsTheFactoryAndSaysWhy()
    {
        var report = s_evaluator.Evaluate(Rows(Row("row-1", 0)));

        var finding = Assert.Single(report.Diagnostics, d => d.Code == FacilityMetrics.NoLoad);
        Assert.Contains("laid out", finding.Message, StringComparison.Ordinal);
        Assert.Null(report.Find(MetricIds.EconomicsCapexUsd)!.Band);
        Assert.Null(report.BillOfMaterials);
        Assert.Equal(72, report.Find(MetricIds.RackGpuCount)!.Band!.Value.Value);
        // No cluster to train on: training is withheld for the same finding, not run on one GPU.
        Assert.Equal([FacilityMetrics.NoLoad], report.Find(MetricIds.TrainingTimeToTrainDays)!.BlockedBy);
        Assert.Contains(MetricIds.TrainingTimeToTrainDays, finding.BlockedMetricIds);
        Assert.NotNull(report.Find(MetricIds.InferenceTokensPerSecondPerGpuAtTarget)!.Band);
    }

    [Fact]
    public void Evaluate_Factory_BillOfMaterialsAddsUpToTheCapex()
    {
        var report = s_evaluator.Evaluate(Rows(Row("row-1", 60), Row("row-2", 40, Redundancy.TwoN)));
        var bom = report.BillOfMaterials!;

        // Every line's extended price, summed in the order listed, is the capex metric's central value.
        var capex = report.Find(MetricIds.EconomicsCapexUsd)!.Band!.Value.Value;
        Assert.Equal(capex, bom.Lines.Sum(l => l.ExtendedUsd.Value), capex * 1e-12);
        Assert.Equal(capex, bom.TotalUsd.Value, capex * 1e-12);

        // 100 racks: 1,800 compute trays, 900 switch trays; the CDUs and switches the rows were sized for, once each.
        Assert.Equal(1800, bom.Lines.Single(l => l.Part?.Id == "vr.compute-tray").Quantity);
        Assert.Equal(900, bom.Lines.Single(l => l.Part?.Id == "vr.nvlink-switch-tray").Quantity);
        Assert.Equal(report.Factory!.CduCount, bom.Lines.Where(l => l.Part is CoolantDistributionUnitSpec).Sum(l => l.Quantity));
        Assert.Equal(report.Factory.LeafSwitches + report.Factory.SpineSwitches, report.Factory.Network.ScaleOut!.SwitchCount);
        Assert.Equal(report.Factory.Network.Fabrics.Sum(f => f.SwitchCount), bom.Lines.Where(l => l.Part is ScaleOutSwitchSpec).Sum(l => l.Quantity));
        Assert.Contains(bom.Lines, l => l.Category == BomCategory.Facility && l.ExtendedUsd.Value > 0);
    }

    [Fact]
    public void Evaluate_CanvasEquipment_IsNotBoughtForTheFactory()
    {
        // The canvas's CDU and switches only say which units the rows use: the factory buys what the rows need.
        var rack = TestDesigns.ReferenceRack(Generation.VeraRubin);
        var scenario = TestDesigns.Scenario([rack],
            [TestDesigns.Equipment("cdu-1", "vr.cdu-in-row"), TestDesigns.Equipment("sw-1", "vr.spectrum-x-photonics")],
            [TestDesigns.Coolant("rack-1", "cdu-1"), TestDesigns.Network("rack-1", "sw-1")], factoryRacks: 1);

        var report = s_evaluator.Evaluate(scenario);

        // One rack: one CDU + its N+1 spare. Scale-out: 18 NICs per rail, ⌊128 / 18⌋ = 7 rails per switch, so 8 rails on
        // 2 switches. Front-end: 18 DPU ports and 1 storage link on one 64-port switch; storage: 1 node's 2 ports and the
        // 2 × 400G ports of that link on one switch.
        Assert.Equal(2, report.BillOfMaterials!.Lines.Where(l => l.Part is CoolantDistributionUnitSpec).Sum(l => l.Quantity));
        Assert.Equal(4, report.BillOfMaterials.Lines.Where(l => l.Part is ScaleOutSwitchSpec).Sum(l => l.Quantity));
    }

    [Fact]
    public void Evaluate_FiveThousandRackFactory_PerRackFiguresMatchTheSingleRack()
    {
        var one = s_evaluator.Evaluate(Rows(Row("row-1", 1)));
        var large = s_evaluator.Evaluate(Rows(Row("row-1", 1)) with
        {
            Factory = new FactoryPlan([.. Enumerable.Range(0, 10).Select(h => new Hall($"hall-{h}", $"Hall {h}",
                [.. Enumerable.Range(0, 10).Select(r => new RackRow($"row-{h}-{r}", $"Row {h}.{r}", "rack-1", 50, Redundancy.NPlusOne))]))]),
        });

        Assert.Equal(5000, large.Find(MetricIds.FactoryRackCount)!.Band!.Value.Value);
        Assert.Equal(360_000, large.Find(MetricIds.FactoryGpuCount)!.Band!.Value.Value);
        Assert.Equal(one.Find(MetricIds.RackItPowerKw)!.Band, large.Find(MetricIds.RackItPowerKw)!.Band);
        Assert.Equal(one.Find(MetricIds.InferenceTokensPerSecondPerGpuAtTarget)!.Band, large.Find(MetricIds.InferenceTokensPerSecondPerGpuAtTarget)!.Band);
    }

    [Fact]
    public void Evaluate_TwoComputeDesigns_SaysWhichOneTheThroughputDescribes()
    {
        var rubin = TestDesigns.ReferenceRack(Generation.VeraRubin, "rack-vr");
        var gb300 = TestDesigns.ReferenceRack(Generation.Gb300, "rack-gb300");
        var scenario = TestDesigns.Scenario([rubin, gb300]) with
        {
            Factory = new FactoryPlan([new Hall("hall-1", "Hall 1",
                [new RackRow("row-1", "Row 1", "rack-vr", 30, Redundancy.N), new RackRow("row-2", "Row 2", "rack-gb300", 10, Redundancy.N)])]),
        };

        var report = s_evaluator.Evaluate(scenario);

        var finding = Assert.Single(report.Diagnostics, d => d.Code == FactoryRule.MixedDesigns);
        Assert.Contains("2,160 of the factory's 2,880 GPUs", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2880, report.Find(MetricIds.FactoryGpuCount)!.Band!.Value.Value);
    }

    [Fact]
    public void Evaluate_SecondDesignInAnEmptyRow_IsNotAMixedFactory()
    {
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin, "rack-vr"), TestDesigns.ReferenceRack(Generation.Gb300, "rack-gb300")]) with
        {
            Factory = new FactoryPlan([new Hall("hall-1", "Hall 1",
                [new RackRow("row-1", "Row 1", "rack-vr", 10, Redundancy.N), new RackRow("row-2", "Row 2", "rack-gb300", 0, Redundancy.N)])]),
        };

        var report = s_evaluator.Evaluate(scenario);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == FactoryRule.MixedDesigns);
    }
}
