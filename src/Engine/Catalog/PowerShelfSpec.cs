using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>A power shelf: AC or HVDC in, the rack's DC busbar out.</summary>
public sealed class PowerShelfSpec : PartSpec
{
    public const string CapacitySetting = "capacityKw";

    public override PartCategory Category => PartCategory.PowerShelf;

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
