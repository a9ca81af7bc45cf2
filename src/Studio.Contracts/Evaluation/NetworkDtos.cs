namespace Studio.Contracts.Evaluation;

/// <summary>
/// The factory's networks as built: the scale-out, front-end and storage fabrics, the storage nodes, and what they
/// draw and cost. Counts are the whole factory's; per-rack figures divide by the racks that hold GPUs.
/// </summary>
/// <param name="ScaleOutGbpsPerGpu">What one GPU reaches across the fabric: its NICs' share, less the leaves' oversubscription.</param>
/// <param name="HopLatencyMicroseconds">The longest path's switch hops and fibre, one way.</param>
public sealed record NetworkDto(
    FabricDto? ScaleOut,
    FabricDto? FrontEnd,
    FabricDto? Storage,
    StorageNodesDto? StorageNodes,
    double PowerKw,
    double CapexUsd,
    double PowerPerComputeRackKw,
    double CapexPerComputeRackUsd,
    double ScaleOutGbpsPerGpu,
    double HopLatencyMicroseconds);

/// <summary>One fabric: its tiers of switches and the links between them.</summary>
/// <param name="Kind">scaleOut, frontEnd or storage.</param>
/// <param name="Endpoints">Ports the fabric's endpoints (NICs, DPUs, storage nodes) take, per plane.</param>
/// <param name="PortGbps">Speed of one plane's link.</param>
/// <param name="Optics">pluggable or coPackaged.</param>
/// <param name="Note">How the fabric was sized, in words: why this many planes and tiers.</param>
public sealed record FabricDto(
    string Kind,
    string Label,
    int Endpoints,
    double PortGbps,
    int Planes,
    int Rails,
    double Oversubscription,
    string SwitchPartId,
    string SwitchName,
    string Optics,
    IReadOnlyList<FabricTierDto> Tiers,
    IReadOnlyList<LinkGroupDto> Links,
    int SwitchCount,
    int TransceiverCount,
    double PowerKw,
    double CapexUsd,
    string Note);

/// <summary>A tier of switches: leaf, spine or core.</summary>
/// <param name="Switches">Switches of the tier in every plane together.</param>
/// <param name="DownPorts">Ports of one switch facing the tier below (or the endpoints).</param>
/// <param name="UpPorts">Ports of one switch facing the tier above; 0 at the top.</param>
/// <param name="Where">Where they stand: "rows", a hall, or "network room".</param>
public sealed record FabricTierDto(string Name, int Switches, int SwitchesPerPlane, int DownPorts, int UpPorts, string Where);

/// <summary>The links between two tiers (or endpoints and leaves), all planes together.</summary>
/// <param name="Medium">copper, activeCopper, activeOptical or fibre.</param>
/// <param name="LengthM">The longest link of the group as the layout places its ends.</param>
/// <param name="Transceivers">Pluggable modules at both ends together; 0 for copper, AOCs and co-packaged ends.</param>
/// <param name="ReachExceeded">Whether the longest link is beyond what the chosen medium drives.</param>
public sealed record LinkGroupDto(
    string From,
    string To,
    int Links,
    double PortGbps,
    double LengthM,
    string Medium,
    string CableName,
    string? TransceiverName,
    int Transceivers,
    bool ReachExceeded);

/// <summary>The storage nodes: how many, and whether bandwidth or capacity set the count.</summary>
/// <param name="SizedBy">bandwidth or capacity.</param>
public sealed record StorageNodesDto(string NodePartId, string NodeName, int Nodes, double BandwidthGBps, double CapacityPb, string SizedBy);
