using Studio.Engine.Scenarios;

namespace Studio.Server.Scenarios;

/// <summary>
/// The network section's numeric members. They are kept out of <see cref="All"/> because <see cref="All"/> is what
/// GET /api/catalog serves to the inspector, and the client binds every served field to an editor; until the client
/// has editors for these, they are checked and documented from here but not served.
/// </summary>
public static partial class ScenarioFields
{
    public const double MaxStorageBandwidthGBps = 10_000_000;
    public const double MaxStorageCapacityPb = 1_000_000;
    public const int MaxRails = 16;
    public const int MaxFrontEndPortsPerTray = 16;

    private const string Ratio = "(n for n:1)";

    public static ScenarioField ScaleOutOversubscription { get; } = new("factory.network.scaleOut.oversubscription", "network", "Scale-out oversubscription",
        Ratio, 1, ScaleOutPlan.MaxOversubscription, "Leaf down-link to up-link bandwidth, n for n:1; 1 is non-blocking.")
    { DefaultNote = $"{ScaleOutPlan.DefaultOversubscription} (non-blocking)" };

    public static ScenarioField ScaleOutPlanes { get; } = new("factory.network.scaleOut.planes", "network", "Scale-out planes",
        "planes", 1, ScaleOutPlan.MaxPlanes, "Parallel planes each NIC's bandwidth is split over; each plane is a fabric of its own.")
    { Integer = true, DefaultNote = "the fewest the switch's lanes allow that keep the fabric at its fewest tiers" };

    public static ScenarioField ScaleOutRails { get; } = new("factory.network.scaleOut.rails", "network", "Scale-out rails",
        "rails", 1, MaxRails, "Rails of leaves: one leaf group per NIC position in a compute tray.")
    { Integer = true, DefaultNote = "the compute trays' NICs per tray" };

    public static ScenarioField FrontEndPortsPerTray { get; } = new("factory.network.frontEnd.portsPerTray", "network", "Front-end ports per tray",
        "ports", 0, MaxFrontEndPortsPerTray, "Front-end (north-south) ports per compute tray.")
    { Integer = true, DefaultNote = "one per DPU, or each split in 2 or 4 for fewer tiers" };

    public static ScenarioField FrontEndOversubscription { get; } = new("factory.network.frontEnd.oversubscription", "network", "Front-end oversubscription",
        Ratio, 1, ScaleOutPlan.MaxOversubscription, "Leaf down-link to up-link bandwidth of the front-end fabric, n for n:1.")
    { DefaultNote = $"{FrontEndPlan.DefaultOversubscription} (non-blocking)" };

    public static ScenarioField StorageBandwidthGBps { get; } = new("factory.network.storage.bandwidthGBps", "network", "Storage bandwidth",
        "GB/s", 0, MaxStorageBandwidthGBps, "Aggregate read bandwidth the storage must deliver, GB/s.")
    { DefaultNote = "a per-GPU allowance with its range" };

    public static ScenarioField StorageCapacityPb { get; } = new("factory.network.storage.capacityPb", "network", "Storage capacity",
        "PB", 0, MaxStorageCapacityPb, "Usable storage capacity, PB.")
    { DefaultNote = "a per-GPU allowance with its range" };

    /// <summary>The network section's fields, in the order the format doc shows them.</summary>
    public static IReadOnlyList<ScenarioField> Network { get; } =
    [
        ScaleOutOversubscription, ScaleOutPlanes, ScaleOutRails,
        FrontEndPortsPerTray, FrontEndOversubscription,
        StorageBandwidthGBps, StorageCapacityPb,
    ];

    /// <summary>Every field the format doc's tables show: the served ones, the network's, the power train's and the schedule's.</summary>
    /// <remarks>Computed, not stored: the order of static initialisers across a partial class's files is unspecified.</remarks>
    public static IReadOnlyList<ScenarioField> Documented => [.. All, .. Network, .. PowerTrain, .. Schedule];
}
