namespace Studio.Engine.Scenarios;

/// <summary>How many racks like the design the factory holds, and who builds them.</summary>
public sealed record FactoryPlan(int RackCount)
{
    /// <summary>Integration crews working in parallel, one rack each at a time.</summary>
    public int Crews { get; init; } = 4;

    /// <summary>Leak-test and burn-in stations; a rack holds one for its whole test.</summary>
    public int TestStations { get; init; } = 8;

    /// <summary>Hours a crew works per day (two shifts by default); test stations run around the clock.</summary>
    public double CrewHoursPerDay { get; init; } = 16;

    /// <summary>Burn-in per rack, hours; null takes the default and range.</summary>
    public double? BurnInHours { get; init; }
}
