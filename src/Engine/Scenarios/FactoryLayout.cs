using Studio.Engine.Catalog;

namespace Studio.Engine.Scenarios;

/// <summary>How many spare units a shared piece of plant has beyond what its load needs.</summary>
public enum Redundancy
{
    /// <summary>Exactly what the load needs: one failure loses capacity.</summary>
    N,

    /// <summary>One spare unit per group.</summary>
    NPlusOne,

    /// <summary>Twice what the load needs: a whole second set.</summary>
    TwoN,
}

/// <summary>What a redundancy means in units and in words, wherever the studio counts or names it.</summary>
public static class RedundancyUnits
{
    /// <summary>Units the redundancy adds to the <paramref name="needed"/> a load takes: none, one, or a second set.</summary>
    public static int Spares(this Redundancy redundancy, int needed) => needed == 0 ? 0 : redundancy switch
    {
        Redundancy.N => 0,
        Redundancy.NPlusOne => 1,
        _ => needed,
    };

    public static string Label(this Redundancy redundancy) => redundancy switch
    {
        Redundancy.N => "N",
        Redundancy.NPlusOne => "N+1",
        _ => "2N",
    };
}

/// <summary>A data hall: rows of racks that share its spine switches.</summary>
public sealed record Hall(string Id, string Label, IReadOnlyList<RackRow> Rows)
{
    // A hall is a value: two with the same rows are the same hall (the comparer and tests rely on it).
    public bool Equals(Hall? other) =>
        other is not null && Id == other.Id && Label == other.Label && Rows.SequenceEqual(other.Rows);

    public override int GetHashCode() => HashCode.Combine(Id, Label, Rows.Count);
}

/// <summary>
/// A row (or pod) of <see cref="RackCount"/> identical racks of one rack design, with the CDUs and leaf switches that
/// serve them. The row is the unit the factory is evaluated by: every rack in it is the same, so it is analysed once.
/// </summary>
/// <param name="RackDesignId">The id of the rack design (a <see cref="Scenario.Racks"/> entry) the row places.</param>
/// <param name="Cdu">The row's floor CDU; null takes the one the design connects to on the canvas, else its generation's.</param>
/// <param name="CduCount">CDUs placed in the row; null sizes them from the heat and the redundancy.</param>
/// <param name="Switch">The row's leaf switch (and its hall's spine); null takes the design's canvas switch, else its generation's.</param>
public sealed record RackRow(
    string Id,
    string Label,
    string RackDesignId,
    int RackCount,
    Redundancy CduRedundancy,
    CoolantDistributionUnitSpec? Cdu = null,
    int? CduCount = null,
    ScaleOutSwitchSpec? Switch = null);
