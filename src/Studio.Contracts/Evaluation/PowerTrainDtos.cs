namespace Studio.Contracts.Evaluation;

/// <summary>The power train as built, from the utility to the racks' busbars.</summary>
/// <param name="Feed">415vac, 480vac or 800vdc.</param>
/// <param name="LossFraction">Energy lost between grid and busbars per unit of IT energy.</param>
/// <param name="TransientPeakMw">The highest draw the train carries through a synchronised training swing.</param>
/// <param name="GridPeakMw">The grid's peak after smoothing.</param>
public sealed record PowerTrainDto(
    string Feed,
    IReadOnlyList<PowerBlockDto> Blocks,
    double LossFraction,
    double TransientPeakMw,
    double GridPeakMw,
    double InterconnectMw,
    double ElectricalCapexUsd,
    double LongestLeadWeeks);

/// <summary>One block of the power train.</summary>
/// <param name="Kind">gridInterconnect, substation, mediumVoltage, generators, ups, bess or rackFeed.</param>
/// <param name="Redundancy">n, n+1, 2n or dr.</param>
/// <param name="Placed">Whether the unit count is the plan's rather than the model's.</param>
public sealed record PowerBlockDto(
    string Kind,
    string Name,
    string Redundancy,
    double UnitMw,
    int UnitsNeeded,
    int Units,
    bool Placed,
    double Efficiency,
    double CapexUsd,
    double LeadTimeWeeks,
    double FootprintM2,
    string Note);

/// <summary>The factory's calendar. Dates are ISO "yyyy-MM-dd".</summary>
/// <param name="FirstTokenSetBy">grid, construction, equipment, racks or integration.</param>
public sealed record ScheduleDto(
    string Start,
    string FirstToken,
    string FullCapacity,
    double MonthsToFirstToken,
    double MonthsToFullCapacity,
    string FirstTokenSetBy,
    IReadOnlyList<SchedulePhaseDto> Phases,
    IReadOnlyList<HallOnlineDto> Halls,
    IReadOnlyList<CapacityPointDto> Capacity);

/// <summary>A bar of the Gantt chart.</summary>
/// <param name="Kind">grid, construction, equipment, delivery or integration.</param>
/// <param name="HallId">The hall; null for the site's own phases.</param>
public sealed record SchedulePhaseDto(string Label, string Kind, string? HallId, string Start, string End, string Note);

/// <summary>When a hall's first and last racks come online, and what it waited for last.</summary>
public sealed record HallOnlineDto(string HallId, string Label, int Racks, string FirstRack, string LastRack, string SetBy);

/// <summary>Racks and IT megawatts online from a date on.</summary>
public sealed record CapacityPointDto(string Date, double RacksOnline, double ItMwOnline);
