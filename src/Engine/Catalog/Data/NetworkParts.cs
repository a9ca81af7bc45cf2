using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog.Data;

/// <summary>
/// The fabrics' switches, optics, cables and storage nodes. A pluggable switch's power is the switch alone (its
/// optics are counted on the links); a co-packaged one's includes its optical engines, derived from the pluggable
/// optics it replaces and NVIDIA's efficiency claim, which it stated differently at two events (a range).
/// </summary>
internal static class NetworkParts
{
    /// <summary>Power of one 800G pluggable module, the unit the co-packaged saving is stated against.</summary>
    private static readonly Figure s_pluggable800gKw = Figure.Estimate(0.016, 0.014, 0.017, "kW",
        "800G pluggable optics draw 15–16 W; 1.6T about 30 W, half of it in the DSP", "X24");

    /// <summary>
    /// How many times less power co-packaged optics draw than the pluggables they replace: 3.5× at GTC 2025 (X19),
    /// 5× at CES and Hot Chips 2026 (S12, S14). The later statement is the central value.
    /// </summary>
    public static Figure CoPackagedEfficiency { get; } = Figure.VendorRange(5, 3.5, 5, "×",
        "3.5× stated at GTC 2025 (X19), 5× at CES and Hot Chips 2026 (S12, S14)", "X19", "S12", "S14");

    public static IEnumerable<PartSpec> All()
    {
        yield return new ScaleOutSwitchSpec
        {
            Id = "net.spectrum-x800-sn5600",
            Name = "Spectrum-X800 SN5600 switch",
            Summary = "51.2 Tb/s Ethernet: 64 × 800 GbE ports for pluggable optics",
            Generation = Generation.Any,
            BandwidthTbps = Figure.Vendor(51.2, "Tb/s", "X4"),
            PortCount = Figure.Vendor(64, "ports", "X4"),
            PortGbps = Figure.Vendor(800, "Gb/s", "X4"),
            LaneGbps = Figure.Vendor(400, "Gb/s", "X4"),
            Power = Figure.Estimate(1.4, 1.0, 1.8, "kW", "Switch without its optics: no published figure (studio estimate)"),
            LatencyNs = Figure.Estimate(700, 500, 1000, "ns", "Port-to-port under load: no published figure for Spectrum-4 (studio estimate)"),
            PriceUsd = Figure.Estimate(100_000, 70_000, 160_000, "USD", "No published price: the switch without optics (studio estimate)"),
            WeightKg = Figure.Estimate(25, 20, 30, "kg", "No published figure (studio estimate)"),
        };

        yield return new ScaleOutSwitchSpec
        {
            Id = "net.quantum-x800-q3400",
            Name = "Quantum-X800 Q3400 InfiniBand switch",
            Summary = "115.2 Tb/s XDR InfiniBand: 144 × 800 Gb/s ports for pluggable optics",
            Generation = Generation.Any,
            BandwidthTbps = Figure.Vendor(115.2, "Tb/s", "X22"),
            PortCount = Figure.Vendor(144, "ports", "X22"),
            PortGbps = Figure.Vendor(800, "Gb/s", "X22"),
            Power = Figure.Estimate(3.0, 2.2, 4.0, "kW", "Switch without its optics: no published figure (studio estimate)"),
            LatencyNs = Figure.Estimate(400, 250, 700, "ns", "InfiniBand cut-through: no published figure for the Q3400 (studio estimate)"),
            PriceUsd = Figure.Estimate(220_000, 150_000, 350_000, "USD", "No published price: the switch without optics (studio estimate)"),
            WeightKg = Figure.Estimate(45, 35, 60, "kg", "No published figure (studio estimate)"),
        };

        yield return PhotonicsSwitch("vr.spectrum-x-photonics", "Spectrum-X Photonics switch (102.4 Tb/s)",
            "Spectrum-6 with co-packaged optics: 128 × 800 Gb/s or 512 × 200 Gb/s", 102.4, 128,
            Figure.Estimate(1.6, 1.2, 2.2, "kW", "A 102.4 Tb/s switch chip and system without optics: no published figure (studio estimate)"),
            Figure.Estimate(250_000, 150_000, 400_000, "USD", "No published price: a 102.4 Tb/s switch with co-packaged optics (studio estimate)"),
            Figure.Estimate(40, 30, 50, "kg", "No published figure (studio estimate)"));

        yield return PhotonicsSwitch("vr.spectrum-x-photonics-409", "Spectrum-X Photonics switch (409.6 Tb/s)",
            "Four Spectrum-6 chips with co-packaged optics: 512 × 800 Gb/s or 2,048 × 200 Gb/s", 409.6, 512,
            Figure.Estimate(6.4, 4.8, 8.8, "kW", "Four 102.4 Tb/s chips and their system without optics: no published figure (studio estimate)"),
            Figure.Estimate(1_000_000, 600_000, 1_600_000, "USD", "No published price: four times the 102.4 Tb/s system (studio estimate)"),
            Figure.Estimate(160, 120, 220, "kg", "No published figure (studio estimate)"));

        yield return new ScaleOutSwitchSpec
        {
            Id = "vr.spectrum-6-pluggable",
            Name = "Spectrum-6 switch, pluggable optics (102.4 Tb/s)",
            Summary = "A 102.4 Tb/s Spectrum-6 system with 128 × 800G pluggable cages, for comparison with co-packaged optics",
            Generation = Generation.VeraRubin,
            BandwidthTbps = Figure.Vendor(102.4, "Tb/s", "S14"),
            PortCount = new Figure(Band.Exact(128), "ports", new Evidence(EvidenceKind.Derived, ["S14"], "102.4 Tb/s / 800 Gb/s ports", EvidenceKind.Vendor)),
            PortGbps = Figure.Vendor(800, "Gb/s", "S14"),
            LaneGbps = Figure.Vendor(200, "Gb/s", "S14"),
            Power = Figure.Estimate(1.6, 1.2, 2.2, "kW", "As the co-packaged system without its optics (studio estimate)"),
            LatencyNs = Figure.Estimate(700, 500, 1000, "ns", "No published figure (studio estimate)"),
            PriceUsd = Figure.Estimate(170_000, 110_000, 260_000, "USD", "No published price: the switch without optics (studio estimate)"),
            WeightKg = Figure.Estimate(35, 25, 45, "kg", "No published figure (studio estimate)"),
            Availability = "not announced as a pluggable product: a studio configuration for comparing optics",
        };
    }

