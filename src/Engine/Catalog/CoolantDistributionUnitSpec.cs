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

    public override PartCategory Category => PartCategory.CoolantDistributionUnit;

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
