using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>An Ethernet switch of the scale-out fabric that racks' SuperNICs connect to.</summary>
public sealed class ScaleOutSwitchSpec : PartSpec
{
    public override PartKind Kind { get; } = new("scaleOutSwitch", "switch", "sw", 60, BomCategory.Network);

    public override string IconFileName => "scale-out-switch.svg";

    /// <summary>Floor equipment is on no rack's loop, and the studio does not model its own cooling.</summary>
    public override LiquidCooling? LiquidCooling => null;

    public override InstallWork? RackInstall => null;

    public override Mounting Mounting => Mounting.Floor;

    public required Figure BandwidthTbps { get; init; }

    public required Figure PortCount { get; init; }

    public required Figure PortGbps { get; init; }

    public required Figure Power { get; init; }

    public override Figure PowerKw => Power;

    protected override IEnumerable<(string Label, Figure Figure)> OwnFigures()
    {
        yield return ("Switching bandwidth", BandwidthTbps);
        yield return ("Ports", PortCount);
        yield return ("Port speed", PortGbps);
        yield return ("Power", Power);
    }
}
