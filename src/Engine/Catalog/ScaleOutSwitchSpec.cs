using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>
/// A switch of the factory's fabrics (scale-out, front-end, storage). Its power is the switch's own: pluggable optics
/// are counted as transceivers on the links, co-packaged optics are part of the switch.
/// </summary>
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

    /// <summary>Pluggable modules at each port, or optics co-packaged with the switch chip.</summary>
    public SwitchOptics Optics { get; init; } = SwitchOptics.Pluggable;

    /// <summary>The slowest speed a port splits to (multi-plane runs ports at it); null when ports do not split.</summary>
    public Figure? LaneGbps { get; init; }

    /// <summary>Time a packet takes through the switch, port to port.</summary>
    public required Figure LatencyNs { get; init; }

    /// <summary>When it ships, in words with the source's name; "shipping" for what is on sale.</summary>
    public string Availability { get; init; } = "shipping";

    public override Figure PowerKw => Power;

    protected override IEnumerable<(string Label, Figure Figure)> OwnFigures()
    {
        yield return ("Switching bandwidth", BandwidthTbps);
        yield return ("Ports", PortCount);
        yield return ("Port speed", PortGbps);
        yield return ("Power", Power);
        yield return ("Port-to-port latency", LatencyNs);
        if (LaneGbps is { } lane)
        {
            yield return ("Lane speed", lane);
        }
    }
}
