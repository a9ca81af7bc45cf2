using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Studio.Contracts;
using Studio.Contracts.Evaluation;
using Studio.Engine.Evaluation;
using Studio.Engine.Models.Power;
using Studio.Engine.Models.Schedule;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;
using Studio.Server.Mapping;
using Studio.Server.Scenarios;

namespace Studio.Server.Tests.Mapping;

/// <summary>
/// The report's power train and schedule carry the Engine's results as built: wire names for the enums (the ones a
/// document writes), ISO dates, and central values of the figures. The results are built by hand so the mapping is
/// tested apart from the models that fill them.
/// </summary>
public sealed class PowerTrainMappingTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static Figure F(double value, string unit) => Figure.User(value, unit, "test");

    private static PowerBlock Block(PowerBlockKind kind, ElectricalRedundancy redundancy, int needed, int units, bool placed) => new(
        kind,
        $"{kind} block",
        redundancy,
        UnitMw: F(2.5, "MW"),
        UnitsNeeded: needed,
        Units: units,
        Placed: placed,
        Efficiency: F(0.99, "(a fraction)"),
        CapexUsd: F(1_250_000, "USD"),
        LeadTimeWeeks: F(80, "weeks"),
        FootprintM2: F(40, "m²"),
        Note: $"{kind} note");

    private static PowerTrainResult Train() => new(
        RackFeed.Dc800,
        [
            Block(PowerBlockKind.GridInterconnect, ElectricalRedundancy.N, 1, 1, false),
            Block(PowerBlockKind.Substation, ElectricalRedundancy.NPlusOne, 4, 5, false),
            Block(PowerBlockKind.MediumVoltage, ElectricalRedundancy.TwoN, 6, 12, false),
            Block(PowerBlockKind.Generators, ElectricalRedundancy.NPlusOne, 40, 41, true),
            Block(PowerBlockKind.Ups, ElectricalRedundancy.DistributedRedundant, 60, 80, false),
            Block(PowerBlockKind.Bess, ElectricalRedundancy.N, 10, 10, false),
            Block(PowerBlockKind.RackFeed, ElectricalRedundancy.N, 100, 100, false),
        ],
        LossFraction: F(0.045, "(a fraction)"),
        TransientPeakMw: F(130, "MW"),
        GridPeakMw: F(110, "MW"),
        InterconnectMw: F(120, "MW"),
        ElectricalCapexUsd: F(210_000_000, "USD"),
        LongestLeadWeeks: F(104, "weeks"));

    private static ScheduleResult Schedule() => new(
        new DateOnly(2027, 1, 4),
        FirstToken: new DateOnly(2028, 2, 29),
        FullCapacity: new DateOnly(2028, 11, 30),
        MonthsToFirstToken: F(13.8, "months"),
        MonthsToFullCapacity: F(22.9, "months"),
        FirstTokenSetBy: "grid",
        [
            new SchedulePhase("Grid energisation", PhaseKind.Grid, null, new DateOnly(2027, 1, 4), new DateOnly(2028, 1, 15), "queue"),
            new SchedulePhase("Hall 1 build", PhaseKind.Construction, "hall-1", new DateOnly(2027, 1, 4), new DateOnly(2028, 2, 1), "shell"),
            new SchedulePhase("Transformers", PhaseKind.Equipment, null, new DateOnly(2027, 1, 4), new DateOnly(2028, 1, 1), "long lead"),
            new SchedulePhase("Racks", PhaseKind.Delivery, "hall-1", new DateOnly(2027, 10, 1), new DateOnly(2028, 6, 30), "allocation"),
            new SchedulePhase("Integration", PhaseKind.Integration, "hall-1", new DateOnly(2028, 2, 1), new DateOnly(2028, 11, 30), "crews"),
        ],
        [new HallOnline("hall-1", "Hall 1", 100, new DateOnly(2028, 2, 29), new DateOnly(2028, 11, 30), "racks")],
        [new CapacityPoint(new DateOnly(2028, 2, 29), 1, 0.19), new CapacityPoint(new DateOnly(2028, 11, 30), 100, 18.8)],
        RackDaysWaiting: F(12_000, "rack-days"));

    [Fact]
    public void ToDto_HandBuiltTrain_CarriesTheFeedAndTotalsAsCentralValues()
    {
        var dto = Train().ToDto();

        Assert.Equal("800vdc", dto.Feed);
        Assert.Equal((0.045, 130.0, 110.0, 120.0, 210_000_000.0, 104.0),
            (dto.LossFraction, dto.TransientPeakMw, dto.GridPeakMw, dto.InterconnectMw, dto.ElectricalCapexUsd, dto.LongestLeadWeeks));
    }

    [Fact]
    public void ToDto_HandBuiltTrain_CarriesEveryBlockWithItsWireNames()
    {
        var dto = Train().ToDto();

        Assert.Equal(["gridInterconnect", "substation", "mediumVoltage", "generators", "ups", "bess", "rackFeed"], dto.Blocks.Select(b => b.Kind));
        Assert.Equal(["n", "n+1", "2n", "n+1", "dr", "n", "n"], dto.Blocks.Select(b => b.Redundancy));
        Assert.Equal(
            new PowerBlockDto("generators", "Generators block", "n+1", 2.5, 40, 41, true, 0.99, 1_250_000, 80, 40, "Generators note"),
            dto.Blocks[3]);
    }

    [Fact]
    public void Feed_EveryWireName_IsTheOneADocumentWrites()
    {
        // The report's feed and redundancy strings must read back as a document's, or a client cannot offer "use this".
        Assert.All(ScenarioMapper.FeedNames, f => Assert.Equal(f.Wire, PowerTrainMapping.Feed(f.Value)));
        Assert.All(ScenarioMapper.ElectricalRedundancyNames, r => Assert.Equal(r.Wire, PowerTrainMapping.Redundancy(r.Value)));
        Assert.Equal(Enum.GetValues<RackFeed>().Length, ScenarioMapper.FeedNames.Count);
        Assert.Equal(Enum.GetValues<ElectricalRedundancy>().Length, ScenarioMapper.ElectricalRedundancyNames.Count);
    }

    [Fact]
    public void Kind_EveryEnumMember_HasADistinctCamelCaseName()
    {
        var blocks = Enum.GetValues<PowerBlockKind>().Select(PowerTrainMapping.Kind).ToList();
        var phases = Enum.GetValues<PhaseKind>().Select(ScheduleMapping.Kind).ToList();

        Assert.Equal(blocks.Count, blocks.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(phases.Count, phases.Distinct(StringComparer.Ordinal).Count());
        Assert.All(blocks.Concat(phases), name => Assert.True(char.IsLower(name[0]), name));
    }

    [Fact]
    public void ToDto_HandBuiltSchedule_CarriesIsoDatesAndTheMonths()
    {
        var dto = Schedule().ToDto();

        Assert.Equal(("2027-01-04", "2028-02-29", "2028-11-30"), (dto.Start, dto.FirstToken, dto.FullCapacity));
        Assert.Equal((13.8, 22.9, "grid"), (dto.MonthsToFirstToken, dto.MonthsToFullCapacity, dto.FirstTokenSetBy));
    }

    [Fact]
    public void ToDto_HandBuiltSchedule_CarriesPhasesHallsAndCapacity()
    {
        var dto = Schedule().ToDto();

        Assert.Equal(["grid", "construction", "equipment", "delivery", "integration"], dto.Phases.Select(p => p.Kind));
        Assert.Equal(new SchedulePhaseDto("Grid energisation", "grid", null, "2027-01-04", "2028-01-15", "queue"), dto.Phases[0]);
        Assert.Equal(new SchedulePhaseDto("Racks", "delivery", "hall-1", "2027-10-01", "2028-06-30", "allocation"), dto.Phases[3]);
        Assert.Equal(new HallOnlineDto("hall-1", "Hall 1", 100, "2028-02-29", "2028-11-30", "racks"), Assert.Single(dto.Halls));
        Assert.Equal([new CapacityPointDto("2028-02-29", 1, 0.19), new CapacityPointDto("2028-11-30", 100, 18.8)], dto.Capacity);
    }

    [Fact]
    public void Iso_DatesOfEveryShape_AreZeroPaddedAndCultureFree()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A culture with another calendar and digits must not leak into the wire.
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("0999-01-02", ScheduleMapping.Iso(new DateOnly(999, 1, 2)));
            Assert.Equal("2100-12-31", ScheduleMapping.Iso(new DateOnly(2100, 12, 31)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToDto_ReportWithATrainAndASchedule_SetsBothSectionsOnTheWire()
    {
        var report = EvaluateSample() with { PowerTrain = Train(), Schedule = Schedule() };

        var dto = report.ToDto();
        var json = JsonSerializer.Serialize(dto, StudioJsonContext.Default.EvaluationReportDto);

        Assert.Equal("800vdc", dto.PowerTrain!.Feed);
        Assert.Equal("2028-02-29", dto.Schedule!.FirstToken);
        Assert.Contains("\"powerTrain\":{\"feed\":\"800vdc\",\"blocks\":[{\"kind\":\"gridInterconnect\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schedule\":{\"start\":\"2027-01-04\",\"firstToken\":\"2028-02-29\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDto_ReportWithoutATrainOrASchedule_LeavesBothSectionsNull()
    {
        var report = EvaluateSample() with { PowerTrain = null, Schedule = null };

        var dto = report.ToDto();

        Assert.Null(dto.PowerTrain);
        Assert.Null(dto.Schedule);
    }

    private Report EvaluateSample()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "vera-rubin-nvl72.json"));
        var document = ScenarioReader.Parse(Encoding.UTF8.GetBytes(json)).Document!;
        var mapped = factory.Services.GetRequiredService<ScenarioMapper>().Map(document);
        Assert.Empty(mapped.Errors);
        return factory.Services.GetRequiredService<ScenarioEvaluator>().Evaluate(mapped.Scenario!);
    }
}
