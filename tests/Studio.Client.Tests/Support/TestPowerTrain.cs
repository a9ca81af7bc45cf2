using Studio.Contracts.Evaluation;

namespace Studio.Client.Tests.Support;

/// <summary>Hand-built power trains and schedules with known figures, shaped like issue 15's report members. Fixtures, not hardware data.</summary>
internal static class TestPowerTrain
{
    public static PowerTrainDto Train() => new("800vdc",
        [
            new PowerBlockDto("gridInterconnect", "Grid interconnect", "n", 120, 1, 1, false, 1, 0, 0, 0, "Firm capacity from the utility"),
            new PowerBlockDto("substation", "Substation transformers", "n+1", 40, 3, 4, false, 0.995, 12_000_000, 80, 900, ""),
            new PowerBlockDto("generators", "Standby generators", "n+1", 3, 34, 36, true, 1, 54_000_000, 60, 2_000, ""),
            new PowerBlockDto("ups", "UPS", "dr", 1.5, 68, 91, false, 0.97, 27_300_000, 30, 600, ""),
        ],
        0.045, 118, 104, 120, 93_300_000, 80);

    /// <summary>
    /// A design's calendar from 2027-01-01: the grid, one hall's construction, equipment, deliveries and integration;
    /// first token on <paramref name="firstToken"/>, and capacity in three steps to <paramref name="fullMw"/>.
    /// </summary>
    public static ScheduleDto Schedule(string firstToken = "2028-09-01", double fullMw = 100) => new(
        "2027-01-01", firstToken, "2029-03-01", 20, 26, "grid",
        [
            new SchedulePhaseDto("Grid energisation", "grid", null, "2027-01-01", "2028-07-01", "utility queue"),
            new SchedulePhaseDto("Construction", "construction", "hall-1", "2027-01-01", "2028-01-01", ""),
            new SchedulePhaseDto("Power equipment", "equipment", null, "2027-03-01", "2028-06-01", "transformer lead time"),
            new SchedulePhaseDto("Rack deliveries", "delivery", "hall-1", "2028-07-01", "2029-01-01", ""),
            new SchedulePhaseDto("Integration", "integration", "hall-1", "2028-07-15", "2029-03-01", ""),
        ],
        [new HallOnlineDto("hall-1", "Hall 1", 64, firstToken, "2029-03-01", "grid")],
        [
            new CapacityPointDto("2027-01-01", 0, 0),
            new CapacityPointDto(firstToken, 16, fullMw / 4),
            new CapacityPointDto("2028-12-01", 40, fullMw * 5 / 8),
            new CapacityPointDto("2029-03-01", 64, fullMw),
        ]);
}
