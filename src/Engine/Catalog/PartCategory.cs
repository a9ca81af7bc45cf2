namespace Studio.Engine.Catalog;

/// <summary>What a placeable part is.</summary>
public enum PartCategory
{
    ComputeTray,
    NvlinkSwitchTray,
    PowerShelf,
    CoolantDistributionUnit,
    Rack,
    ScaleOutSwitch,
}

/// <summary>Where a part goes: into a rack's U-space, or on the floor as a node of its own.</summary>
public enum Mounting
{
    InRack,
    Floor,
}
