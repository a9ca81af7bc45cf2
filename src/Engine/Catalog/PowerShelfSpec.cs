using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>A power shelf: AC or HVDC in, the rack's DC busbar out.</summary>
public sealed class PowerShelfSpec : PartSpec
{
    public const string CapacitySetting = "capacityKw";

    private static readonly InstallWork s_install = new("shelf install",
        Figure.Estimate(10, 5, 15, "min", "Install one power shelf on the busbar (studio estimate)"));

    public override PartKind Kind { get; } = new("powerShelf", "power shelf", "ps", 40, BomCategory.Power);

    public override string IconFileName => "power-shelf.svg";

    /// <summary>Its conversion losses belong to the facility model, not the rack's load: the loop takes none of its heat.</summary>
    public override LiquidCooling? LiquidCooling => null;

    public override InstallWork RackInstall => s_install;

    public override Mounting Mounting => Mounting.InRack;

    /// <summary>DC output the shelf can deliver.</summary>
    public required Figure CapacityKw { get; init; }

    public required int SupplyCount { get; init; }

    public required int Height { get; init; }

    public override int HeightU => Height;

    /// <summary>A shelf converts power; its own losses belong to the facility model, not the IT load.</summary>
    public override Figure PowerKw { get; } = Figure.Estimate(0, 0, 0, "kW",
        "Studio assumption: a shelf converts power; its conversion losses belong to the facility model, not the IT load");

    public override bool IsItLoad => false;

    public override IReadOnlyList<SettingSpec> Settings =>
    [
        new(CapacitySetting, "Shelf capacity", "kW", 1, 500, CapacityKw, "DC output of this shelf."),
    ];

    protected override IEnumerable<(string Label, Figure Figure)> OwnFigures()
    {
        yield return ("Shelf capacity", CapacityKw);
    }
}
