namespace Studio.Server.Scenarios;

/// <summary>
/// The schedule's numeric member, kept out of <see cref="All"/> like the network's until the client edits it. The
/// schedule's lists (grid phases, rack deliveries) are checked item by item by the mapper, not from this table.
/// </summary>
public static partial class ScenarioFields
{
    public static ScenarioField HallConstructionMonths { get; } = new("schedule.hallConstructionMonths", "schedule", "Hall construction",
        "months", 1, 120, "Months from ground-breaking to a hall ready for racks: shell, fit-out, mechanical and electrical.")
    { DefaultNote = "the model's default with its range" };

    /// <summary>The schedule's fields, in the order the format doc shows them.</summary>
    public static IReadOnlyList<ScenarioField> Schedule { get; } = [HallConstructionMonths];
}
