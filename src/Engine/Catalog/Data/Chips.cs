using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog.Data;

/// <summary>GPUs, CPUs, NICs and DPUs, with the figures of shared/reference/hardware.md and their sources.</summary>
internal static class Chips
{
    public static GpuSpec B200 { get; } = new(
        "gpu.b200", "NVIDIA B200",
        new Dictionary<Precision, PeakCompute>
        {
            [Precision.Nvfp4] = new(Figure.Vendor(10, "PFLOPS", "S27", "S1"), Figure.Vendor(20, "PFLOPS", "S27", "S1"), "2:4 sparsity"),
            [Precision.Fp8] = new(
                Figure.VendorRange(5, 4.5, 5, "PFLOPS", "5 PF dense; 4.5 PF in some tables", "S3", "S1"),
                Figure.Vendor(10, "PFLOPS", "S1"), "2:4 sparsity"),
            [Precision.Bf16] = new(Figure.Vendor(2.5, "PFLOPS", "S3", "S1"), Figure.Vendor(5, "PFLOPS", "S1"), "2:4 sparsity"),
        },
        HbmGb: Figure.VendorRange(192, 186, 192, "GB", "192 GB HBM3e installed, 186 GB usable", "S3", "S10"),
        HbmBandwidthTBps: Figure.Vendor(8, "TB/s", "S3"),
        NvlinkTBps: Figure.Vendor(1.8, "TB/s", "S3", "S1"),
        PowerKw: Figure.Estimate(1.2, 1.0, 1.2, "kW", "~1.2 kW in GB200 NVL72; the same chip is rated 1.0 kW in air-cooled HGX B200", "S3", "S22", "S23"))
    {
        Thermal = BlackwellThermal,
    };

    public static GpuSpec B300 { get; } = new(
        "gpu.b300", "NVIDIA B300 (Blackwell Ultra)",
        new Dictionary<Precision, PeakCompute>
        {
            [Precision.Nvfp4] = PeakCompute.DenseOnly(Figure.Vendor(15, "PFLOPS", "S27", "S4")),
            [Precision.Fp8] = new(Figure.Vendor(5, "PFLOPS", "S3"), Figure.Vendor(10, "PFLOPS", "S4"), "2:4 sparsity"),
            [Precision.Bf16] = new(Figure.Vendor(2.5, "PFLOPS", "S3"), Figure.Vendor(5, "PFLOPS", "S4"), "2:4 sparsity"),
        },
        HbmGb: Figure.VendorRange(288, 279, 288, "GB", "288 GB HBM3e installed, 279 GB usable", "S3", "S10"),
        HbmBandwidthTBps: Figure.Vendor(8, "TB/s", "S3"),
        NvlinkTBps: Figure.Vendor(1.8, "TB/s", "S3"),
        PowerKw: Figure.Estimate(1.4, 1.2, 1.4, "kW", "~1.4 kW in GB300 NVL72; lower power limits are common in deployment", "S3", "S22", "S23"))
    {
        Thermal = BlackwellThermal,
    };

    public static GpuSpec Rubin { get; } = new(
        "gpu.rubin", "NVIDIA Rubin",
        new Dictionary<Precision, PeakCompute>
        {
            [Precision.Nvfp4] = new(
                Figure.Vendor(35, "PFLOPS", "S5"),
                Figure.Vendor(50, "PFLOPS", "S5", "S37"),
                "inference figure with Transformer Engine adaptive compression"),
            [Precision.Fp8] = PeakCompute.DenseOnly(Figure.Vendor(17.5, "PFLOPS", "S5")),
            [Precision.Bf16] = PeakCompute.DenseOnly(Figure.Vendor(4, "PFLOPS", "S5")),
        },
        HbmGb: Figure.Vendor(288, "GB", "S5"),
        HbmBandwidthTBps: Figure.Vendor(22, "TB/s", "S5"),
        NvlinkTBps: Figure.Vendor(3.6, "TB/s", "S5"),
        PowerKw: Figure.Estimate(1.8, 1.8, 2.3, "kW",
            "~1.8 kW per GPU (S22, S23); the high end is what the Max-P rack (227 kW vs 188 kW Max-Q, S17) implies: +39 kW over 72 GPUs",
            "S22", "S23", "S17"))
    {
        Thermal = new GpuThermal(
            Figure.Estimate(0.013, 0.010, 0.017, "K/W",
                "No published figure: set so that a Max-P Rubin (2.34 kW) at 45 °C supply stays below its case limit, as NVIDIA's 45 °C claim implies (S21); range for cold-plate and interface spread (studio estimate)",
                "S21"),
            CaseLimit),
        MaxPPowerKw = new Figure(Band.Exact(2.34), "kW", new Evidence(EvidenceKind.Derived, ["S17", "S22"],
            "1.8 kW + (227 kW Max-P − 188 kW Max-Q rack) / 72 GPUs = 2.34 kW", EvidenceKind.Estimate)),
    };

