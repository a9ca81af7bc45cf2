using Studio.Engine.Provenance;
using Studio.Engine.Throughput.Hardware;

namespace Studio.Engine.Catalog;

/// <summary>A GPU package as it sits in a compute tray.</summary>
/// <param name="HbmGb">HBM capacity in GB; the low end is the usable capacity where it is published.</param>
public sealed record GpuSpec(
    string Id,
    string Name,
    IReadOnlyDictionary<Precision, PeakCompute> Peak,
    Figure HbmGb,
    Figure HbmBandwidthTBps,
    Figure NvlinkTBps,
    Figure PowerKw)
{
    /// <summary>What software reaches of this GPU's peaks: the throughput models' efficiency parameters.</summary>
    public AchievableFractions Achievable { get; init; } = AchievableFractions.Default;

    /// <summary>Cold plate and case limit: what decides the GPU's temperature and when it throttles.</summary>
    public required GpuThermal Thermal { get; init; }

    /// <summary>Power per GPU in the Max-P operating mode; null where no separate figure is published.</summary>
    public Figure? MaxPPowerKw { get; init; }
}

/// <summary>How a GPU package turns coolant temperature and power into case temperature.</summary>
/// <param name="ColdPlateKPerW">Thermal resistance from the coolant at the cold plate to the case, K/W.</param>
/// <param name="MaxCaseC">Case temperature above which the GPU lowers its clocks to stay within it.</param>
public sealed record GpuThermal(Figure ColdPlateKPerW, Figure MaxCaseC);

public sealed record CpuSpec(string Id, string Name, Figure Cores, Figure MemoryGb, Figure PowerKw)
{
    /// <summary>
    /// Chip-to-chip link from this CPU to the GPUs it hosts, both directions together as vendors quote it, TB/s
    /// (NVLink-C2C), shared by those GPUs; null where the GPUs reach the host another way.
    /// </summary>
    public Figure? GpuLinkTBps { get; init; }
}

/// <summary>A scale-out network adapter.</summary>
/// <param name="BandwidthGbps">Line rate per adapter as deployed in the tray, Gb/s.</param>
public sealed record NicSpec(string Id, string Name, Figure BandwidthGbps, Figure PowerKw);

/// <summary>A DPU: the tray's front-end (north-south) and storage port.</summary>
/// <param name="BandwidthGbps">Line rate of the DPU's network ports together, Gb/s.</param>
public sealed record DpuSpec(string Id, string Name, Figure PowerKw, Figure BandwidthGbps);
