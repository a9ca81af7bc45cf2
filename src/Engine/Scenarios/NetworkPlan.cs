using Studio.Engine.Catalog;

namespace Studio.Engine.Scenarios;

/// <summary>
/// How the factory's networks are built: the scale-out (east-west) fabric the GPUs' NICs join, the front-end
/// (north-south) fabric the DPUs join, and the storage behind it. Every field has a default, so a factory with no
/// network section gets a non-blocking fabric of its generation's switches.
/// </summary>
public sealed record NetworkPlan
{
    public static NetworkPlan Default { get; } = new();

    public ScaleOutPlan ScaleOut { get; init; } = new();

    public FrontEndPlan FrontEnd { get; init; } = new();

    public StoragePlan Storage { get; init; } = new();
}

/// <summary>The rail-optimised leaf/spine (and core) fabric the compute trays' NICs join.</summary>
public sealed record ScaleOutPlan
{
    public const double DefaultOversubscription = 1;
    public const double MaxOversubscription = 8;
    public const int MaxPlanes = 8;

    /// <summary>Leaf down-link to up-link bandwidth, n:1; 1 is non-blocking.</summary>
    public double Oversubscription { get; init; } = DefaultOversubscription;

    /// <summary>Pluggable or co-packaged optics on the fabric's switches; null takes the generation's catalog switch.</summary>
    public SwitchOptics? Optics { get; init; }

    /// <summary>The fabric's switch at every tier; null takes <see cref="Optics"/>' switch of the workhorse generation.</summary>
    public ScaleOutSwitchSpec? Switch { get; init; }

    /// <summary>
    /// Parallel planes each NIC's bandwidth is split over (multi-plane); each plane is a fabric of its own. Null takes
    /// the fewest planes the switch's lanes allow that keep the fabric at its fewest tiers.
    /// </summary>
    public int? Planes { get; init; }

    /// <summary>Rails (one leaf group per NIC position in a tray); null takes the compute trays' NICs per tray.</summary>
    public int? Rails { get; init; }
}

/// <summary>The north-south fabric: BlueField DPUs to the outside world and to storage.</summary>
public sealed record FrontEndPlan
{
    public const double DefaultOversubscription = 1;

    /// <summary>Front-end ports per compute tray; null takes one per DPU, or each DPU split in two or four where that needs fewer tiers or switches.</summary>
    public int? PortsPerTray { get; init; }

    public double Oversubscription { get; init; } = DefaultOversubscription;

    /// <summary>Null takes the generation's pluggable Ethernet switch.</summary>
    public ScaleOutSwitchSpec? Switch { get; init; }
}

/// <summary>The storage the factory reads data and writes checkpoints to, and the fabric its nodes join.</summary>
public sealed record StoragePlan
{
    /// <summary>Aggregate read bandwidth, GB/s; null takes a per-GPU default with its range.</summary>
    public double? BandwidthGBps { get; init; }

    /// <summary>Usable capacity, PB; null takes a per-GPU default with its range.</summary>
    public double? CapacityPb { get; init; }

    /// <summary>Null takes the catalog's storage node.</summary>
    public StorageNodeSpec? Node { get; init; }
}
