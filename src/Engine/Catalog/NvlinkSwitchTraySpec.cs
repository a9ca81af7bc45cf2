using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>
/// An NVLink switch tray. Every GPU of an NVL72 domain links to every switch tray, so a domain reaches its full
/// all-to-all bandwidth only with its full set of trays.
/// </summary>
public sealed class NvlinkSwitchTraySpec : PartSpec
{
    private static readonly InstallWork s_install = new("switch tray install",
        Figure.Estimate(15, 10, 30, "min", "Install and seat one NVLink switch tray (studio estimate)"));

    public override PartKind Kind { get; } = new("nvlinkSwitchTray", "NVLink switch tray", "nvs", 30, BomCategory.Compute);

    public override string IconFileName => "nvlink-switch-tray.svg";

    public override Mounting Mounting => Mounting.InRack;

    public required int NvlinkGeneration { get; init; }

    /// <summary>GPU-to-GPU bandwidth the tray carries, TB/s.</summary>
    public required Figure CapacityTBps { get; init; }

    /// <summary>Trays a full domain needs.</summary>
    public required int TraysPerDomain { get; init; }

    /// <summary>Most GPUs one domain of these trays can join.</summary>
    public required int MaxDomainGpus { get; init; }

    public required Figure Power { get; init; }

    public required Figure LiquidCooledFraction { get; init; }

    public required Figure MaxCoolantSupplyC { get; init; }

    public override LiquidCooling LiquidCooling => new(LiquidCooledFraction, MaxCoolantSupplyC);

    public override InstallWork RackInstall => s_install;

    public required int Height { get; init; }

    public override int HeightU => Height;

    public override Figure PowerKw => Power;

    protected override IEnumerable<(string Label, Figure Figure)> OwnFigures()
    {
        yield return ("Switching capacity", CapacityTBps);
        yield return ("Tray power", Power);
        yield return ("Liquid-cooled share", LiquidCooledFraction);
        yield return ("Max coolant supply", MaxCoolantSupplyC);
    }
}
