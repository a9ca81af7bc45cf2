using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Assembly;

/// <summary>
/// Integration steps after the trays are built. Nothing here is published: each is a studio estimate with a range,
/// and the factory plan may replace burn-in, the longest and most variable of them.
/// </summary>
public static class AssemblyDefaults
{
    public static Figure TrayInstallMinutes { get; } = Figure.Estimate(10, 5, 20, "min",
        "Slide a built tray into its slot and seat its blind-mate power, coolant and NVLink connectors (studio estimate)");

    public static Figure SwitchTrayInstallMinutes { get; } = Figure.Estimate(15, 10, 30, "min", "Install and seat one NVLink switch tray (studio estimate)");

    public static Figure ShelfInstallMinutes { get; } = Figure.Estimate(10, 5, 15, "min", "Install one power shelf on the busbar (studio estimate)");

    public static Figure InRackCduHours { get; } = Figure.Estimate(2, 1, 3, "h", "Mount and plumb an in-rack CDU (studio estimate)");

    public static Figure ManifoldHours { get; } = Figure.Estimate(2, 1, 4, "h",
        "Connect the rack's manifolds to the row, fill and bleed the loop (studio estimate)");

    public static Figure LeakTestHours { get; } = Figure.Estimate(4, 2, 8, "h", "Pressure-decay and leak test of the filled loop (studio estimate)");

    public static Figure BurnInHours { get; } = Figure.Estimate(24, 12, 48, "h", "Stress test of the integrated rack before hand-over (studio estimate)");
}
