namespace Studio.Engine.Models.Racks;

/// <summary>The NVL72 domain shape (S1, S5, S9): used when a rack has no switch tray to say otherwise.</summary>
internal static class NvlinkDomainDefaults
{
    public const int TraysPerDomain = 9;
    public const int MaxGpus = 72;
}
