namespace Studio.Engine.Scenarios;

/// <summary>
/// A design on the canvas (racks, floor equipment and their connections) with the site, workload and factory size it
/// is evaluated for. Built by the Server from a validated document: every part refers to a real catalog entry.
/// </summary>
public sealed record Scenario(
    string Name,
    IReadOnlyList<RackDesign> Racks,
    IReadOnlyList<PlacedPart> Equipment,
    IReadOnlyList<Connection> Connections,
    Site Site,
    Workload Workload,
    FactoryPlan Factory)
{
    public PowerPlan Power { get; init; } = PowerPlan.Default;

    public EconomicsAssumptions Economics { get; init; } = EconomicsAssumptions.Default;

    /// <summary>The calendar from ground-breaking to the last rack online.</summary>
    public SchedulePlan Schedule { get; init; } = SchedulePlan.Default;
}
