using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Assembly;

/// <summary>
/// Integration steps of a whole rack, after its parts are installed (each part's install time is its spec's
/// <see cref="Catalog.PartSpec.RackInstall"/>). Nothing here is published: each is a studio estimate with a range,
/// and the factory plan may replace burn-in, the longest and most variable of them.
/// </summary>
public static class AssemblyDefaults
{
    public static Figure ManifoldHours { get; } = Figure.Estimate(2, 1, 4, "h",
        "Connect the rack's manifolds to the row, fill and bleed the loop (studio estimate)");

    public static Figure LeakTestHours { get; } = Figure.Estimate(4, 2, 8, "h", "Pressure-decay and leak test of the filled loop (studio estimate)");

    public static Figure BurnInHours { get; } = Figure.Estimate(24, 12, 48, "h", "Stress test of the integrated rack before hand-over (studio estimate)");
}
