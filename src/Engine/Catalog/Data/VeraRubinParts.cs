using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog.Data;

/// <summary>Vera Rubin NVL72 parts: 100% liquid-cooled, fanless, specified for 45 °C supply (S18, S21).</summary>
internal static class VeraRubinParts
{
    private static Figure MaxSupply => Figure.Vendor(45, "°C", "S21", "S18");

    private static Figure FullyLiquid => Figure.Vendor(1.0, "fraction", "S18", "S21");

    public static IEnumerable<PartSpec> All()
    {
        yield return new ComputeTraySpec
        {
            Id = "vr.compute-tray",
            Name = "Vera Rubin compute tray",
            Summary = "Cable-free, fanless: 4 × Rubin + 2 × Vera, 8 × ConnectX-9 SuperNIC, 1 × BlueField-4",
            Generation = Generation.VeraRubin,
            Gpu = Chips.Rubin,
            GpuCount = 4,
            Cpu = Chips.Vera,
            CpuCount = 2,
            Nic = Chips.ConnectX9,
            NicCount = 8,
            Dpu = Chips.BlueField4,
            DpuCount = 1,
            BoardOverheadKw = Figure.Estimate(1.0, 0.7, 1.3, "kW",
                "Memory, drives, VRM losses (no fans); set so that 18 trays at 1.8 kW per GPU and 9 switch trays land on the 188 kW Max-Q reference design (S17)",
                "S17"),
            LiquidCooledFraction = FullyLiquid,
            MaxCoolantSupplyC = MaxSupply,
            NvlinkGeneration = 6,
            CompositionSources = ["S5", "S9", "S12"],
            AssemblyMinutes = Figure.Vendor(5, "min", "S42", "S43"),
            PriceUsd = new Figure(new Band(403_000, 359_000, 475_000), "USD", new Evidence(EvidenceKind.Derived, ["S26"],
                "Rack at $7.8M ($7.0–9.1M, S26) less 9 switch trays, 4 shelves and the frame, over 18 trays", EvidenceKind.Estimate)),
            WeightKg = Figure.Estimate(45, 38, 52, "kg", "No published figure: a GB200 tray's ~40 kg (set so its rack lands on 1.36 t, X3) with heavier cold plates (studio estimate)", "X3"),
            Height = 1,
        };

        yield return new NvlinkSwitchTraySpec
        {
            Id = "vr.nvlink-switch-tray",
            Name = "NVLink 6 switch tray",
            Summary = "1U: NVLink 6 switch chips; 9 trays join 72 GPUs at 3.6 TB/s each",
            Generation = Generation.VeraRubin,
            NvlinkGeneration = 6,
            CapacityTBps = new Figure(Band.Exact(28.8), "TB/s", new Evidence(EvidenceKind.Derived, ["S5"],
                "72 GPUs × 3.6 TB/s / 9 trays = 28.8 TB/s (rack: 260 TB/s)", EvidenceKind.Vendor)),
            TraysPerDomain = 9,
            MaxDomainGpus = 72,
            PriceUsd = Figure.Estimate(45_000, 30_000, 70_000, "USD", "No published price: NVLink 6 switch chips and the tray (studio estimate)"),
            WeightKg = Figure.Estimate(28, 22, 34, "kg", "No published figure (studio estimate)"),
            Power = Figure.Estimate(1.4, 0.8, 2.0, "kW", "No published figure: NVLink 5 tray's 0.4 kW (X2) with twice the bandwidth and more SerDes (studio estimate)", "X2"),
            LiquidCooledFraction = FullyLiquid,
            MaxCoolantSupplyC = MaxSupply,
            Height = 1,
        };

        yield return new PowerShelfSpec
        {
            Id = "vr.power-shelf",
            Name = "Vera Rubin power shelf (110 kW)",
            Summary = "Liquid-cooled shelf: 6 × 18.3 kW supplies onto the 50 V busbar; 3–4 per rack",
            Generation = Generation.VeraRubin,
            CapacityKw = Figure.Estimate(110, 110, 110, "kW", "6 × 18.3 kW supplies", "S17"),
            SupplyCount = 6,
            PriceUsd = Figure.Estimate(15_000, 10_000, 25_000, "USD", "No published price: six 18.3 kW supplies and a liquid-cooled shelf (studio estimate)"),
            WeightKg = Figure.Estimate(20, 15, 25, "kg", "No published figure (studio estimate)"),
            Height = 1,
        };

        yield return new CoolantDistributionUnitSpec
        {
            Id = "vr.cdu-in-rack",
            Name = "In-rack CDU (250 kW)",
            Summary = "4U CDU in the rack's base: liquid-to-liquid exchanger and pumps for one rack",
            Generation = Generation.VeraRubin,
            Placement = Mounting.InRack,
            HeatCapacityKw = Figure.Estimate(250, 200, 300, "kW", "Sized for one Max-P rack with margin (studio estimate)"),
            MaxFlowLitresPerMinute = Figure.Estimate(375, 300, 450, "L/min", "250 kW × 1.5 L/min per kW (S50)", "S50"),
            PumpPowerKw = Figure.Estimate(2.5, 1.5, 4, "kW", "About 1% of heat moved (studio estimate)"),
            PriceUsd = Figure.Estimate(60_000, 40_000, 90_000, "USD", "No published price: a 250 kW liquid-to-liquid CDU (studio estimate)"),
            WeightKg = Figure.Estimate(150, 120, 200, "kg", "No published figure: exchanger, pumps and coolant (studio estimate)"),
            Height = 4,
        };

        yield return new CoolantDistributionUnitSpec
        {
            Id = "vr.cdu-in-row",
            Name = "In-row CDU (2 MW)",
            Summary = "Row CDU for about ten Vera Rubin racks at 45 °C supply",
            Generation = Generation.VeraRubin,
            Placement = Mounting.Floor,
            HeatCapacityKw = Figure.Estimate(2000, 2000, 2000, "kW", "CDUs of 1–3 MW exist (S19); 2 MW chosen as the catalog's row unit", "S19"),
            MaxFlowLitresPerMinute = new Figure(Band.Exact(3000), "L/min", new Evidence(EvidenceKind.Derived, ["S19", "S50"],
                "2,000 kW × 1.5 L/min per kW", EvidenceKind.Estimate)),
            PumpPowerKw = Figure.Estimate(20, 12, 30, "kW", "About 1% of heat moved (studio estimate)"),
            PriceUsd = Figure.Estimate(450_000, 300_000, 700_000, "USD", "No published price: a 2 MW row CDU (studio estimate)"),
            WeightKg = Figure.Estimate(2_000, 1_500, 3_000, "kg", "Floor unit; not in a rack (studio estimate)"),
        };

        yield return new RackSpec
        {
            Id = "vr.rack",
            Name = "Vera Rubin NVL72 rack",
            Summary = "Rack with manifolds, 50 V busbar of at least 5,000 A and a copper NVLink spine",
            Generation = Generation.VeraRubin,
            CapacityU = 48,
            FlowLitresPerMinutePerKw = Figure.Estimate(1.5, 1.25, 2.0, "L/min/kW", "OCP cold-plate rule: 1.5 L/min per kW at ΔT ≤ 10 °C; industry range 1.25–2.0", "S50"),
            BusbarVolts = Figure.Estimate(50, 50, 50, "V", "50 V liquid-cooled busbar", "S17"),
            BusbarAmps = Figure.Estimate(5000, 5000, 6000, "A", "At least 5,000 A", "S17"),
            MaxLoadKg = Figure.Estimate(1_900, 1_600, 2_200, "kg", "No published figure: an MGX-class frame for a heavier, CDU-equipped rack (studio estimate)"),
            PriceUsd = Figure.Estimate(80_000, 60_000, 110_000, "USD", "Liquid-cooling BOM of ~$55.7k per rack (S23) plus frame, busbar and NVLink spine (studio estimate)", "S23"),
            WeightKg = Figure.Estimate(350, 300, 420, "kg", "Frame, manifolds, busbar and copper NVLink spine (studio estimate)", "X3"),
        };
    }
}
