using Studio.Engine.Catalog;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Racks;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Assembly;

/// <summary>
/// Crew time per rack = trays × 10 min install + switch trays × 15 min + shelves × 10 min + 2 h of manifolds; station
/// time = 4 h leak test + 24 h burn-in. The trays' build (Rubin 5 min, Blackwell 120 min, S42, S43) happens at the tray
/// maker: it is reported, never charged to the crews.
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

        // 18 × 10 / 60 = 3 h + 9 × 15 / 60 = 2.25 h + 4 × 10 / 60 = 0.6667 h + 2 h = 7.91667 h; no tray build.
        Assert.Equal(5, buildOut.ComputeTrayMinutes.Value);
        Assert.Equal(3 + 2.25 + (40 / 60.0) + 2, buildOut.CrewHoursPerRack.Value, Tolerance);
        Assert.Equal(28, buildOut.StationHoursPerRack.Value, Tolerance);
        Assert.Equal(7.916666666666667 + 28, buildOut.RackHours.Value, Tolerance);
    }

    [Fact]
    public void Plan_Gb200ReferenceRack_TrayBuildReportedButNotChargedToCrews()
    {
        var buildOut = Plan(Generation.Gb200);

        // The 120-minute Blackwell tray build stays at the tray maker: 3 h + 2.25 h + 8 × 10 / 60 = 1.3333 h + 2 h =
        // 8.5833 h of crew time, where charging the builds would have added 18 × 2 h = 36 h.
        Assert.Equal(120, buildOut.ComputeTrayMinutes.Value);
        Assert.Contains("tray maker", buildOut.ComputeTrayMinutes.Evidence.Note, StringComparison.Ordinal);
        Assert.Equal(3 + 2.25 + (80 / 60.0) + 2, buildOut.CrewHoursPerRack.Value, Tolerance);
        Assert.DoesNotContain("build", buildOut.CrewHoursPerRack.Evidence.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_HundredRacksFourCrewsEightStations_DaysByHand()
    {
        var rubin = Plan(Generation.VeraRubin);
        var gb200 = Plan(Generation.Gb200);

        // Rubin: crews 4 × 16 / 7.91667 = 8.0842 racks/day, stations 8 × 24 / 28 = 6.8571: the stations set the pace.
        // First rack 7.91667 / 16 + 28 / 24 = 1.66146 days; the other 99 at 6.8571 a day: 16.0990 days in all.
        const double RubinCrew = 7.916666666666667;
        Assert.Equal((RubinCrew / 16) + (28 / 24.0), rubin.DaysToFirstRack.Value, Tolerance);
        Assert.Equal((RubinCrew / 16) + (28 / 24.0) + (99 / (192 / 28.0)), rubin.DaysToFullCapacity.Value, Tolerance);
        Assert.Contains("stations", rubin.Bottleneck, StringComparison.Ordinal);

        // GB200: crews 64 / 8.58333 = 7.456 racks/day, still faster than the stations: 8.58333 / 16 + 28 / 24 =
        // 1.70313 + 99 / 6.8571 = 16.1406 days, no longer 4.5 times Rubin's.
        const double Gb200Crew = 8.583333333333334;
        Assert.Equal((Gb200Crew / 16) + (28 / 24.0) + (99 / (192 / 28.0)), gb200.DaysToFullCapacity.Value, Tolerance);
        Assert.Contains("stations", gb200.Bottleneck, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_OneCrewTwentyStations_CrewsSetThePace()
    {
        var buildOut = Plan(Generation.VeraRubin, FactoryPlan.OneHall(("rack", 10)) with { Crews = 1, TestStations = 20 });

        // One crew: 16 / 7.91667 = 2.0211 racks/day, slower than 20 stations' 20 × 24 / 28 = 17.14.
        Assert.Contains("crews", buildOut.Bottleneck, StringComparison.Ordinal);
        Assert.Equal(buildOut.DaysToFirstRack.Value + (9 * 7.916666666666667 / 16), buildOut.DaysToFullCapacity.Value, Tolerance);
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
