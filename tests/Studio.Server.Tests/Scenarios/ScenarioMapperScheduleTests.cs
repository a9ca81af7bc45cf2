using System.Globalization;
using System.Text;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Scenarios;
using Studio.Server.Scenarios;

namespace Studio.Server.Tests.Scenarios;

/// <summary>The schedule on the wire: dates and quarters parse to the plan, missing members default, and each bad one is an error at its path.</summary>
public sealed class ScenarioMapperScheduleTests
{
    private const string Schedule = "$.schedule";

    private static readonly ScenarioMapper s_mapper = new(PartCatalog.CreateDefault());

    /// <summary>Each case breaks one member; the error must be at that member's path and say what is wrong.</summary>
    private static readonly Dictionary<string, (Action<ScheduleDocument> Break, string Path, string Message)> s_breakers = new(StringComparer.Ordinal)
    {
        ["start month 13"] = (s => s.Start = "2027-13-01", $"{Schedule}.start", "'2027-13-01' is not a date: write it as yyyy-MM-dd, e.g. \"2027-01-01\"."),
        ["start 30 February"] = (s => s.Start = "2027-02-30", $"{Schedule}.start", "'2027-02-30' is not a date"),
        ["start day first"] = (s => s.Start = "01-03-2027", $"{Schedule}.start", "'01-03-2027' is not a date"),
        ["start with a time"] = (s => s.Start = "2027-01-01T00:00:00Z", $"{Schedule}.start", "is not a date"),
        ["start with slashes"] = (s => s.Start = "2027/01/01", $"{Schedule}.start", "is not a date"),
        ["start without padding"] = (s => s.Start = "2027-1-1", $"{Schedule}.start", "'2027-1-1' is not a date"),
        ["start padded with spaces"] = (s => s.Start = " 2027-01-01", $"{Schedule}.start", "is not a date"),
        ["start empty"] = (s => s.Start = "", $"{Schedule}.start", "Missing: give the date as yyyy-MM-dd"),
        ["start before 2020"] = (s => s.Start = "2019-12-31", $"{Schedule}.start", "2019-12-31 is out of range: use a date from 2020-01-01 to 2100-12-31."),
        ["start after 2100"] = (s => s.Start = "2101-01-01", $"{Schedule}.start", "2101-01-01 is out of range"),
        ["start very long"] = (s => s.Start = new string('9', 300), $"{Schedule}.start", "'" + new string('9', 80) + "…' is not a date"),
        ["phase date not a date"] = (s => s.GridPhases = [Phase("2027-06-31", 40)], $"{Schedule}.gridPhases[0].energisedOn", "'2027-06-31' is not a date"),
        ["phase date missing"] = (s => s.GridPhases = [new GridPhaseDocument { Mw = 40 }], $"{Schedule}.gridPhases[0].energisedOn", "Missing: give the date as yyyy-MM-dd"),
        ["phase date in 1999"] = (s => s.GridPhases = [Phase("1999-06-01", 40)], $"{Schedule}.gridPhases[0].energisedOn", "1999-06-01 is out of range"),
        ["phases out of order"] = (s => s.GridPhases = [Phase("2027-09-01", 40), Phase("2027-03-01", 40)], $"{Schedule}.gridPhases[1].energisedOn",
            "2027-03-01 is before 2027-09-01 of $.schedule.gridPhases[0]: list the grid phases in date order."),
        ["phases on one date"] = (s => s.GridPhases = [Phase("2027-09-01", 40), Phase("2027-09-01", 40)], $"{Schedule}.gridPhases[1].energisedOn",
            "2027-09-01 is also the date of $.schedule.gridPhases[0]: give each date once, with its phases' MW added."),
        ["phase of 0 MW"] = (s => s.GridPhases = [Phase("2027-09-01", 0)], $"{Schedule}.gridPhases[0].mw", "0 MW is out of range: use a value from 0.1 to 20000 MW."),
        ["phase of negative MW"] = (s => s.GridPhases = [Phase("2027-09-01", -10)], $"{Schedule}.gridPhases[0].mw", "-10 MW is out of range"),
        ["phase of infinite MW"] = (s => s.GridPhases = [Phase("2027-09-01", double.PositiveInfinity)], $"{Schedule}.gridPhases[0].mw", "Infinity MW is out of range"),
        ["phases add up above 20 GW"] = (s => s.GridPhases = [Phase("2027-09-01", 15_000), Phase("2028-09-01", 15_000)], $"{Schedule}.gridPhases",
            "The grid phases add up to 30000 MW: a site's grid delivers at most 20000 MW."),
        ["201 phases"] = (s => s.GridPhases = [.. Enumerable.Range(0, 201).Select(i => Phase(Iso(new DateOnly(2027, 1, 1).AddDays(i)), 1))], $"{Schedule}.gridPhases",
            "201 grid phases: at most 200 are accepted."),
        ["null phase"] = (s => s.GridPhases = [null!], $"{Schedule}.gridPhases[0]", "Must not be null: each item is a grid phase"),
        ["quarter 5"] = (s => s.RackDeliveries = [Delivery("2027-Q5", 10)], $"{Schedule}.rackDeliveries[0].quarter",
            "'2027-Q5' is not a quarter: write it as yyyy-Qn with n from 1 to 4, e.g. \"2027-Q3\"."),
        ["quarter 0"] = (s => s.RackDeliveries = [Delivery("2027-Q0", 10)], $"{Schedule}.rackDeliveries[0].quarter", "'2027-Q0' is not a quarter"),
        ["quarter in lower case"] = (s => s.RackDeliveries = [Delivery("2027-q3", 10)], $"{Schedule}.rackDeliveries[0].quarter", "'2027-q3' is not a quarter"),
        ["quarter as a date"] = (s => s.RackDeliveries = [Delivery("2027-07-01", 10)], $"{Schedule}.rackDeliveries[0].quarter", "is not a quarter"),
        ["quarter with a trailing line"] = (s => s.RackDeliveries = [Delivery("2027-Q3\n", 10)], $"{Schedule}.rackDeliveries[0].quarter", "is not a quarter"),
        ["quarter missing"] = (s => s.RackDeliveries = [new RackDeliveryDocument { Racks = 10 }], $"{Schedule}.rackDeliveries[0].quarter",
            "Missing: give the quarter as yyyy-Qn, e.g. \"2027-Q3\"."),
        ["quarter in 2101"] = (s => s.RackDeliveries = [Delivery("2101-Q1", 10)], $"{Schedule}.rackDeliveries[0].quarter",
            "2101-Q1 is out of range: use a quarter from 2020-Q1 to 2100-Q4."),
        ["quarter twice"] = (s => s.RackDeliveries = [Delivery("2027-Q4", 10), Delivery("2028-Q1", 10), Delivery("2027-Q4", 5)], $"{Schedule}.rackDeliveries[2].quarter",
            "2027-Q4 is listed twice (first at $.schedule.rackDeliveries[0]): give each quarter once, with its racks added."),
        ["racks negative"] = (s => s.RackDeliveries = [Delivery("2027-Q4", -5)], $"{Schedule}.rackDeliveries[0].racks",
            "-5 racks is out of range: a quarter delivers from 0 to 1,000,000 racks."),
        ["racks above a factory"] = (s => s.RackDeliveries = [Delivery("2027-Q4", 1_000_001)], $"{Schedule}.rackDeliveries[0].racks", "1000001 racks is out of range"),
        ["401 deliveries"] = (s => s.RackDeliveries = [.. Enumerable.Range(0, 401).Select(i => Delivery($"{2020 + (i / 4)}-Q{(i % 4) + 1}", 1))], $"{Schedule}.rackDeliveries",
            "401 rack deliveries: at most 400 are accepted."),
        ["null delivery"] = (s => s.RackDeliveries = [Delivery("2027-Q4", 1), null!], $"{Schedule}.rackDeliveries[1]", "Must not be null: each item is a rack delivery"),
        ["hall construction 0 months"] = (s => s.HallConstructionMonths = 0, $"{Schedule}.hallConstructionMonths",
            "0 months is out of range: use a value from 1 to 120 months."),
        ["hall construction 121 months"] = (s => s.HallConstructionMonths = 121, $"{Schedule}.hallConstructionMonths", "121 months is out of range"),
        ["hall construction NaN"] = (s => s.HallConstructionMonths = double.NaN, $"{Schedule}.hallConstructionMonths", "NaN months is out of range"),
    };

