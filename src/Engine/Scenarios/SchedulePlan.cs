namespace Studio.Engine.Scenarios;

/// <summary>A step of the grid connection: from this date the utility delivers this much more firm capacity.</summary>
public sealed record GridPhase(DateOnly EnergisedOn, double Mw);

/// <summary>Racks the GPU supplier allocates to the factory in the quarter that starts on this date.</summary>
public sealed record RackDelivery(DateOnly QuarterStart, int Racks);

/// <summary>
/// The calendar the factory is built to: ground-breaking, the grid's energisation in phases, the racks' delivery
/// allocation by quarter, and how long a hall takes to build. Left empty, the grid and the allocation take the
/// model's defaults with their ranges.
/// </summary>
public sealed record SchedulePlan
{
    public static DateOnly DefaultStart { get; } = new(2027, 1, 1);

    public static SchedulePlan Default { get; } = new();

    /// <summary>Ground-breaking (notice to proceed): the day construction and long-lead orders start.</summary>
    public DateOnly Start { get; init; } = DefaultStart;

    /// <summary>The grid's phases in date order; empty takes one phase of the whole interconnect after the model's queue time.</summary>
    public IReadOnlyList<GridPhase> GridPhases { get; init; } = [];

    /// <summary>The racks' allocation by quarter; empty delivers racks as fast as the crews integrate them.</summary>
    public IReadOnlyList<RackDelivery> RackDeliveries { get; init; } = [];

    /// <summary>Months from ground-breaking to a hall ready for racks; null takes the model's default and range.</summary>
    public double? HallConstructionMonths { get; init; }

    public bool Equals(SchedulePlan? other) =>
        other is not null && Start == other.Start && GridPhases.SequenceEqual(other.GridPhases)
        && RackDeliveries.SequenceEqual(other.RackDeliveries) && HallConstructionMonths.Equals(other.HallConstructionMonths);

    public override int GetHashCode() => HashCode.Combine(Start, GridPhases.Count, RackDeliveries.Count, HallConstructionMonths);
}
