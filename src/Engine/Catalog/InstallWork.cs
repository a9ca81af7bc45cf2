using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>A crew's on-site work to install one part in its rack (after the part itself is built).</summary>
/// <param name="Step">What the build-out's arithmetic calls the step ("tray install").</param>
/// <param name="Duration">Time per part, in minutes or hours: each estimate keeps the unit it was made in.</param>
public sealed record InstallWork(string Step, Figure Duration)
{
    /// <summary>Hours per unit of <see cref="Duration"/>: crew time is summed in hours.</summary>
    public double HoursPerUnit { get; } = Duration.Unit switch
    {
        "min" => 1.0 / 60,
        "h" => 1,
        _ => throw new ArgumentException($"An install time is in min or h, not '{Duration.Unit}'.", nameof(Duration)),
    };
}
