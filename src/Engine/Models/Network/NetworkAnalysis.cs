using Studio.Engine.Catalog;
using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Network;

/// <summary>Which of the factory's networks a fabric is.</summary>
public enum FabricKind
{
    /// <summary>East-west: the GPUs' NICs, for training's and serving's traffic between NVLink domains.</summary>
    ScaleOut,

    /// <summary>North-south: the DPUs, to users, the internet and storage.</summary>
    FrontEnd,

    /// <summary>The storage nodes and their links to the front-end fabric.</summary>
    Storage,
}

/// <summary>A tier of one fabric's switches.</summary>
/// <param name="Name">leaf, spine or core.</param>
/// <param name="SwitchesPerPlane">Switches of the tier in one plane; every plane has as many.</param>
/// <param name="DownPorts">Ports of one switch facing down (endpoints or the tier below).</param>
/// <param name="UpPorts">Ports of one switch facing the tier above; 0 at the top.</param>
/// <param name="Where">Where the tier stands: "rows", a hall's label, or "network room".</param>
public sealed record FabricTier(string Name, int SwitchesPerPlane, int Planes, int DownPorts, int UpPorts, string Where)
{
    public int Switches => SwitchesPerPlane * Planes;
}

/// <summary>
/// The links between two tiers (or the endpoints and the leaves) in every plane, what carries them and what sits at
/// their ends. <see cref="Transceivers"/> counts pluggable modules at both ends; a module may carry several links of a
/// lower speed (a breakout), so it is counted by bandwidth.
/// </summary>
/// <param name="LengthM">The longest link as the layout places its ends.</param>
/// <param name="ReachExceeded">No medium in the catalog reaches <paramref name="LengthM"/>; the longest-reaching one is counted.</param>
public sealed record LinkGroup(
    string From,
    string To,
    int Links,
    double PortGbps,
    double LengthM,
    CableSpec Cable,
    TransceiverSpec? Transceiver,
    int Transceivers,
    bool ReachExceeded)
{
    public Band PowerKw => Cable.PowerKw.Band * Links + (Transceiver is null ? Band.Zero : Transceiver.PowerKw.Band * Transceivers);

    public Band PriceUsd => Cable.PriceUsd.Band * Links + (Transceiver is null ? Band.Zero : Transceiver.PriceUsd.Band * Transceivers);
}

/// <summary>
/// One fabric as built: its endpoints, planes and rails, its tiers of switches, and its links.
/// </summary>
/// <param name="Endpoints">Ports the endpoints take in one plane.</param>
/// <param name="PortGbps">Speed of one plane's link: the endpoint's bandwidth over the planes.</param>
/// <param name="ExceedsThreeTiers">More endpoints than three tiers of this switch reach; the counts are then a lower bound.</param>
/// <param name="Note">How the fabric was sized, for the findings and the bill of materials.</param>
public sealed record FabricAnalysis(
    FabricKind Kind,
    string Label,
    ScaleOutSwitchSpec Switch,
    int Endpoints,
    double PortGbps,
    int Planes,
    int Rails,
    double Oversubscription,
    IReadOnlyList<FabricTier> Tiers,
    IReadOnlyList<LinkGroup> Links,
    bool ExceedsThreeTiers,
    string Note)
{
    public int SwitchCount => Tiers.Sum(t => t.Switches);

    public int TransceiverCount => Links.Sum(l => l.Transceivers);

    /// <summary>Switches on the longest path: up to the top tier and down again.</summary>
    public int HopCount => Tiers.Count == 0 ? 0 : (2 * Tiers.Count) - 1;

    public Band PowerKw => (Switch.PowerKw.Band * SwitchCount) + Band.Sum(Links.Select(l => l.PowerKw));

    public Band PriceUsd => (Switch.PriceUsd.Band * SwitchCount) + Band.Sum(Links.Select(l => l.PriceUsd));
}

/// <summary>The storage nodes the factory's storage bandwidth and capacity need.</summary>
/// <param name="SizedBy">"bandwidth" or "capacity": whichever needs more nodes.</param>
public sealed record StorageNodes(StorageNodeSpec Node, int Count, Figure BandwidthGBps, Figure CapacityPb, string SizedBy)
{
    public Band PowerKw => Node.PowerKw.Band * Count;

    public Band PriceUsd => Node.PriceUsd.Band * Count;
}

/// <summary>
/// The factory's networks as built. The scale-out fabric also sets what each GPU reaches across it: its NICs' share,
/// less the leaves' oversubscription for traffic that leaves its leaf, and the longest path's latency.
/// </summary>
/// <param name="ScaleOutGbpsPerGpu">Achievable per GPU across the fabric, with its derivation.</param>
/// <param name="PathLatencyMicroseconds">Switch hops and fibre of the longest scale-out path, one way.</param>
public sealed record NetworkAnalysis(
    FabricAnalysis? ScaleOut,
    FabricAnalysis? FrontEnd,
    FabricAnalysis? Storage,
    StorageNodes? StorageNodes,
    Figure? ScaleOutGbpsPerGpu,
    Figure? PathLatencyMicroseconds)
{
    public static NetworkAnalysis None { get; } = new(null, null, null, null, null, null);

    public IEnumerable<FabricAnalysis> Fabrics => new[] { ScaleOut, FrontEnd, Storage }.OfType<FabricAnalysis>();

    public Band PowerKw => Band.Sum(Fabrics.Select(f => f.PowerKw)) + (StorageNodes?.PowerKw ?? Band.Zero);

    public Band PriceUsd => Band.Sum(Fabrics.Select(f => f.PriceUsd)) + (StorageNodes?.PriceUsd ?? Band.Zero);
}
