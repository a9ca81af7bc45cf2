using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Catalog.Data;
using Studio.Engine.Provenance;

namespace Studio.Engine.Throughput.Hardware;

/// <summary>
/// Systems the throughput models are validated on: earlier 8-GPU servers from datasheets (X14), and Blackwell GPUs
/// in an 8-GPU HGX node (the published gpt-oss and DeepSeek points of S56 and S61 include HGX B200 runs).
/// </summary>
public static class ReferenceSystems
{
    /// <summary>A100 SXM 80 GB in an 8-GPU HGX node with one HDR 200 Gb/s NIC per GPU, as Megatron-LM ran on (X10, X14).</summary>
    public static ThroughputSystem A100 { get; } = Server("A100 SXM 80GB (HGX, 8 GPUs)",
        new Dictionary<Precision, Figure> { [Precision.Bf16] = Figure.Vendor(0.312, "PFLOPS", "X14") },
        hbmGb: 80, hbmTBps: 2.039, nvlinkTBps: 0.6, nicGbps: 200, gpuKw: 0.4, pcieTBps: 0.064,
        hostMemoryGb: Figure.Estimate(128, 128, 256, "GB", "DGX A100: 1 TB of system memory (2 TB as an option) over 8 GPUs (studio reading of NVIDIA's DGX A100 datasheet)", "X14"));

    /// <summary>H100 SXM in an 8-GPU HGX node with a 400 Gb/s NIC per GPU (X14).</summary>
    public static ThroughputSystem H100 { get; } = Server("H100 SXM (HGX, 8 GPUs)",
        new Dictionary<Precision, Figure>
        {
            [Precision.Fp8] = Figure.Vendor(1.979, "PFLOPS", "X14"),
            [Precision.Bf16] = Figure.Vendor(0.989, "PFLOPS", "X14"),
        },
        hbmGb: 80, hbmTBps: 3.35, nvlinkTBps: 0.9, nicGbps: 400, gpuKw: 0.7, pcieTBps: 0.128,
        hostMemoryGb: Figure.Estimate(256, 128, 256, "GB", "DGX H100: 2 TB of system memory over 8 GPUs; other HGX H100 servers often carry 1 TB (studio reading of NVIDIA's DGX H100 datasheet)", "X14"));

    /// <summary>H800: an H100 with NVLink cut to 400 GB/s, as DeepSeek-V3 was trained on (X13, X14).</summary>
    public static ThroughputSystem H800 { get; } = H100 with
    {
        Name = "H800 SXM (8 GPUs, 400 GB/s NVLink)",
        ScaleUpTBps = Figure.Vendor(0.4, "TB/s", "X13", "X14"),
    };

    /// <summary>B200 in an 8-GPU HGX node: NVLink 5 inside the node, ConnectX-7 between nodes.</summary>
    public static ThroughputSystem B200Hgx { get; } = FromGpu(Chips.B200, "B200 (HGX, 8 GPUs)", 8, Figure.Vendor(400, "Gb/s", "S4", "S10")) with
    {
        HostLinkTBps = Figure.Estimate(0.128, 0.1, 0.128, "TB/s", "PCIe Gen5 x16 to the host, as HGX H100 (X14); no separate HGX B200 figure (studio estimate)", "X14"),
        HostMemoryGb = Figure.Estimate(256, 128, 512, "GB", "DGX B200: 2 TB of system memory (4 TB as an option) over 8 GPUs (studio estimate)", "X14"),
    };

    /// <summary>GB200 NVL72: 72 B200 in one NVLink 5 domain, two per Grace.</summary>
    public static ThroughputSystem Gb200Nvl72 { get; } = FromGpu(Chips.B200, "GB200 NVL72", 72, Figure.Vendor(400, "Gb/s", "S4", "S10")) with
    {
        HostLinkTBps = HalfOf(Chips.Grace, Chips.Grace.GpuLinkTBps!),
        HostMemoryGb = HalfOf(Chips.Grace, Chips.Grace.MemoryGb),
    };

    public static ThroughputSystem Gb300Nvl72 { get; } = FromGpu(Chips.B300, "GB300 NVL72", 72, Figure.Vendor(800, "Gb/s", "S4")) with
    {
        HostLinkTBps = HalfOf(Chips.Grace, Chips.Grace.GpuLinkTBps!),
        HostMemoryGb = HalfOf(Chips.Grace, Chips.Grace.MemoryGb),
    };

    public static ThroughputSystem VeraRubinNvl72 { get; } = FromGpu(Chips.Rubin, "Vera Rubin NVL72", 72, Figure.Vendor(1600, "Gb/s", "S5")) with
    {
        HostLinkTBps = HalfOf(Chips.Vera, Chips.Vera.GpuLinkTBps!),
        HostMemoryGb = HalfOf(Chips.Vera, Chips.Vera.MemoryGb),
    };

    /// <summary>Each of a superchip's two GPUs has half of its CPU's NVLink-C2C and memory.</summary>
    private static Figure HalfOf(CpuSpec cpu, Figure whole) => Figure.Derived(whole.Band * 0.5, whole.Unit,
        string.Create(CultureInfo.InvariantCulture, $"{whole.Value} {whole.Unit} of {cpu.Name} shared by two GPUs"), whole);

    public static ThroughputSystem FromGpu(GpuSpec gpu, string name, int domainGpus, Figure scaleOutGbps) => new()
    {
        Name = name,
        DensePflops = gpu.Peak.ToDictionary(p => p.Key, p => p.Value.DensePflops),
        HbmGb = gpu.HbmGb,
        HbmBandwidthTBps = gpu.HbmBandwidthTBps,
        ScaleUpDomainGpus = domainGpus,
        ScaleUpTBps = gpu.NvlinkTBps,
        ScaleOutGbps = scaleOutGbps,
        GpuPowerKw = gpu.PowerKw,
        Achievable = gpu.Achievable,
    };

    private static ThroughputSystem Server(string name, Dictionary<Precision, Figure> peaks, double hbmGb, double hbmTBps, double nvlinkTBps, double nicGbps, double gpuKw, double pcieTBps, Figure hostMemoryGb) => new()
    {
        Name = name,
        DensePflops = peaks,
        HbmGb = Figure.Vendor(hbmGb, "GB", "X14"),
        HbmBandwidthTBps = Figure.Vendor(hbmTBps, "TB/s", "X14"),
        ScaleUpDomainGpus = 8,
        ScaleUpTBps = Figure.Vendor(nvlinkTBps, "TB/s", "X14"),
        ScaleOutGbps = Figure.Vendor(nicGbps, "Gb/s", "X14"),
        GpuPowerKw = Figure.Vendor(gpuKw, "kW", "X14"),
        // PCIe x16 to the host, both directions (A100: Gen4, H100: Gen5).
        HostLinkTBps = Figure.Vendor(pcieTBps, "TB/s", "X14"),
        HostMemoryGb = hostMemoryGb,
        Achievable = AchievableFractions.Default,
    };
}
