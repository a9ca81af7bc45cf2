namespace Studio.Engine.Scenarios;

/// <summary>The factory as laid out (halls of rows of rack designs) and who builds it.</summary>
public sealed record FactoryPlan(IReadOnlyList<Hall> Halls)
{
    /// <summary>The most racks a factory may hold: well beyond a 1 GW site (about 5,000 Vera Rubin racks).</summary>
    public const int MaxRacks = 1_000_000;

    // Constants, not only initialisers: the scenario format's field table takes its defaults from here.
    public const int DefaultCrews = 4;
    public const int DefaultTestStations = 8;
    public const double DefaultCrewHoursPerDay = 16;

    /// <summary>A factory with no halls: nothing is laid out yet.</summary>
    public static FactoryPlan Empty { get; } = new([]);

    /// <summary>One hall with a row for each rack design given: what a single-rack study and the tests start from.</summary>
    public static FactoryPlan OneHall(params (string RackDesignId, int RackCount)[] rows) =>
        new([new Hall("hall-1", "Hall 1", [.. rows.Select((r, i) => new RackRow($"row-{i + 1}", $"Row {i + 1}", r.RackDesignId, r.RackCount, Redundancy.NPlusOne))])]);

    public IEnumerable<RackRow> Rows => Halls.SelectMany(h => h.Rows);

    /// <summary>Racks placed in every row of every hall.</summary>
    public int RackCount => Halls.Sum(h => h.Rows.Sum(r => r.RackCount));

    /// <summary>Integration crews working in parallel, one rack each at a time.</summary>
    public int Crews { get; init; } = DefaultCrews;

    /// <summary>Leak-test and burn-in stations; a rack holds one for its whole test.</summary>
    public int TestStations { get; init; } = DefaultTestStations;

    /// <summary>Hours a crew works per day (two shifts by default); test stations run around the clock.</summary>
    public double CrewHoursPerDay { get; init; } = DefaultCrewHoursPerDay;

    /// <summary>Burn-in per rack, hours; null takes the default and range.</summary>
    public double? BurnInHours { get; init; }

    /// <summary>The scale-out, front-end and storage networks the layout is joined by.</summary>
    public NetworkPlan Network { get; init; } = NetworkPlan.Default;

    public bool Equals(FactoryPlan? other) =>
        other is not null && Halls.SequenceEqual(other.Halls) && Crews == other.Crews && TestStations == other.TestStations
        && CrewHoursPerDay.Equals(other.CrewHoursPerDay) && BurnInHours.Equals(other.BurnInHours) && Network == other.Network;

    public override int GetHashCode() => HashCode.Combine(Halls.Count, Crews, TestStations, CrewHoursPerDay, BurnInHours);
}
