using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Facility;

/// <summary>The facility's capex from its lines: the cost guide's shares by hand, and the plant the design day buys.</summary>
public sealed class FacilityCapexTests
{
    private static readonly ScenarioEvaluator s_evaluator = new(Studio.Engine.Rules.DesignRuleSet.Default);

    private static Scenario Factory(Generation generation, double supplyC, string location = "frankfurt-de", HeatRejection rejection = HeatRejection.DryCooler)
    {
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(generation)], supplyC: supplyC, factoryRacks: 100);
        return scenario with { Site = scenario.Site with { LocationId = location, HeatRejection = rejection } };
    }

    private static Report Evaluate(Scenario scenario) => s_evaluator.Evaluate(scenario);

    private static IReadOnlyList<Studio.Engine.Models.Factory.BomLine> FacilityLines(Report report) =>
        [.. report.BillOfMaterials!.Lines.Where(l => l.Part is null && l.ItemId is { } id && (id.StartsWith("facility.", StringComparison.Ordinal)
            || id.StartsWith("plant.", StringComparison.Ordinal) || id.StartsWith("power.", StringComparison.Ordinal)))];

    [Fact]
    public void BottomUp_BuildingLines_AreTheCostGuidesSharesOfItsAverage()
    {
        var report = Evaluate(Factory(Generation.VeraRubin, 45));
        var itMw = report.Find(MetricIds.FactoryItPowerMw)!.Band!.Value.Value;
        var lines = FacilityLines(report);

        // X56: $11.7M per MW of critical load; shell, site, back of house and offices 37 %, white space 10 %.
        Assert.Equal(0.37 * 11.7e6 * itMw, lines.Single(l => l.ItemId == "facility.shell").ExtendedUsd.Value, 1e-3);
        Assert.Equal(0.10 * 11.7e6 * itMw, lines.Single(l => l.ItemId == "facility.fitOut").ExtendedUsd.Value, 1e-3);

        // Land: 1 acre per MW at $244,000 an acre. Soft costs: 15 % of every other line but the land.
        Assert.Equal(244_000 * itMw, lines.Single(l => l.ItemId == "facility.land").ExtendedUsd.Value, 1e-3);
        var hard = lines.Where(l => l.ItemId is not ("facility.land" or "facility.softCosts")).Sum(l => l.ExtendedUsd.Value);
        Assert.Equal(0.15 * hard, lines.Single(l => l.ItemId == "facility.softCosts").ExtendedUsd.Value, 1e-3);

        // The facility metric is the lines' sum, and the power train's blocks are among them.
        Assert.Equal(lines.Sum(l => l.ExtendedUsd.Value), report.Find(MetricIds.FacilityCapexUsd)!.Band!.Value.Value, 1e-3);
        Assert.Contains(lines, l => l.ItemId == "power.substation" && l.Category == BomCategory.Power);
        Assert.Equal(report.Find(MetricIds.PowerElectricalCapexUsd)!.Band!.Value.Value,
            lines.Where(l => l.Category == BomCategory.Power && l.ItemId != "power.distribution").Sum(l => l.ExtendedUsd.Value), 1e-3);

        // What the blocks leave out, $1.0M per MW: busways, cabling, panels and controls to the rows.
        Assert.Equal(1.0e6 * itMw, lines.Single(l => l.ItemId == "power.distribution").ExtendedUsd.Value, 1e-3);
    }

    [Fact]
    public void BottomUp_RubinAt45CInACoolClimate_BuysNoTrimChillersWhereBlackwellAt35CDoes()
    {
        // Frankfurt's hottest hour + 8 K approach is under Rubin's 45 °C supply but over Blackwell's 35 °C: only the
        // Blackwell loop needs trim. Both buy chillers for the room heat of their air-cooled switches and storage.
        var rubin = Evaluate(Factory(Generation.VeraRubin, 45));
        var blackwell = Evaluate(Factory(Generation.Gb300, 35));
        var hottest = rubin.Find(MetricIds.FactoryDesignDayC)!.Band!.Value.Value;
        Assert.InRange(hottest + 8, 35, 45);

        Assert.DoesNotContain(FacilityLines(rubin), l => l.ItemId == "plant.trimChillers");
        var trim = Assert.Single(FacilityLines(blackwell), l => l.ItemId == "plant.trimChillers");

        // ⌈trim MW / 1.5 MW⌉ + 1 units at 1.5 MW × $250/kW = $375,000 each.
        Assert.Equal(0, rubin.Find(MetricIds.FactoryTrimChillerMw)!.Band!.Value.Value);
        var units = Math.Ceiling(blackwell.Find(MetricIds.FactoryTrimChillerMw)!.Band!.Value.Value / 1.5) + 1;
        Assert.Equal(units, trim.Quantity);
        Assert.Equal(trim.Quantity * 375_000, trim.ExtendedUsd.Value, 1e-3);

        // Per MW of IT the Blackwell plant costs more: its trim chillers are the difference the 45 °C claim is about.
        double PlantPerMw(Report r) => r.Find(MetricIds.FacilityPlantCapexUsd)!.Band!.Value.Value / r.Find(MetricIds.FactoryItPowerMw)!.Band!.Value.Value;
        Assert.True(PlantPerMw(blackwell) > PlantPerMw(rubin), $"Blackwell plant {PlantPerMw(blackwell):N0} $/MW should exceed Rubin's {PlantPerMw(rubin):N0}");
    }

    [Fact]
    public void BottomUp_OneRubinFactoryInTwoClimates_BuysTrimChillersOnlyInTheDesert()
    {
        // The same 45 °C factory on dry coolers: Oslo's hottest hour + 8 K stays under 45 °C; Phoenix's (above 40 °C)
        // does not, so only Phoenix buys trim chillers, sized for the heat the coolers miss in that hour.
        var oslo = Evaluate(Factory(Generation.VeraRubin, 45, "oslo-no"));
        var phoenix = Evaluate(Factory(Generation.VeraRubin, 45, "phoenix-az"));

        Assert.True(oslo.Find(MetricIds.FactoryDesignDayC)!.Band!.Value.Value + 8 < 45);
        Assert.True(phoenix.Find(MetricIds.FactoryDesignDayC)!.Band!.Value.Value + 8 > 45);
        Assert.Equal(0, oslo.Find(MetricIds.FactoryTrimChillerMw)!.Band!.Value.Value);
        Assert.DoesNotContain(FacilityLines(oslo), l => l.ItemId == "plant.trimChillers");

        var trimMw = phoenix.Find(MetricIds.FactoryTrimChillerMw)!.Band!.Value.Value;
        var trim = Assert.Single(FacilityLines(phoenix), l => l.ItemId == "plant.trimChillers");
        Assert.Equal(Math.Ceiling(trimMw / 1.5) + 1, trim.Quantity);
    }

    [Fact]
    public void BottomUp_AdiabaticSite_BuysPadsOnEveryDryCooler()
    {
        var report = Evaluate(Factory(Generation.VeraRubin, 45, "phoenix-az", HeatRejection.Adiabatic));
        var rejectionMw = report.Find(MetricIds.FactoryHeatRejectionMw)!.Band!.Value.Value;

        // $40 per kW on every dry cooler installed: ⌈rejection / 1.5 MW⌉ + 1 units of 1.5 MW.
        var pads = Assert.Single(FacilityLines(report), l => l.ItemId == "plant.adiabatic");
        var installedMw = (Math.Ceiling(rejectionMw / 1.5) + 1) * 1.5;
        Assert.Equal(installedMw, pads.Quantity, 1e-9);
        Assert.Equal(40 * installedMw * 1000, pads.ExtendedUsd.Value, 1e-3);
        Assert.True(report.Find(MetricIds.FacilityWaterLitresPerYear)!.Band!.Value.Value > 0);
    }

    [Fact]
    public void Flat_UserPerMwFigure_ReplacesEveryLineWithOne()
    {
        var scenario = Factory(Generation.VeraRubin, 45);
        var report = Evaluate(scenario with { Economics = scenario.Economics with { FacilityUsdPerMw = 20e6 } });
        var itMw = report.Find(MetricIds.FactoryItPowerMw)!.Band!.Value.Value;

        var line = Assert.Single(FacilityLines(report));
        Assert.Equal("facility.perMw", line.ItemId);
        Assert.Equal(20e6 * itMw, line.ExtendedUsd.Value, 1e-3);
        Assert.Null(report.Find(MetricIds.FacilityPlantCapexUsd)!.Band);
    }
}
