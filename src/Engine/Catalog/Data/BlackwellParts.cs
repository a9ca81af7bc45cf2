using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog.Data;

/// <summary>
/// GB200 NVL72 and GB300 NVL72 parts. The two share the rack, NVLink 5 switch trays, power shelves and row CDU; they
/// differ in GPU, NIC, DPU count and in how much of the heat goes to liquid.
/// </summary>
internal static class BlackwellParts
{
    /// <summary>Blackwell racks are not specified for 45 °C water: no sourced figure, so a stated assumption.</summary>
    private static Figure MaxSupply => Figure.Estimate(40, 35, 45, "°C",
        "Studio assumption (ASHRAE W40 class): NVIDIA states 45 °C supply for Vera Rubin (S21), not for Blackwell", "S21", "S51");

    public static IEnumerable<PartSpec> Gb200() => Create(
        Generation.Gb200, "gb200", "GB200", ["S1", "S9", "X1"], Chips.B200, Chips.ConnectX7, nicCount: 4, Chips.BlueField3, dpuCount: 2,
        trayPrice: new Figure(new Band(176_000, 149_000, 204_000), "USD", new Evidence(EvidenceKind.Derived, ["S24"],
            "Rack at $3.5M ($3.0–4.0M, S24) less 9 switch trays, 8 shelves and the frame, over 18 trays", EvidenceKind.Estimate)),
        liquidFraction: Figure.Estimate(0.85, 0.8, 0.9, "fraction",
            "Liquid to GPU, CPU and switch; drives, NICs and power conversion on air (S15); share is a studio estimate", "S15"));

    public static IEnumerable<PartSpec> Gb300() => Create(
        Generation.Gb300, "gb300", "GB300", ["S4", "S3", "X2"], Chips.B300, Chips.ConnectX8, nicCount: 4, Chips.BlueField3, dpuCount: 1,
        trayPrice: new Figure(new Band(204_000, 182_000, 226_000), "USD", new Evidence(EvidenceKind.Derived, ["S25", "S26"],
            "Rack at ~$4.0M (±10%, S25 S26) less 9 switch trays, 8 shelves and the frame, over 18 trays", EvidenceKind.Estimate)),
        liquidFraction: Figure.Estimate(0.9, 0.85, 0.95, "fraction", "About 90% liquid-cooled", "S3"));

