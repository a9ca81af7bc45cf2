using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Models.Racks;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Evaluation;

/// <summary>Side-by-side evaluation, the template's alignment to the design, and the waterfall's arithmetic.</summary>
public sealed class ScenarioComparerTests
{
    private static readonly ScenarioComparer s_comparer = new(new ScenarioEvaluator(DesignRuleSet.Default));

    [Fact]
    public void AlignTemplate_BlackwellTemplate_TakesTheDesignsInputsAndItsOwnSupply()
    {
        var design = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)], supplyC: 45, factoryRacks: 50) with
        {
            Power = new PowerPlan { Mode = PowerMode.MaxP },
        };
        var template = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.Gb200)], supplyC: 25);

        var aligned = ScenarioComparer.AlignTemplate(template, design);

        // Blackwell runs at 35 °C (a stated assumption, ASHRAE W40 class): not the design's 45 °C, not the template's 25 °C.
        Assert.Equal(35, aligned.Site.CoolantSupplyC);
        // Compared at the design's IT power: 50 Max-P Rubin racks' worth of Max-P GB200 racks.
        var rubinKw = RackModel.Analyse(design.Racks[0], PowerMode.MaxP).ItPowerKw.Value;
        var gb200Kw = RackModel.Analyse(template.Racks[0], PowerMode.MaxP).ItPowerKw.Value;
        Assert.Equal((int)Math.Round(50 * rubinKw / gb200Kw), aligned.Factory.RackCount);
        Assert.InRange(aligned.Factory.RackCount * gb200Kw, (50 * rubinKw) - (gb200Kw / 2), (50 * rubinKw) + (gb200Kw / 2));
        Assert.Equal(PowerMode.MaxP, aligned.Power.Mode);
        Assert.Same(template.Racks, aligned.Racks);
    }

    [Fact]
    public void Compare_SameDesignTwice_RatiosOfOneAndAnEmptyWaterfall()
    {
        var scenario = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin));
        var copy = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin));

        var comparison = s_comparer.Compare(scenario, copy, MetricIds.RackItPowerKw);

        Assert.All(comparison.Deltas.Where(d => d.Ratio is not null), d => Assert.Equal(1, d.Ratio!.Value, 1e-12));
        Assert.Empty(comparison.Waterfall!.Steps);
    }

    [Fact]
    public void Compare_HardwareAndPowerMode_StepsSumToTheDifference()
    {
        var baseline = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.Gb200));
        var design = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin)) with { Power = new PowerPlan { Mode = PowerMode.MaxP } };

        var waterfall = s_comparer.Compare(design, baseline, MetricIds.RackItPowerKw).Waterfall!;

        // GB200 rack 120.6 kW → Rubin Max-Q 187.74 kW (+67.14) → Max-P 226.62 kW (+38.88).
        Assert.Equal(["Racks, equipment, connections and factory layout", "Power plan"], waterfall.Steps.Select(s => s.Change));
        Assert.Equal(187.74 - waterfall.Baseline!.Value, waterfall.Steps[0].Delta!.Value, 1e-9);
        Assert.Equal(226.62 - 187.74, waterfall.Steps[1].Delta!.Value, 1e-9);
        Assert.Equal(226.62, waterfall.Design!.Value, 1e-9);
    }

    [Fact]
    public void Compare_Cancelled_ThrowsCancellationNotAnAggregate()
    {
        // A comparison a newer edit superseded stops, and says so as cancellation: the server treats that as the
        // client having gone, where an AggregateException would be logged as a failure.
        var design = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin));
        var baseline = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.Gb200));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => s_comparer.Compare(design, baseline, MetricIds.RackItPowerKw, cancelled.Token));
    }
}
