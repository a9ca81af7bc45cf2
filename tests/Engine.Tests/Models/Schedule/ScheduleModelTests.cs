using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Factory;
using Studio.Engine.Models.Schedule;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Schedule;

/// <summary>
/// The calendar by hand. Ground-breaking 2027-01-01; unless a test says otherwise the line is 4 crews of 16 h a day
/// at 16 crew hours a rack (one day) and 8 test stations at 24 h a rack (one day), so an unhindered rack is online
/// two days after its hall and its power are ready. The default long-lead equipment arrives after the transformers'
/// 128 weeks = 896 days (2029-06-15); a month is 365.25 / 12 days.
/// </summary>
public sealed class ScheduleModelTests
{
    private static readonly DateOnly s_start = new(2027, 1, 1);

    private static readonly BuildOut s_oneDayEach = new(
        Figure.User(5, "min", "tray build"), Figure.User(16, "h", "crew"), Figure.User(24, "h", "station"), Figure.User(40, "h", "rack"),
        Figure.User(2, "days", "first"), Figure.User(2, "days", "full"), Band.Zero, "none", []);

    private static (Scenario Scenario, FactoryAnalysis Factory) Site(SchedulePlan plan, params int[] racksPerHall)
    {
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)]);
        var halls = racksPerHall.Select((n, h) => new Hall($"hall-{h + 1}", $"Hall {h + 1}", [new RackRow("row-1", "Row 1", "rack-1", n, Redundancy.NPlusOne)]));
        scenario = scenario with { Factory = new FactoryPlan([.. halls]), Schedule = plan };
        return (scenario, DesignAnalysis.Of(scenario).Factory);
    }

    private static ScheduleResult Plan(SchedulePlan plan, params int[] racksPerHall)
    {
        var (scenario, factory) = Site(plan, racksPerHall);
        return ScheduleModel.Plan(scenario, factory, null, s_oneDayEach)!;
    }

    /// <summary>The grid MW one hall of identical racks needs: its share of the factory's IT (racks and fabric) × the default peak PUE.</summary>
    private static double HallMw(int racksPerHall, int halls)
    {
        var (_, factory) = Site(SchedulePlan.Default, [.. Enumerable.Repeat(racksPerHall, halls)]);
        return factory.ItPowerKw.Value / 1000 * ScheduleDefaults.PeakPue.Value / halls;
    }

    [Fact]
    public void Plan_GridEnergisedAfterEverythingElse_GridSetsTheFirstToken()
    {
        // Grid on 2030-01-01 = day 1,096; the hall is ready on day 365.25, the equipment on day 896. Crews finish the
        // ten racks by day 368; stations start on day 1,096: racks 1–8 online on day 1,097, racks 9–10 on day 1,098.
        var plan = SchedulePlan.Default with { GridPhases = [new GridPhase(new(2030, 1, 1), 500)], HallConstructionMonths = 12 };
        var result = Plan(plan, 10);

        Assert.Equal("grid", result.FirstTokenSetBy);
        Assert.Equal(new DateOnly(2030, 1, 2), result.FirstToken);
        Assert.Equal(new DateOnly(2030, 1, 3), result.FullCapacity);
        Assert.Equal(1097 / ScheduleDefaults.DaysPerMonth, result.MonthsToFirstToken.Value, 1e-9);

        // The grid's date is the plan's and the line's hours are given, so the short end is the point; at the long
        // end the transformers take 260 weeks = 1,820 days and overtake the grid: online on day 1,821.
        Assert.Equal(result.MonthsToFirstToken.Value, result.MonthsToFirstToken.Low, 1e-9);
        Assert.Equal(1821 / ScheduleDefaults.DaysPerMonth, result.MonthsToFirstToken.High, 1e-9);

        // Two racks online a day after the first: 2 rack-days.
        Assert.Equal(2, result.RackDaysWaiting.Value, 1e-9);
    }

    [Fact]
    public void Plan_RacksAllocatedLate_AllocationSetsTheFirstToken()
    {
        // Grid on 2028-07-01, equipment day 896, hall day 365.25; ten racks arrive on 2030-04-01 = day 1,186.
        // Crews take racks 1–4 on day 1,186 (done 1,187), 5–8 on 1,187, 9–10 on 1,188; each tests a day after.
        var plan = SchedulePlan.Default with
        {
            GridPhases = [new GridPhase(new(2028, 7, 1), 500)],
            RackDeliveries = [new RackDelivery(new(2030, 4, 1), 10)],
            HallConstructionMonths = 12,
        };
        var result = Plan(plan, 10);

        Assert.Equal("racks", result.FirstTokenSetBy);
        Assert.Equal(new DateOnly(2030, 4, 3), result.FirstToken);
        Assert.Equal(new DateOnly(2030, 4, 5), result.FullCapacity);

        // Racks online on days 1,188 (×4), 1,189 (×4), 1,190 (×2): 4 × 0 + 4 × 1 + 2 × 2 = 8 rack-days.
        Assert.Equal(8, result.RackDaysWaiting.Value, 1e-9);
        Assert.Contains(result.Phases, p => p.Kind == PhaseKind.Delivery && p.Start == new DateOnly(2030, 4, 1));
    }

    [Fact]
    public void Plan_LongHallBuild_ConstructionSetsTheFirstToken()
    {
        // 48 months = 1,461 days: the hall is ready on 2031-01-01, long after the grid (2028-01-01) and the
        // equipment (day 896). Crew day 1,461 to 1,462, station to 1,463: 2031-01-03.
        var plan = SchedulePlan.Default with { GridPhases = [new GridPhase(new(2028, 1, 1), 500)], HallConstructionMonths = 48 };
        var result = Plan(plan, 4);

        Assert.Equal("construction", result.FirstTokenSetBy);
        Assert.Equal(new DateOnly(2031, 1, 3), result.FirstToken);
        Assert.Equal(new DateOnly(2031, 1, 3), result.FullCapacity);
        Assert.Equal(0, result.RackDaysWaiting.Value, 1e-9);
    }

    [Fact]
    public void Plan_NoLongLeadBeyondTheHall_EquipmentSetsItWhenTheGridIsEarly()
    {
        // Grid 2028-01-01 (day 365), hall 12 months (day 365.25): the transformers' day 896 (2029-06-15) is last.
        var plan = SchedulePlan.Default with { GridPhases = [new GridPhase(new(2028, 1, 1), 500)], HallConstructionMonths = 12 };
        var result = Plan(plan, 1);

        Assert.Equal("equipment", result.FirstTokenSetBy);
        Assert.Equal(s_start.AddDays(897), result.FirstToken);
    }

    [Fact]
    public void Plan_TwoGridPhases_HallsComeOnlineInSteps()
    {
        // Two halls of ten racks, 12 months to build, the second started 3 months (91.31 days) later: ready on days
        // 365.25 and 456.56. Phase one on 2030-01-01 (day 1,096) powers exactly the first hall; the second hall's
        // racks wait for phase two on 2031-01-01 (day 1,461).
        var hallMw = HallMw(10, 2);
        var plan = SchedulePlan.Default with
        {
            GridPhases = [new GridPhase(new(2030, 1, 1), hallMw), new GridPhase(new(2031, 1, 1), hallMw)],
            HallConstructionMonths = 12,
        };
        var result = Plan(plan, 10, 10);

        Assert.Equal(2, result.Halls.Count);
        Assert.Equal(new DateOnly(2030, 1, 2), result.Halls[0].FirstRack);
        Assert.Equal(new DateOnly(2030, 1, 3), result.Halls[0].LastRack);
        Assert.Equal(new DateOnly(2031, 1, 2), result.Halls[1].FirstRack);
        Assert.Equal(new DateOnly(2031, 1, 3), result.Halls[1].LastRack);
        Assert.All(result.Halls, h => Assert.Equal("grid", h.SetBy));
        Assert.Equal(new DateOnly(2031, 1, 3), result.FullCapacity);

        // Capacity steps: 0, 8 and 10 racks in 2030, 18 and 20 in 2031.
        Assert.Equal([0, 8, 10, 18, 20], result.Capacity.Select(p => p.RacksOnline));
        Assert.Equal(2, result.Phases.Count(p => p.Kind == PhaseKind.Grid));

        // Hall 2's racks are online 365 and 366 days after the first token: 2 + 8 × 365 + 2 × 366 = 3,654 rack-days.
        Assert.Equal(2 + (8 * 365) + (2 * 366), result.RackDaysWaiting.Value, 1e-9);
    }

    [Fact]
    public void Plan_GridPhasesShortOfTheLoad_RestJoinsTheQueue()
    {
        // Half the load on 2028-01-01; the other half after the 48-month default queue: day 1,461.
        var hallMw = HallMw(2, 2);
        var plan = SchedulePlan.Default with { GridPhases = [new GridPhase(new(2028, 1, 1), hallMw)], HallConstructionMonths = 12 };
        var result = Plan(plan, 2, 2);

        Assert.Equal(s_start.AddDays(897), result.Halls[0].FirstRack);
        Assert.Equal(new DateOnly(2031, 1, 2), result.Halls[1].FirstRack);
        Assert.Contains(result.Phases, p => p.Kind == PhaseKind.Grid && p.Label.Contains("assumed", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ShortAllocation_ContinuesAtTheLastQuarterRate()
    {
        // 2 racks on 2028-01-01 for a hall of 5: the rest arrive 2 a quarter, on 2028-04-01 and 2028-07-01.
        var plan = SchedulePlan.Default with
        {
            GridPhases = [new GridPhase(new(2027, 6, 1), 500)],
            RackDeliveries = [new RackDelivery(new(2028, 1, 1), 2)],
            HallConstructionMonths = 6,
        };
        var (scenario, factory) = Site(plan, 5);
        var result = ScheduleModel.Plan(scenario, factory, null, s_oneDayEach)!;

        // The last rack arrives on 2028-07-01, but the equipment (2029-06-16) holds every rack: all online 2029-06-16.
        var delivery = Assert.Single(result.Phases, p => p.Kind == PhaseKind.Delivery);
        Assert.Equal(new DateOnly(2028, 7, 1), delivery.End);
        Assert.Equal(result.FirstToken, result.FullCapacity);
    }

    [Fact]
    public void Plan_OneRackAQuarterFromTheLastAllowedQuarter_EndsAtTheCalendarsEnd()
    {
        // 1 rack in 2100-Q4 for 40,000 racks would need quarters past the year 9999: the rest arrive in 9999-Q4, the
        // plan answers, and the last rack is online on or before the calendar's last day.
        var plan = SchedulePlan.Default with { RackDeliveries = [new RackDelivery(new(2100, 10, 1), 1)] };
        var (scenario, factory) = Site(plan, 40_000);

        var result = ScheduleModel.Plan(scenario, factory, null, s_oneDayEach)!;

        Assert.Equal(new DateOnly(9999, 10, 1), Assert.Single(result.Phases, p => p.Kind == PhaseKind.Delivery).End);
        Assert.True(result.FullCapacity <= DateOnly.MaxValue);
        Assert.True(result.FirstToken < new DateOnly(2102, 1, 1));
    }

    [Fact]
    public void Plan_DefaultsForHundredMegawattHall_GridQueueSetsFourYears()
    {
        // No plan: the whole load waits the 48-month (24–84) queue, longer than the 128-week transformers and the
        // 18-month hall. 420 Rubin racks of 188 kW and their fabric, 85 MW IT × 1.25 ≈ 106 MW at the grid.
        var (scenario, factory) = Site(SchedulePlan.Default, 420);
        var integration = AssemblyModel.Plan(factory.PlacedDesigns[0], scenario.Factory);
        var result = ScheduleModel.Plan(scenario, factory, null, integration)!;

        Assert.Equal("grid", result.FirstTokenSetBy);
        Assert.InRange(result.MonthsToFirstToken.Value, 48, 48.1);
        Assert.InRange(result.MonthsToFirstToken.Low, 24, 24.1);
        Assert.InRange(result.MonthsToFirstToken.High, 84, 84.1);
        Assert.True(result.MonthsToFullCapacity.Value > result.MonthsToFirstToken.Value);
        Assert.True(result.Capacity.Count <= ScheduleModel.MaxCapacityPoints + 1);
        Assert.Equal(420, result.Capacity[^1].RacksOnline);
    }

    [Fact]
    public void Plan_NoGpus_Null()
    {
        var scenario = TestDesigns.Scenario([TestDesigns.Rack(Generation.VeraRubin).Build()]) with { Factory = FactoryPlan.OneHall(("rack-1", 4)) };
        Assert.Null(ScheduleModel.Plan(scenario, DesignAnalysis.Of(scenario).Factory, null, null));
    }
}
