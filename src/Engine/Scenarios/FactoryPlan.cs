namespace Studio.Engine.Scenarios;

/// <summary>How many racks like the design the factory holds, and who builds them.</summary>
public sealed record FactoryPlan(int RackCount)
{
    // Constants, not only initialisers: the scenario format's field table takes its defaults from here.
    public const int DefaultRackCount = 100;
    public const int DefaultCrews = 4;
    public const int DefaultTestStations = 8;
    public const double DefaultCrewHoursPerDay = 16;

    /// <summary>Integration crews working in parallel, one rack each at a time.</summary>
    public int Crews { get; init; } = DefaultCrews;

    /// <summary>Leak-test and burn-in stations; a rack holds one for its whole test.</summary>
    public int TestStations { get; init; } = DefaultTestStations;

    /// <summary>Hours a crew works per day (two shifts by default); test stations run around the clock.</summary>
    public double CrewHoursPerDay { get; init; } = DefaultCrewHoursPerDay;

    /// <summary>Burn-in per rack, hours; null takes the default and range.</summary>
    public double? BurnInHours { get; init; }
}
