using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Models.Facility;
using Studio.Engine.Physics;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Facility;

/// <summary>The plant run on the design scaled to the factory, over the site's year.</summary>
public sealed class FacilityAnalysisTests
{
    private static FacilityResult Run(Generation generation, double supplyC, string location = "ashburn-va", int racks = 100, Site? site = null)
    {
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(generation)], supplyC: supplyC, factoryRacks: racks);
        scenario = scenario with { Site = site ?? scenario.Site with { LocationId = location } };
        return FacilityAnalysis.Run(DesignAnalysis.Of(scenario))!;
    }

    [Fact]
    public void Run_HundredRubinRacks_ItLoadIsTheRacksTimesHundred()
    {
        var design = DesignAnalysis.Of(TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)], supplyC: 45, factoryRacks: 100));
        var facility = FacilityAnalysis.Run(design)!;

        // 187.74 kW per reference rack at Max-Q (188 kW, S17) × 100 = 18.774 MW, plus the networks the rows share
        // (NetworkModelTests checks their counts and power). Facility = IT × PUE.
        Assert.Equal(18.774 + (design.Factory.Network.PowerKw.Value / 1000), facility.ItMw.Value, 1e-9);
        Assert.Equal(facility.ItMw.Value * facility.Pue.Value, facility.FacilityMw.Value, 1e-9);
        Assert.True(facility.Pue.Low <= facility.Pue.Value && facility.Pue.Value <= facility.Pue.High);
        Assert.InRange(facility.Pue.Value, 1.03, 1.2);
    }

    [Fact]
    public void Run_AshburnDesignDay_45CRubinChillsOnlyItsAirCooledShareAnd35CBlackwellTrimsItsLiquid()
    {
        var rubinDesign = DesignAnalysis.Of(TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)], supplyC: 45, factoryRacks: 100));
        var rubin = FacilityAnalysis.Run(rubinDesign)!;
        var blackwell = Run(Generation.Gb200, 35);

        // The hottest hour of Ashburn's year plus the 8 K approach stays below 45 °C: no trim on the liquid loop, so
        // the chillers carry only the air-cooled share (the floor switches) above the 18 °C economizer.
        var airMw = (rubinDesign.Factory.ItPowerKw.Value - rubinDesign.Factory.LiquidHeatKw.Value) / 1000;
        Assert.InRange(rubin.DesignDay.AmbientC.Value + 8, 18, 45);
        Assert.Equal(airMw, rubin.DesignDay.ChillerMw.Value, 1e-9);
        // At 35 °C the same hour needs chillers on the liquid loop, well beyond the air-cooled share.
        Assert.True(blackwell.DesignDay.ChillerMw.Value > 5 * airMw, $"{blackwell.DesignDay.ChillerMw.Value} MW");
        // The hottest hour rejects the liquid heat, the pumps, the chilled room heat and the chillers' work.
        Assert.True(rubin.DesignDay.HeatRejectionMw.Value > (rubinDesign.Factory.LiquidHeatKw.Value / 1000) + airMw);
    }

    [Fact]
    public void Run_Ashburn_45CNeedsChillersLessThan1PercentOfTheYearAnd35CNeedsThemOften()
    {
        // S21: at 45 °C "chillers maybe 1% of the year in some climates". Ashburn's year peaks near 35 °C, so with an
        // 8 K approach trim starts above 37 °C outdoors at 45 °C supply, and above 27 °C at 35 °C.
        var rubin = Run(Generation.VeraRubin, 45);
        var blackwell = Run(Generation.Gb200, 35);

        Assert.InRange(rubin.ChillerHours.Value, 0, 0.01 * 8760);
        Assert.True(blackwell.ChillerHours.Value > 300);
        Assert.True(rubin.ChillerHours.High < blackwell.ChillerHours.Low);
    }

    [Fact]
    public void Run_Phoenix_EvenAt45CTheDesertNeedsTrimOnSummerAfternoons()
    {
        // Phoenix's July normal high is 41.4 °C (X15): with the approach, summer afternoons pass 45 °C at the coolers.
        var phoenix = Run(Generation.VeraRubin, 45, "phoenix-az");

        Assert.True(phoenix.ChillerHours.Value > 0.01 * 8760);
        Assert.Equal(0, phoenix.Central.ChillerHoursByMonth[0]);
    }

    [Fact]
    public void Run_UserYear_ReplacesTheLocation()
    {
        var site = new Site("ashburn-va", 45, 0.08, CoolantKind.PropyleneGlycol25)
        {
            HourlyAmbientC = Enumerable.Repeat(50.0, 8760).ToArray(),
        };

        var facility = Run(Generation.VeraRubin, 45, site: site);

        Assert.Equal(8760, facility.ChillerHours.Value);
        Assert.Equal(50, facility.Central.MeanAmbientCByMonth[6], 1e-9);
    }

    [Fact]
    public void Run_NoComputeRacks_Null()
    {
        var empty = TestDesigns.Rack(Generation.VeraRubin).Build();

        Assert.Null(FacilityAnalysis.Run(DesignAnalysis.Of(TestDesigns.Scenario(empty))));
    }
}