    public static TheoryData<string> Breakers => [.. s_breakers.Keys];

    private static GridPhaseDocument Phase(string on, double mw) => new() { EnergisedOn = on, Mw = mw };

    private static RackDeliveryDocument Delivery(string quarter, int racks) => new() { Quarter = quarter, Racks = racks };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ScenarioDocument Document(ScheduleDocument? schedule) => new()
    {
        Racks = [new RackDocument { Id = "rack-a", PartId = "vr.rack" }],
        Factory = new FactoryDocument
        {
            Halls = [new HallDocument { Id = "hall-1", Rows = [new RowDocument { Id = "row-1", Rack = "rack-a", RackCount = 4 }] }],
        },
        Schedule = schedule,
    };

    private static ScheduleDocument Full() => new()
    {
        Start = "2027-03-15",
        GridPhases = [Phase("2027-09-01", 40), Phase("2028-03-01", 80)],
        RackDeliveries = [Delivery("2027-Q4", 120), Delivery("2028-Q1", 240), Delivery("2028-Q2", 0)],
        HallConstructionMonths = 14.5,
    };

    private static ScheduleDocument With(Action<ScheduleDocument> change)
    {
        var schedule = new ScheduleDocument();
        change(schedule);
        return schedule;
    }

    [Fact]
    public void Map_FullSchedule_ReachesThePlanAsGiven()
    {
        var mapped = s_mapper.Map(Document(Full()));

        Assert.Empty(mapped.Errors);
        var expected = new SchedulePlan
        {
            Start = new DateOnly(2027, 3, 15),
            GridPhases = [new GridPhase(new DateOnly(2027, 9, 1), 40), new GridPhase(new DateOnly(2028, 3, 1), 80)],
            RackDeliveries =
            [
                new RackDelivery(new DateOnly(2027, 10, 1), 120), new RackDelivery(new DateOnly(2028, 1, 1), 240),
                new RackDelivery(new DateOnly(2028, 4, 1), 0),
            ],
            HallConstructionMonths = 14.5,
        };
        Assert.Equal(expected, mapped.Scenario!.Schedule);
    }

