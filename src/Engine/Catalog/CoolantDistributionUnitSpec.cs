using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>
/// A coolant distribution unit: it exchanges heat between the racks' secondary loop and the facility water, and
/// its pumps set the secondary loop's flow. In-rack units serve their own rack; in-row units serve the racks
/// connected to them.
/// </summary>
public sealed class CoolantDistributionUnitSpec : PartSpec
{
    public const string HeatCapacitySetting = "heatCapacityKw";
    public const string MaxFlowSetting = "maxFlowLitresPerMinute";

    private static readonly InstallWork s_inRackInstall = new("in-rack CDU",
        Figure.Estimate(2, 1, 3, "h", "Mount and plumb an in-rack CDU (studio estimate)"));

    public override PartKind Kind { get; } = new("coolantDistributionUnit", "CDU", "cdu", 50, BomCategory.Cooling);

    /// <summary>The two placements look different on the canvas: a unit in the rack, a cabinet in the row.</summary>
    public override string IconFileName => Placement == Mounting.InRack ? "cdu-in-rack.svg" : "cdu-in-row.svg";

    /// <summary>The CDU serves the loop rather than sitting on it: its pumps' heat is facility load, not the loop's.</summary>
    public override LiquidCooling? LiquidCooling => null;

    public override InstallWork? RackInstall => Placement == Mounting.InRack ? s_inRackInstall : null;

    public required Mounting Placement { get; init; }

    public override Mounting Mounting => Placement;

    public required Figure HeatCapacityKw { get; init; }

    /// <summary>Most secondary-loop flow the pumps deliver, L/min.</summary>
    public required Figure MaxFlowLitresPerMinute { get; init; }

    public required Figure PumpPowerKw { get; init; }

    public int Height { get; init; }

    public override int HeightU => Placement == Mounting.InRack ? Height : 0;

    public override Figure PowerKw => PumpPowerKw;

    public override bool IsItLoad => false;

    public override IReadOnlyList<SettingSpec> Settings =>
    [
        new(HeatCapacitySetting, "Heat capacity", "kW", 1, 10_000, HeatCapacityKw, "Heat the CDU can move to facility water."),
        new(MaxFlowSetting, "Maximum flow", "L/min", 1, 20_000, MaxFlowLitresPerMinute, "Most flow its pumps deliver to the racks."),
    ];

    protected override IEnumerable<(string Label, Figure Figure)> OwnFigures()
    {
        yield return ("Heat capacity", HeatCapacityKw);
        yield return ("Maximum flow", MaxFlowLitresPerMinute);
        yield return ("Pump power", PumpPowerKw);
    }
}
