using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>A part that can be placed in a design: in a rack, or on the floor.</summary>
public abstract class PartSpec
{
    /// <summary>Stable id used by scenario documents ("vr.compute-tray"); never reused for another part.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>One line on what the part is and holds.</summary>
    public required string Summary { get; init; }

    public required Generation Generation { get; init; }

    /// <summary>What the part is: its noun, the prefix of new ids, its place in the palette.</summary>
    public abstract PartKind Kind { get; }

    /// <summary>File name of the part's SVG icon under wwwroot/icons/parts.</summary>
    public abstract string IconFileName { get; }

    public abstract Mounting Mounting { get; }

    /// <summary>Rack units the part takes; zero for floor equipment.</summary>
    public virtual int HeightU => 0;

    /// <summary>Electrical load at the catalog's default settings.</summary>
    public abstract Figure PowerKw { get; }

    /// <summary>Whether the load counts as IT power (trays, switches) or facility power (CDU pumps).</summary>
    public virtual bool IsItLoad => true;

    /// <summary>
    /// The part's share of its rack's liquid loop; null where it has none, so all its heat goes to room air and no
    /// coolant-supply limit applies. Abstract so that every kind decides, rather than a new one defaulting to air.
    /// </summary>
    public abstract LiquidCooling? LiquidCooling { get; }

    /// <summary>
    /// A crew's time to install one in its rack on site; null for what goes in no rack (frames, floor equipment),
    /// whose own work the build-out counts elsewhere or not at all.
    /// </summary>
    public abstract InstallWork? RackInstall { get; }

    /// <summary>Purchase price of one unit, for the capital cost of the parts list.</summary>
    public required Figure PriceUsd { get; init; }

    /// <summary>Mass of one unit: racks have a load limit.</summary>
    public required Figure WeightKg { get; init; }

    /// <summary>Figures a user may replace on a placed instance.</summary>
    public virtual IReadOnlyList<SettingSpec> Settings => [];

    /// <summary>Every figure of the part, labelled, for the inspector and for catalog integrity checks.</summary>
    public IEnumerable<(string Label, Figure Figure)> Figures() =>
        OwnFigures().Append(("Unit price", PriceUsd)).Append(("Weight", WeightKg));

    /// <summary>The figures that belong to this kind of part.</summary>
    protected abstract IEnumerable<(string Label, Figure Figure)> OwnFigures();
}
