using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog;

/// <summary>Where a switch's optics sit: in pluggable modules at each port, or co-packaged with the switch chip.</summary>
public enum SwitchOptics
{
    Pluggable,
    CoPackaged,
}

/// <summary>What carries a link: copper, or light in multimode or single-mode fibre.</summary>
public enum LinkMedium
{
    /// <summary>Passive copper (DAC): no power, a few metres.</summary>
    Copper,

    /// <summary>Active copper (ACC/AEC): a retimer in each end, a few metres more.</summary>
    ActiveCopper,

    /// <summary>Active optical cable: fibre with its transceivers built in.</summary>
    ActiveOptical,

    /// <summary>Fibre between two transceivers (or a transceiver and co-packaged optics).</summary>
    Fibre,
}

/// <summary>A pluggable optical module (OSFP): one sits at each optical end of a link that is not co-packaged.</summary>
/// <param name="Gbps">Bandwidth of one module; a module may carry several links of a lower speed (breakout).</param>
/// <param name="ReachM">Longest link it drives.</param>
/// <param name="Availability">When it ships, in words, with its source in <paramref name="PowerKw"/>'s or <paramref name="PriceUsd"/>' evidence.</param>
public sealed record TransceiverSpec(string Id, string Name, Figure Gbps, Figure ReachM, Figure PowerKw, Figure PriceUsd, string Availability)
{
    /// <summary>
    /// Single-mode classes (DR, FR, LR) reach 500 m and beyond; multimode (SR) at most about 100 m. Co-packaged optics are
    /// single-mode, so only a single-mode module can face them.
    /// </summary>
    public bool SingleMode => ReachM.Value >= 500;

    public IEnumerable<(string Label, Figure Figure)> Figures() =>
        [("Bandwidth", Gbps), ("Reach", ReachM), ("Power", PowerKw), ("Unit price", PriceUsd)];
}

/// <summary>A cable for one link: copper, an active optical cable, or a fibre run between transceivers.</summary>
/// <param name="NeedsTransceivers">Fibre does (or co-packaged optics at an end); copper and AOCs carry their own ends.</param>
/// <param name="PowerKw">Power of one cable (both ends of an AOC or active copper); zero for passive copper and fibre.</param>
public sealed record CableSpec(string Id, string Name, LinkMedium Medium, Figure Gbps, Figure ReachM, Figure PowerKw, Figure PriceUsd, bool NeedsTransceivers)
{
    public IEnumerable<(string Label, Figure Figure)> Figures() =>
        [("Bandwidth", Gbps), ("Reach", ReachM), ("Power", PowerKw), ("Unit price", PriceUsd)];
}

/// <summary>An all-flash storage server of the kind a factory's checkpoint and data storage is built from.</summary>
/// <param name="PortCount">Network ports per node, each <paramref name="PortGbps"/>.</param>
public sealed record StorageNodeSpec(
    string Id,
    string Name,
    Figure CapacityTb,
    Figure ReadGBps,
    Figure WriteGBps,
    int PortCount,
    Figure PortGbps,
    Figure PowerKw,
    Figure PriceUsd)
{
    public IEnumerable<(string Label, Figure Figure)> Figures() =>
        [("Usable capacity", CapacityTb), ("Read bandwidth", ReadGBps), ("Write bandwidth", WriteGBps), ("Port speed", PortGbps), ("Power", PowerKw), ("Unit price", PriceUsd)];
}

/// <summary>What the fabrics are built from beyond the switches: optics, cables and storage nodes.</summary>
public sealed record NetworkCatalog(IReadOnlyList<TransceiverSpec> Transceivers, IReadOnlyList<CableSpec> Cables, IReadOnlyList<StorageNodeSpec> StorageNodes);
