using Studio.Engine.Catalog;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Racks;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Assembly;

/// <summary>
/// Crew time per rack = trays × (build + 10 min install) + switch trays × 15 min + shelves × 10 min + 2 h of
/// manifolds; station time = 4 h leak test + 24 h burn-in. Tray builds: Rubin 5 min, Blackwell 120 min (S42, S43).
/// </summary>
public sealed class AssemblyModelTests
{
    private const double Tolerance = 1e-9;

    private static BuildOut Plan(Generation generation, FactoryPlan? plan = null) =>
        AssemblyModel.Plan(RackModel.Analyse(TestDesigns.ReferenceRack(generation)), plan ?? FactoryPlan.OneHall(("rack", 100)))!;

    [Fact]
    public void Plan_RubinReferenceRack_HoursByHand()
    {
        var buildOut = Plan(Generation.VeraRubin);

        // 18 × 5 / 60 = 1.5 h + 18 × 10 / 60 = 3 h + 9 × 15 / 60 = 2.25 h + 4 × 10 / 60 = 0.6667 h + 2 h = 9.41667 h.
        Assert.Equal(5, buildOut.ComputeTrayMinutes.Value);
        Assert.Equal(1.5 + 3 + 2.25 + (40 / 60.0) + 2, buildOut.CrewHoursPerRack.Value, Tolerance);
        Assert.Equal(28, buildOut.StationHoursPerRack.Value, Tolerance);
        Assert.Equal(9.416666666666666 + 28, buildOut.RackHours.Value, Tolerance);
    }

    [Fact]
    public void Plan_Gb200ReferenceRack_TrayBuildsDominate()
    {
        var buildOut = Plan(Generation.Gb200);

        // 18 × 120 / 60 = 36 h + 3 h + 2.25 h + 8 × 10 / 60 = 1.3333 h + 2 h = 44.5833 h of crew time.
        Assert.Equal(120, buildOut.ComputeTrayMinutes.Value);
        Assert.Equal(36 + 3 + 2.25 + (80 / 60.0) + 2, buildOut.CrewHoursPerRack.Value, Tolerance);
    }

    [Fact]
    public void Plan_HundredRacksFourCrewsEightStations_DaysByHand()
    {
        var rubin = Plan(Generation.VeraRubin);
        var gb200 = Plan(Generation.Gb200);

        // Rubin: crews 4 × 16 / 9.41667 = 6.7965 racks/day, stations 8 × 24 / 28 = 6.857: crews set the pace.
        // First rack 9.41667 / 16 + 28 / 24 = 1.75521 days; the other 99 at 6.7965 a day: 16.3216 days in all.
        const double RubinCrew = 9.416666666666666;
        Assert.Equal((RubinCrew / 16) + (28 / 24.0), rubin.DaysToFirstRack.Value, Tolerance);
        Assert.Equal((RubinCrew / 16) + (28 / 24.0) + (99 / (64 / RubinCrew)), rubin.DaysToFullCapacity.Value, Tolerance);
        Assert.Contains("crews", rubin.Bottleneck, StringComparison.Ordinal);

        // GB200: crews 64 / 44.5833 = 1.4355 racks/day: 3.95313 + 99 / 1.4355 = 72.918 days, 4.5× Rubin's.
        const double Gb200Crew = 44.583333333333336;
        Assert.Equal((Gb200Crew / 16) + (28 / 24.0) + (99 / (64 / Gb200Crew)), gb200.DaysToFullCapacity.Value, Tolerance);
    }

    [Fact]
    public void Plan_OneTestStation_StationsSetThePace()
    {
        var buildOut = Plan(Generation.VeraRubin, (FactoryPlan.OneHall(("rack", 10)) with { TestStations = 1 }));

        // One station: 24 / 28 = 0.857 racks/day, slower than the crews' 6.8.
        Assert.Contains("stations", buildOut.Bottleneck, StringComparison.Ordinal);
        Assert.Equal(buildOut.DaysToFirstRack.Value + (9 * 28 / 24.0), buildOut.DaysToFullCapacity.Value, Tolerance);
    }

    [Fact]
    public void Plan_RackDaysWaiting_SumOfEachRacksDay()
    {
        var buildOut = Plan(Generation.VeraRubin, FactoryPlan.OneHall(("rack", 5)));
        var first = buildOut.DaysToFirstRack.Value;
        var perRack = (buildOut.DaysToFullCapacity.Value - first) / 4;

        // Racks come online on days first + i × gap, i = 0..4: the sum is 5 × first + 10 × gap.
        Assert.Equal((5 * first) + (10 * perRack), buildOut.RackDaysWaiting.Value, 1e-9);
        Assert.Equal(5, buildOut.Timeline[^1].Racks);
    }

    [Fact]
    public void Plan_UserBurnIn_ReplacesTheDefaultExactly()
    {
        var buildOut = Plan(Generation.VeraRubin, (FactoryPlan.OneHall(("rack", 1)) with { BurnInHours = 72 }));

        Assert.Equal(76, buildOut.StationHoursPerRack.Value, Tolerance);
        Assert.True(buildOut.DaysToFullCapacity.Low <= buildOut.DaysToFullCapacity.Value);
    }

    [Fact]
    public void Plan_RackWithoutComputeTrays_Null()
    {
        Assert.Null(AssemblyModel.Plan(RackModel.Analyse(TestDesigns.Rack(Generation.VeraRubin).Build()), FactoryPlan.OneHall(("rack", 1))));
    }
}
