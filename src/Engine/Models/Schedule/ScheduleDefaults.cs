using Studio.Engine.Models.Assembly;
using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Schedule;

/// <summary>
/// The calendar's durations where the schedule plan and the power train do not give them. Each is a reading of the
/// cited reports with a range wide enough to hold what they disagree on; none is a vendor's specification, so each
/// is tagged an estimate.
/// </summary>
public static class ScheduleDefaults
{
    /// <summary>Average month: durations in months become days at 365.25 / 12.</summary>
    public const double DaysPerMonth = 365.25 / 12;

    /// <summary>
    /// From the interconnection request (taken as the plan's start when it gives no grid phases) to the utility
    /// energising the whole load. LBNL's 5 years is for generators; Dominion's 4 to 7 years is for loads over 100 MW in
    /// the densest market: 4 years central, 2 where a utility has capacity to spare, 7 at Dominion's worst.
    /// </summary>
    public static Figure InterconnectionQueueMonths { get; } = Figure.Estimate(48, 24, 84, "months",
        "Request to energisation of a large load: LBNL's 5-year typical generator queue, Dominion's 4 to 7 years for loads over 100 MW (studio reading)",
        "X46", "X47");

    /// <summary>
    /// Ground-breaking to a hall ready for racks: shell, mechanical and electrical fit-out, commissioning. The first
    /// building of a campus takes 18 to 24 months, a single hyperscale building 14 to 22; the fastest AI builds
    /// (xAI's projection) about 12.
    /// </summary>
    public static Figure HallConstructionMonths { get; } = Figure.Estimate(18, 12, 24, "months",
        "First building of a hyperscale campus in 18 to 24 months, a single building in 14 to 22, the fastest AI campus about 12 (studio reading)",
        "X50", "X51");

    /// <summary>
    /// Between one hall's ground-breaking and the next: campuses build on a rolling schedule, but no report gives the
    /// gap. Trades move from hall to hall as each one's structure tops out.
    /// </summary>
    public static Figure HallStaggerMonths { get; } = Figure.Estimate(3, 2, 6, "months",
        "Rolling schedule across a campus's buildings; the gap is the studio's estimate, no source states it", "X51");

    /// <summary>Substation power transformers, ordered at ground-breaking: the longest lead on the site.</summary>
    public static Figure TransformerLeadWeeks { get; } = Figure.Estimate(128, 80, 260, "weeks",
        "Wood Mackenzie's 128-week average for power transformers (2025); MRO over 5 years for large substation units (2024); 80 weeks for a reserved factory slot (studio)",
        "X48", "X49");

    /// <summary>Medium-voltage switchgear for the halls' distribution.</summary>
    public static Figure SwitchgearLeadWeeks { get; } = Figure.Estimate(60, 30, 90, "weeks",
        "Standard switchgear 20 to 44 weeks, medium-voltage gear about 78 (studio reading)", "X52", "X53");

    /// <summary>Standby generators.</summary>
    public static Figure GeneratorLeadWeeks { get; } = Figure.Estimate(88, 52, 104, "weeks",
        "Data-centre standby generators at 72 to 104 weeks; 52 for an operator with reserved production slots (studio)", "X41");

    /// <summary>
    /// A crew's hours per rack when no integration model is given: the assembly model's install, switch-tray, shelf
    /// and manifold steps for a reference NVL72 rack (7.9 to 8.6 h), rounded up.
    /// </summary>
    public static Figure CrewHoursPerRack { get; } = Figure.Estimate(8, 5, 16, "h",
        "Install trays, switch trays and shelves and plumb the rack, as the assembly model finds for reference NVL72 racks (studio estimate)");

    /// <summary>On-site leak test and burn-in when no integration model is given: the assembly model's defaults.</summary>
    public static Figure StationHoursPerRack { get; } = Figure.Derived(
        AssemblyDefaults.LeakTestHours.Band + AssemblyDefaults.BurnInHours.Band, "h", "leak test + burn-in (assembly defaults)",
        AssemblyDefaults.LeakTestHours, AssemblyDefaults.BurnInHours);

    /// <summary>
    /// Peak facility power over IT power, for the grid capacity a rack needs when no power train is given: the
    /// cooling plant at its worst hour and the distribution's losses on top of the racks' draw.
    /// </summary>
    public static Figure PeakPue { get; } = Figure.Estimate(1.25, 1.1, 1.4, "ratio",
        "Liquid-cooled hall at its hottest hour: chillers or dry coolers, pumps and distribution losses (studio estimate)", "S53");
}
