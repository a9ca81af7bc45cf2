namespace Studio.Engine.Catalog;

/// <summary>Where a part goes: into a rack's U-space, or on the floor as a node of its own.</summary>
public enum Mounting
{
    InRack,
    Floor,
}