    [Theory]
    [InlineData("2027-Q1", 1)]
    [InlineData("2027-Q2", 4)]
    [InlineData("2027-Q3", 7)]
    [InlineData("2027-Q4", 10)]
    public void Map_Quarter_IsItsFirstDay(string quarter, int month)
    {
        var plan = s_mapper.Map(Document(With(s => s.RackDeliveries = [Delivery(quarter, 8)]))).Scenario!.Schedule;

        Assert.Equal(new RackDelivery(new DateOnly(2027, month, 1), 8), Assert.Single(plan.RackDeliveries));
    }

    [Fact]
    public void Map_DeliveriesOutOfOrder_AreHeldInQuarterOrder()
    {
        var schedule = With(s => s.RackDeliveries = [Delivery("2028-Q2", 3), Delivery("2027-Q4", 1), Delivery("2028-Q1", 2)]);

        var plan = s_mapper.Map(Document(schedule)).Scenario!.Schedule;

        Assert.Equal([1, 2, 3], plan.RackDeliveries.Select(d => d.Racks));
    }

    [Fact]
    public void Map_NoSchedule_TakesTheDefaultPlan()
    {
        var mapped = s_mapper.Map(Document(null));

        Assert.Empty(mapped.Errors);
        Assert.Same(SchedulePlan.Default, mapped.Scenario!.Schedule);
    }

    [Fact]
    public void Map_EmptySchedule_TakesEveryDefault()
    {
        var plan = s_mapper.Map(Document(new ScheduleDocument())).Scenario!.Schedule;

        Assert.Equal(SchedulePlan.Default, plan);
        Assert.Equal(new DateOnly(2027, 1, 1), plan.Start);
        Assert.Empty(plan.GridPhases);
        Assert.Empty(plan.RackDeliveries);
        Assert.Null(plan.HallConstructionMonths);
    }

    [Fact]
    public void Map_DatesAndQuartersAtTheEndsOfTheRange_AreAccepted()
    {
        var schedule = new ScheduleDocument
        {
            Start = "2020-01-01",
            GridPhases = [Phase("2020-01-01", 0.1), Phase("2100-12-31", 20_000 - 0.1)],
            RackDeliveries = [Delivery("2020-Q1", 0), Delivery("2100-Q4", 1_000_000)],
            HallConstructionMonths = 120,
        };

        Assert.Empty(s_mapper.Map(Document(schedule)).Errors);
    }

