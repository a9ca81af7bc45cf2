using System.Globalization;
using Studio.Contracts.Evaluation;
using Studio.Engine.Models.Schedule;

namespace Studio.Server.Mapping;

/// <summary>The schedule as POST /api/evaluate reports it: ISO dates, camelCase phase kinds, central values of the figures.</summary>
internal static class ScheduleMapping
{
    public static ScheduleDto ToDto(this ScheduleResult schedule) => new(
        Iso(schedule.Start),
        Iso(schedule.FirstToken),
        Iso(schedule.FullCapacity),
        schedule.MonthsToFirstToken.Value,
        schedule.MonthsToFullCapacity.Value,
        schedule.FirstTokenSetBy,
        [.. schedule.Phases.Select(p => new SchedulePhaseDto(p.Label, Kind(p.Kind), p.HallId, Iso(p.Start), Iso(p.End), p.Note))],
        [.. schedule.Halls.Select(h => new HallOnlineDto(h.HallId, h.Label, h.Racks, Iso(h.FirstRack), Iso(h.LastRack), h.SetBy))],
        [.. schedule.Capacity.Select(c => new CapacityPointDto(Iso(c.Date), c.RacksOnline, c.ItMwOnline))]);

    /// <summary>The document's date format, so a date the report gives can be pasted back into a schedule.</summary>
    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Spelled out like the network's kinds: renaming an enum member must not change the wire.
    internal static string Kind(PhaseKind kind) => kind switch
    {
        PhaseKind.Grid => "grid",
        PhaseKind.Construction => "construction",
        PhaseKind.Equipment => "equipment",
        PhaseKind.Delivery => "delivery",
        PhaseKind.Integration => "integration",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A schedule phase kind with no wire name."),
    };
}
