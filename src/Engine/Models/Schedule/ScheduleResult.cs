using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Schedule;

/// <summary>What a bar of the schedule's Gantt chart is.</summary>
public enum PhaseKind
{
    /// <summary>Waiting for the grid: interconnection queue and energisation.</summary>
    Grid,

    /// <summary>Building a hall: shell, fit-out, mechanical and electrical installation.</summary>
    Construction,

    /// <summary>Long-lead equipment from order to delivery (transformers, switchgear, generators).</summary>
    Equipment,

    /// <summary>Racks arriving under the supplier's allocation.</summary>
    Delivery,

    /// <summary>Racks integrated, leak-tested and burnt in on site.</summary>
    Integration,
}

/// <summary>A bar of the Gantt chart.</summary>
/// <param name="HallId">The hall the phase belongs to; null for the site's own (grid, substation equipment).</param>
public sealed record SchedulePhase(string Label, PhaseKind Kind, string? HallId, DateOnly Start, DateOnly End, string Note);

/// <summary>When a hall's first and last racks come online, and what held its first rack back.</summary>
/// <param name="SetBy">What the hall waited for last: "grid", "construction", "equipment", "racks" or "integration".</param>
public sealed record HallOnline(string HallId, string Label, int Racks, DateOnly FirstRack, DateOnly LastRack, string SetBy);

/// <summary>Racks online from a date on: the capacity-over-time chart's steps.</summary>
public sealed record CapacityPoint(DateOnly Date, double RacksOnline, double ItMwOnline);

/// <summary>The factory's calendar from ground-breaking to full capacity.</summary>
/// <param name="MonthsToFirstToken">From ground-breaking to the first rack online, with the range of the durations it rests on.</param>
/// <param name="FirstTokenSetBy">What set the first token's date: "grid", "construction", "equipment", "racks" or "integration".</param>
/// <param name="RackDaysWaiting">Sum over racks of the days from the first token to each rack online: what the ramp defers.</param>
public sealed record ScheduleResult(
    DateOnly Start,
    DateOnly FirstToken,
    DateOnly FullCapacity,
    Figure MonthsToFirstToken,
    Figure MonthsToFullCapacity,
    string FirstTokenSetBy,
    IReadOnlyList<SchedulePhase> Phases,
    IReadOnlyList<HallOnline> Halls,
    IReadOnlyList<CapacityPoint> Capacity,
    Figure RackDaysWaiting);
