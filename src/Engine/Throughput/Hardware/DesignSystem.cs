using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Models.Racks;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Provenance;

namespace Studio.Engine.Throughput.Hardware;

/// <summary>Reads the throughput models' hardware off the design: the GPUs, NVLink domain and NICs its racks hold.</summary>
public static class DesignSystem
{
    /// <summary>
    /// The system of the rack with the most GPUs (the design's workhorse), its GPUs from the trays of the domain's
    /// generation; null when no rack holds a GPU.
    /// </summary>
    public static ThroughputSystem? From(DesignAnalysis design)
    {
        var rack = Workhorse(design);
        if (rack is null)
        {
            return null;
        }

        var trays = rack.Rack.PartsOf<ComputeTraySpec>().Where(t => rack.Domain.ComputeTrays.Contains(t.Part)).ToList();
        var (part, tray) = trays[0];
        var gpu = tray.Gpu;
        // Without switch trays the GPUs share no NVLink domain: each is on its own.
        var domainGpus = rack.Domain.SwitchTrays.Count == 0 ? 1 : Math.Min(trays.Sum(t => t.Spec.GpuCount), rack.Domain.MaxGpus);
        return new ThroughputSystem
        {
            Name = $"{rack.Rack.Label}: {gpu.Name}",
            DensePflops = gpu.Peak.ToDictionary(p => p.Key, p => Throttled(p.Value.DensePflops, design.ColdPlateOf(rack.Rack.Id))),
            HbmGb = gpu.HbmGb,
            HbmBandwidthTBps = gpu.HbmBandwidthTBps,
            ScaleUpDomainGpus = Math.Max(1, domainGpus),
            ScaleUpTBps = NvlinkPerGpu(rack, gpu),
            // The fabric as laid out sets what a GPU reaches across it; a canvas with no factory has only its NICs.
            ScaleOutGbps = FabricFor(design, rack)?.ScaleOutGbpsPerGpu ?? Figure.Derived(tray.Nic.BandwidthGbps.Band * tray.NicCount / tray.GpuCount, "Gb/s",
                string.Create(CultureInfo.InvariantCulture, $"{tray.NicCount} × {tray.Nic.BandwidthGbps.Value:0} Gb/s {tray.Nic.Name} per {tray.GpuCount} GPUs"),
                tray.Nic.BandwidthGbps),
            ScaleOutPathLatencyMicroseconds = FabricFor(design, rack)?.PathLatencyMicroseconds,
            GpuPowerKw = part.GpuPowerIn(rack.Mode),
            Achievable = gpu.Achievable,
            HostLinkTBps = HostLinkPerGpu(tray),
            HostMemoryGb = Figure.Derived(tray.Cpu.MemoryGb.Band * tray.CpuCount / tray.GpuCount, "GB",
                string.Create(CultureInfo.InvariantCulture, $"{tray.CpuCount} × {tray.Cpu.MemoryGb.Value:0} GB {tray.Cpu.Name} memory per {tray.GpuCount} GPUs"), tray.Cpu.MemoryGb),
        };
    }

    /// <summary>Each GPU's share of its CPUs' chip-to-chip links; null where the tray's CPU has none listed.</summary>
    internal static Figure? HostLinkPerGpu(ComputeTraySpec tray) => tray.Cpu.GpuLinkTBps is { } link
        ? Figure.Derived(link.Band * tray.CpuCount / tray.GpuCount, "TB/s",
            string.Create(CultureInfo.InvariantCulture, $"{tray.CpuCount} × {link.Value:0.##} TB/s {tray.Cpu.Name} NVLink-C2C per {tray.GpuCount} GPUs"), link)
        : null;

    /// <summary>
    /// The rack design the throughput models describe: the compute design with the most GPUs in the factory as laid
    /// out, or, with none laid out, the canvas rack with the most GPUs.
    /// </summary>
    public static RackAnalysis? Workhorse(DesignAnalysis design) =>
        design.Factory.PlacedDesigns.FirstOrDefault(r => r.HasCompute)
        ?? design.ComputeRacks.OrderByDescending(r => r.GpuCount).FirstOrDefault();

    /// <summary>The factory's network when it was sized for this rack design (the workhorse), else null.</summary>
    private static Models.Network.NetworkAnalysis? FabricFor(DesignAnalysis design, RackAnalysis rack) =>
        design.Factory.Network.ScaleOut is not null && design.Factory.PlacedDesigns.FirstOrDefault(r => r.HasCompute) == rack ? design.Factory.Network : null;

    /// <summary>A GPU that must throttle to stay within its case limit keeps only part of its peak.</summary>
    private static Figure Throttled(Figure peak, ColdPlateResult? plate)
    {
        if (plate is null || plate.ThrottleFraction.High <= 0)
        {
            return peak;
        }

        return Figure.Derived(peak.Band * plate.ComputeFraction, peak.Unit,
            string.Create(CultureInfo.InvariantCulture, $"{peak.Value:0.##} {peak.Unit} × (1 − {plate.ThrottleFraction.Value:0.###} thermal throttle)"),
            peak, plate.ThrottleFraction);
    }

    /// <summary>Each GPU reaches the share of its NVLink bandwidth that the domain's switch trays carry.</summary>
    private static Figure NvlinkPerGpu(RackAnalysis rack, GpuSpec gpu)
    {
        var domain = rack.Domain;
        var share = Math.Min(1.0, (double)domain.SwitchTrays.Count / domain.RequiredSwitchTrays);
        return share >= 1
            ? gpu.NvlinkTBps
            : Figure.Derived(gpu.NvlinkTBps.Band * share, "TB/s",
                string.Create(CultureInfo.InvariantCulture, $"{gpu.NvlinkTBps.Value} TB/s × {domain.SwitchTrays.Count}/{domain.RequiredSwitchTrays} switch trays"),
                gpu.NvlinkTBps);
    }
}