    /// <summary>No GPU maker publishes a case limit for these packages: a stated assumption with a range.</summary>
    private static Figure CaseLimit => Figure.Estimate(85, 80, 90, "°C",
        "Studio assumption: HBM packages are commonly held below 85 °C case; no published Blackwell or Rubin limit");

    private static GpuThermal BlackwellThermal => new(
        Figure.Estimate(0.02, 0.015, 0.025, "K/W",
            "No published figure: a 1.2–1.4 kW package on a single-phase cold plate (studio estimate, wider plates than Rubin's)"),
        CaseLimit);

    public static CpuSpec Grace { get; } = new(
        "cpu.grace", "NVIDIA Grace",
        Cores: Figure.Vendor(72, "cores", "S9", "S24"),
        MemoryGb: Figure.Vendor(480, "GB", "S1", "X1"),
        PowerKw: Figure.Estimate(0.3, 0.25, 0.35, "kW", "2.7 kW GB200 board (1 Grace + 2 B200, X1) minus 2 × 1.2 kW GPUs", "X1"))
    {
        GpuLinkTBps = Figure.Vendor(0.9, "TB/s", "X59"),
    };

    public static CpuSpec Vera { get; } = new(
        "cpu.vera", "NVIDIA Vera",
        Cores: Figure.Vendor(88, "cores", "S13", "S30"),
        MemoryGb: Figure.Vendor(1500, "GB", "S30", "S5"),
        PowerKw: Figure.Estimate(0.45, 0.3, 0.6, "kW",
            "No published TDP: Grace's 0.3 kW scaled for 88 vs 72 cores and 1.5 TB vs 480 GB of LPDDR5X (studio estimate)", "S30"))
    {
        GpuLinkTBps = Figure.Vendor(1.8, "TB/s", "S9", "S30"),
    };

    public static NicSpec ConnectX7 { get; } = new(
        "nic.connectx-7", "ConnectX-7",
        BandwidthGbps: Figure.Vendor(400, "Gb/s", "S4", "S10"),
        PowerKw: Figure.Estimate(0.025, 0.02, 0.03, "kW", "Typical 400G adapter power (studio estimate)"));

    public static NicSpec ConnectX8 { get; } = new(
        "nic.connectx-8", "ConnectX-8 SuperNIC",
        BandwidthGbps: Figure.Vendor(800, "Gb/s", "S4"),
        PowerKw: Figure.Estimate(0.045, 0.035, 0.06, "kW", "800G SuperNIC with its PCIe switch (studio estimate)"));

    public static NicSpec ConnectX9 { get; } = new(
        "nic.connectx-9", "ConnectX-9 SuperNIC",
        BandwidthGbps: new Figure(Band.Exact(800), "Gb/s", new Evidence(EvidenceKind.Derived,
            ["S5", "S10", "X20", "X23"], "NVIDIA labels ConnectX-9 \"1.6 Tb/s\" per GPU (S5, X23), yet a tray holds 8 adapters for 4 GPUs: 4 × 1,600 / 8 = 800 Gb/s per adapter, as BlueField-4's 800 Gb/s ConnectX-9 (X20)", EvidenceKind.Vendor)),
        PowerKw: Figure.Estimate(0.06, 0.04, 0.08, "kW", "SuperNIC power (studio estimate)"));

    public static DpuSpec BlueField3 { get; } = new(
        "dpu.bluefield-3", "BlueField-3 DPU",
        PowerKw: Figure.Estimate(0.075, 0.06, 0.15, "kW", "75 W typical, up to 150 W (studio estimate)"),
        BandwidthGbps: Figure.Vendor(400, "Gb/s", "X21"));

    public static DpuSpec BlueField4 { get; } = new(
        "dpu.bluefield-4", "BlueField-4 DPU",
        PowerKw: Figure.Estimate(0.15, 0.1, 0.2, "kW", "No published power; a BlueField-3 class DPU with a Grace-class CPU (studio estimate)", "S13"),
        BandwidthGbps: Figure.Vendor(800, "Gb/s", "X20"));
}