    private static ScaleOutSwitchSpec PhotonicsSwitch(string id, string name, string summary, double tbps, int ports, Figure chipKw, Figure price, Figure weight)
    {
        // The optical engines draw what the ports' pluggables would, divided by the claimed efficiency.
        var opticsKw = s_pluggable800gKw.Band * ports / CoPackagedEfficiency.Band;
        var power = Figure.Derived(chipKw.Band + opticsKw, "kW",
            $"{chipKw.Value:0.#} kW switch + {ports} ports × {s_pluggable800gKw.Value * 1000:0} W pluggable optics / {CoPackagedEfficiency.Low:0.#}–{CoPackagedEfficiency.High:0.#}× co-packaged efficiency",
            chipKw, s_pluggable800gKw, CoPackagedEfficiency);
        return new ScaleOutSwitchSpec
        {
            Id = id,
            Name = name,
            Summary = summary,
            Generation = Generation.VeraRubin,
            BandwidthTbps = Figure.Vendor(tbps, "Tb/s", "X19", "S14"),
            PortCount = Figure.Vendor(ports, "ports", "X19"),
            PortGbps = Figure.Vendor(800, "Gb/s", "X19"),
            LaneGbps = Figure.Vendor(200, "Gb/s", "X19", "S14"),
            Power = power,
            LatencyNs = Figure.Estimate(600, 400, 900, "ns", "No published figure; no DSP in the optical path (studio estimate)", "X24"),
            PriceUsd = price,
            WeightKg = weight,
            Optics = SwitchOptics.CoPackaged,
            Availability = "2026, with Vera Rubin (NVIDIA, GTC 2025)",
        };
    }
}
