using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog.Data;

/// <summary>Optics, cables and storage nodes the fabrics are built from; none is sold by price list, so prices are estimates.</summary>
internal static class NetworkLinks
{
    public static NetworkCatalog All() => new(Transceivers(), Cables(), StorageNodes());

    private static IReadOnlyList<TransceiverSpec> Transceivers() =>
    [
        new("optics.osfp-400g-dr4", "400G OSFP DR4 transceiver",
            Figure.Vendor(400, "Gb/s", "X24"), Figure.Vendor(500, "m", "X24"),
            Figure.Estimate(0.009, 0.007, 0.010, "kW", "400G single-mode modules draw 7–10 W (studio estimate)", "X24"),
            Figure.Estimate(500, 350, 800, "USD", "No list price: third-party 400G DR4 modules (studio estimate)"), "shipping"),
        new("optics.osfp-800g-sr8", "800G OSFP SR8 transceiver (multimode)",
            Figure.Vendor(800, "Gb/s", "X24"), Figure.Vendor(50, "m", "X24"),
            Figure.Estimate(0.013, 0.012, 0.015, "kW", "Multimode 800G modules draw a little less than single-mode (studio estimate)", "X24"),
            Figure.Estimate(700, 500, 1_000, "USD", "No list price (studio estimate)"), "shipping"),
        new("optics.osfp-800g-dr8", "800G OSFP DR8 transceiver",
            Figure.Vendor(800, "Gb/s", "X24"), Figure.Vendor(500, "m", "X24"),
            Figure.Estimate(0.016, 0.014, 0.017, "kW", "800G pluggable optics draw 15–16 W", "X24"),
            Figure.Estimate(900, 600, 1_300, "USD", "No list price (studio estimate)"), "shipping"),
        new("optics.osfp-800g-2xfr4", "800G OSFP 2×FR4 transceiver",
            Figure.Vendor(800, "Gb/s", "X24"), Figure.Vendor(2_000, "m", "X24"),
            Figure.Estimate(0.017, 0.015, 0.018, "kW", "FR modules add a multiplexer to DR's power (studio estimate)", "X24"),
            Figure.Estimate(1_200, 800, 1_800, "USD", "No list price (studio estimate)"), "shipping"),
        new("optics.osfp-1.6t-dr8", "1.6T OSFP DR8 transceiver",
            Figure.Vendor(1_600, "Gb/s", "X24"), Figure.Vendor(500, "m", "X24"),
            Figure.Estimate(0.030, 0.025, 0.030, "kW", "1.6T pluggables draw about 30 W, more than half in the DSP", "X24"),
            Figure.Estimate(1_800, 1_200, 2_500, "USD", "No list price (studio estimate)"), "2025–2026 (X24)"),
    ];

    private static IReadOnlyList<CableSpec> Cables() =>
    [
        new("cable.dac-800g", "800G passive copper (DAC)", LinkMedium.Copper,
            Figure.Vendor(800, "Gb/s", "X24"), Figure.Estimate(2.5, 2, 3, "m", "Passive copper at 100–200 Gb/s per lane reaches 2–3 m (studio estimate)", "X24"),
            Figure.Vendor(0, "kW", "X24"), Figure.Estimate(150, 100, 250, "USD", "No list price (studio estimate)"), NeedsTransceivers: false),
        new("cable.acc-800g", "800G active copper (ACC)", LinkMedium.ActiveCopper,
            Figure.Vendor(800, "Gb/s", "X24"), Figure.Estimate(5, 4, 7, "m", "Retimed copper reaches about twice passive copper (studio estimate)", "X24"),
            Figure.Estimate(0.003, 0.002, 0.005, "kW", "A retimer at each end (studio estimate)"), Figure.Estimate(300, 200, 450, "USD", "No list price (studio estimate)"), NeedsTransceivers: false),
        new("cable.aoc-800g", "800G active optical cable (AOC)", LinkMedium.ActiveOptical,
            Figure.Vendor(800, "Gb/s", "X24"), Figure.Estimate(30, 20, 50, "m", "Multimode AOCs are sold to 30 m and beyond (studio estimate)", "X24"),
            Figure.Estimate(0.026, 0.024, 0.030, "kW", "Two multimode optical ends built in (studio estimate)", "X24"),
            Figure.Estimate(1_100, 800, 1_600, "USD", "No list price (studio estimate)"), NeedsTransceivers: false),
        new("cable.fibre-mpo", "Single-mode fibre run (MPO)", LinkMedium.Fibre,
            Figure.Vendor(1_600, "Gb/s", "X24"), Figure.Estimate(10_000, 10_000, 10_000, "m", "Fibre itself limits no link here: the transceivers set the reach (studio estimate)"),
            Figure.Vendor(0, "kW", "X24"), Figure.Estimate(120, 60, 250, "USD", "A structured-cabling link with patching, per link (studio estimate)"), NeedsTransceivers: true),
    ];

    private static IReadOnlyList<StorageNodeSpec> StorageNodes() =>
    [
        new("storage.all-flash-node", "All-flash storage node (NVMe, 2U)",
            CapacityTb: Figure.Estimate(500, 350, 700, "TB", "24 × 30.72 TB NVMe drives, usable after erasure coding (studio estimate)"),
            ReadGBps: Figure.Estimate(50, 30, 80, "GB/s", "Parallel file systems publish tens of GB/s per node (studio estimate)", "X25"),
            WriteGBps: Figure.Estimate(25, 15, 40, "GB/s", "About half the read rate (studio estimate)", "X25"),
            PortCount: 2,
            PortGbps: Figure.Vendor(400, "Gb/s", "X21"),
            PowerKw: Figure.Estimate(1.8, 1.2, 2.5, "kW", "Two CPUs, 24 drives, two 400G adapters (studio estimate)"),
            PriceUsd: Figure.Estimate(250_000, 150_000, 400_000, "USD", "No list price: drives dominate (studio estimate)")),
    ];
}