    private static IEnumerable<PartSpec> Create(
        Generation generation, string prefix, string name, string[] compositionSources, GpuSpec gpu, NicSpec nic, int nicCount, DpuSpec dpu, int dpuCount, Figure trayPrice, Figure liquidFraction)
    {
        yield return new ComputeTraySpec
        {
            Id = $"{prefix}.compute-tray",
            Name = $"{name} compute tray",
            Summary = $"1U: 4 × {gpu.Name.Replace("NVIDIA ", "", StringComparison.Ordinal)} + 2 × Grace, {nicCount} × {nic.Name}, {dpuCount} × {dpu.Name}",
            Generation = generation,
            Gpu = gpu,
            GpuCount = 4,
            Cpu = Chips.Grace,
            CpuCount = 2,
            Nic = nic,
            NicCount = nicCount,
            Dpu = dpu,
            DpuCount = dpuCount,
            BoardOverheadKw = Figure.Estimate(0.85, 0.6, 1.1, "kW",
                "Fans for the air-cooled share, E1.S drives, memory and VRM losses; set so 18 trays and 9 switch trays land in the rack estimate (S15, S16, X1)",
                "S15", "S16", "X1"),
            LiquidCooledFraction = liquidFraction,
            MaxCoolantSupplyC = MaxSupply,
            NvlinkGeneration = 5,
            CompositionSources = compositionSources,
            AssemblyMinutes = Figure.Vendor(120, "min", "S42", "S43"),
            PriceUsd = trayPrice,
            WeightKg = Figure.Estimate(40, 35, 45, "kg", "Set so that 18 trays, 9 switch trays, 8 shelves and the frame land on the 1.36 t rack (X3) (studio estimate)", "X3"),
            Height = 1,
        };

        yield return new NvlinkSwitchTraySpec
        {
            Id = $"{prefix}.nvlink-switch-tray",
            Name = $"{name} NVLink 5 switch tray",
            Summary = "1U: 2 NVLink 5 switch chips; 9 trays join 72 GPUs at 1.8 TB/s each",
            Generation = generation,
            NvlinkGeneration = 5,
            CapacityTBps = new Figure(Band.Exact(14.4), "TB/s", new Evidence(EvidenceKind.Derived, ["S1", "S3"],
                "72 GPUs × 1.8 TB/s / 9 trays = 14.4 TB/s (rack: 130 TB/s)", EvidenceKind.Vendor)),
            TraysPerDomain = 9,
            MaxDomainGpus = 72,
            PriceUsd = Figure.Estimate(25_000, 15_000, 40_000, "USD", "No published price: two NVLink 5 switch chips and the tray (studio estimate)"),
            WeightKg = Figure.Estimate(25, 20, 30, "kg", "No published figure (studio estimate)"),
            Power = Figure.Estimate(0.4, 0.3, 0.8, "kW", "9 trays draw about 3.6 kW together (X2)", "X2"),
            LiquidCooledFraction = liquidFraction,
            MaxCoolantSupplyC = MaxSupply,
            Height = 1,
        };

        yield return new PowerShelfSpec
        {
            Id = $"{prefix}.power-shelf",
            Name = $"{name} power shelf (33 kW)",
            Summary = "1U: 6 × 5.5 kW supplies onto the 48 V busbar",
            Generation = generation,
            CapacityKw = Figure.Estimate(33, 33, 33, "kW",
                "6 × 5.5 kW supplies; 8 shelves give 264 kW, 132 kW with A/B feed redundancy (X2)", "X2"),
            SupplyCount = 6,
            PriceUsd = Figure.Estimate(4_000, 3_000, 8_000, "USD", "No published price: six 5.5 kW supplies (studio estimate)"),
            WeightKg = Figure.Estimate(12, 10, 15, "kg", "No published figure (studio estimate)"),
            Height = 1,
        };

        yield return new CoolantDistributionUnitSpec
        {
            Id = $"{prefix}.cdu-in-row",
            Name = $"{name} in-row CDU (1.35 MW)",
            Summary = "Row CDU serving about ten 130 kW racks at 1.35 L/min per kW (Vertiv reference design)",
            Generation = generation,
            Placement = Mounting.Floor,
            HeatCapacityKw = Figure.Estimate(1350, 1350, 1350, "kW", "Row CDU of the Vertiv GB200 reference design; 1–3 MW units exist (S19)", "S50", "S19"),
            MaxFlowLitresPerMinute = new Figure(Band.Exact(1822.5), "L/min", new Evidence(EvidenceKind.Derived, ["S50"],
                "1,350 kW × 1.35 L/min per kW", EvidenceKind.Estimate)),
            PumpPowerKw = Figure.Estimate(12, 8, 20, "kW", "About 1% of heat moved (studio estimate)"),
            PriceUsd = Figure.Estimate(350_000, 250_000, 500_000, "USD", "No published price: a 1.35 MW row CDU (studio estimate)"),
            WeightKg = Figure.Estimate(1_800, 1_400, 2_500, "kg", "Floor unit; not in a rack (studio estimate)"),
        };

        yield return new RackSpec
        {
            Id = $"{prefix}.rack",
            Name = $"{name} NVL72 rack",
            Summary = "MGX rack with blind-mate coolant manifolds and a DC busbar: 18 compute trays, 9 switch trays, 8 power shelves",
            Generation = generation,
            CapacityU = 48,
            FlowLitresPerMinutePerKw = Figure.Estimate(1.35, 1.25, 2.0, "L/min/kW",
                "Vertiv GB200 reference design: 1.35 L/min per kW; industry range 1.25–2.0 (S50)", "S50"),
            BusbarVolts = Figure.Estimate(48, 48, 54, "V", "48 V class DC busbar", "X3"),
            BusbarAmps = Figure.Estimate(3000, 2500, 3500, "A", "About 2.5 kA reported (X3), but a rating must carry 120–140 kW at 48 V (2.5–2.9 kA): 3 kA (studio estimate)", "X3"),
            MaxLoadKg = Figure.Estimate(1_600, 1_400, 1_800, "kg", "No published figure: the loaded rack is ~1.36 t (X3), with margin (studio estimate)", "X3"),
            PriceUsd = Figure.Estimate(70_000, 55_000, 90_000, "USD", "Liquid-cooling BOM of ~$50k per rack (S23) plus frame and busbar (studio estimate)", "S23"),
            WeightKg = Figure.Estimate(320, 280, 380, "kg", "Frame, manifolds, busbar and NVLink spine: the 1.36 t rack (X3) less its trays and shelves (studio estimate)", "X3"),
        };
    }
}