    [Fact]
    public void Map_200PhasesAndEveryQuarterOfTheRange_AreAccepted()
    {
        // 2020-Q1 to 2100-Q4 is 324 quarters: each once is the longest allocation that can be valid.
        var schedule = new ScheduleDocument
        {
            GridPhases = [.. Enumerable.Range(0, ScenarioMapper.MaxGridPhases).Select(i => Phase(Iso(new DateOnly(2027, 1, 1).AddDays(i)), 1))],
            RackDeliveries = [.. Enumerable.Range(0, 324).Select(i => Delivery($"{2020 + (i / 4)}-Q{(i % 4) + 1}", 1))],
        };

        var mapped = s_mapper.Map(Document(schedule));

        Assert.Empty(mapped.Errors);
        Assert.Equal((200, 324), (mapped.Scenario!.Schedule.GridPhases.Count, mapped.Scenario.Schedule.RackDeliveries.Count));
    }

    [Theory]
    [MemberData(nameof(Breakers))]
    public void Map_BadScheduleValue_IsOneErrorAtItsPath(string breaker)
    {
        var (change, path, message) = s_breakers[breaker];

        var mapped = s_mapper.Map(Document(With(change)));

        Assert.Null(mapped.Scenario);
        var error = Assert.Single(mapped.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SeveralBadScheduleValues_ReportsEveryOneAtOnce()
    {
        var schedule = new ScheduleDocument
        {
            Start = "2027-00-01",
            GridPhases = [Phase("2028-01-01", 10), Phase("2027-01-01", -1)],
            RackDeliveries = [Delivery("2027-Q9", -1)],
            HallConstructionMonths = 500,
        };

        var errors = s_mapper.Map(Document(schedule)).Errors;

        Assert.Equal(
        [
            $"{Schedule}.start", $"{Schedule}.hallConstructionMonths", $"{Schedule}.gridPhases[1].mw", $"{Schedule}.gridPhases[1].energisedOn",
            $"{Schedule}.rackDeliveries[0].quarter", $"{Schedule}.rackDeliveries[0].racks",
        ], errors.Select(e => e.Path));
    }

    [Fact]
    public void Fields_Schedule_AreDocumentedButNotServed()
    {
        Assert.All(ScenarioFields.Schedule, f => Assert.DoesNotContain(f, ScenarioFields.All));
        Assert.All(ScenarioFields.Schedule, f => Assert.Contains(f, ScenarioFields.Documented));
    }

    [Fact]
    public void Parse_ScheduleWrittenAndReadBack_MapsToTheSamePlan()
    {
        var written = JsonSerializer.SerializeToUtf8Bytes(Document(Full()), StudioJsonContext.Default.ScenarioDocument);

        var read = ScenarioReader.Parse(written);

        Assert.Contains("\"schedule\":{\"start\":\"2027-03-15\",\"gridPhases\":[{\"energisedOn\":\"2027-09-01\",\"mw\":40}",
            Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        Assert.Equal(s_mapper.Map(Document(Full())).Scenario!.Schedule, s_mapper.Map(read.Document!).Scenario!.Schedule);
    }

    [Theory]
    [InlineData("{\"rackDeliveries\":[{\"quarter\":\"2027-Q1\",\"racks\":2.5}]}", "$.schedule.rackDeliveries[0].racks", "Must be a whole number, not 2.5")]
    [InlineData("{\"start\":20270101}", "$.schedule.start", "Wrong type: expected a string, got the number 20270101")]
    [InlineData("{\"gridPhases\":[null]}", "$.schedule.gridPhases[0]", "Must not be null: each item is a grid phase (an object)")]
    [InlineData("{\"rackDeliveries\":[{\"quarter\":\"2027-Q1\",\"racks\":1},null]}", "$.schedule.rackDeliveries[1]", "Must not be null: each item is a rack delivery")]
    [InlineData("{\"gridPhases\":{\"energisedOn\":\"2027-01-01\"}}", "$.schedule.gridPhases", "Wrong type: expected an array, got an object")]
    [InlineData("{\"strat\":\"2027-01-01\"}", "$.schedule.strat", "Unknown field 'strat'")]
    public void Parse_ScheduleFromJson_ReportsTheMistakeAtItsPath(string schedule, string path, string message)
    {
        var json = JsonSerializer.Serialize(Document(null), StudioJsonContext.Default.ScenarioDocument);
        json = json[..^1] + ",\"schedule\":" + schedule + "}";

        var read = ScenarioReader.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Document);
        var error = Assert.Single(read.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
