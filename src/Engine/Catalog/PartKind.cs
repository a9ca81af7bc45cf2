namespace Studio.Engine.Catalog;

/// <summary>
/// What every part of one kind shares, so that messages, the palette and new ids read it from the part instead of
/// each keeping its own table of kinds (where a new kind was silently missing).
/// </summary>
/// <param name="Id">Stable camelCase key of the kind on the wire ("computeTray"); the client styles parts by it.</param>
/// <param name="Noun">What a message calls one part of the kind ("compute tray").</param>
/// <param name="IdPrefix">New parts of the kind get the ids "{IdPrefix}-01", "-02"…: distinct per kind, so an id says what it names.</param>
/// <param name="PaletteOrder">Place within a generation in the palette, lowest first: gaps of ten leave room for a kind in between.</param>
/// <param name="Category">The bill of materials' category the kind's parts are counted under.</param>
public sealed record PartKind(string Id, string Noun, string IdPrefix, int PaletteOrder, BomCategory Category);

/// <summary>What a line of the factory's bill of materials pays for; capex by category stacks these.</summary>
public enum BomCategory
{
    Compute,
    Network,
    Power,
    Cooling,
    Facility,
}
