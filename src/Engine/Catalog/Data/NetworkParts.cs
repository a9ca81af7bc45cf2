using Studio.Engine.Provenance;

namespace Studio.Engine.Catalog.Data;

/// <summary>Network parts that serve any generation.</summary>
internal static class NetworkParts
{
    public static IEnumerable<PartSpec> All()
    {
        yield return new ScaleOutSwitchSpec
        {
            Id = "net.spectrum-x800-sn5600",
            Name = "Spectrum-X800 SN5600 switch",
            Summary = "51.2 Tb/s Ethernet: 64 × 800 GbE with pluggable optics",
            Generation = Generation.Any,
            BandwidthTbps = Figure.Vendor(51.2, "Tb/s", "X4"),
            PortCount = Figure.Vendor(64, "ports", "X4"),
            PortGbps = Figure.Vendor(800, "Gb/s", "X4"),
            Power = Figure.Estimate(2.5, 1.8, 3.2, "kW", "Switch and 64 pluggable 800G optics (studio estimate)"),
            PriceUsd = Figure.Estimate(150_000, 100_000, 250_000, "USD", "No published price: switch and 64 pluggable 800G optics (studio estimate)"),
            WeightKg = Figure.Estimate(25, 20, 30, "kg", "No published figure (studio estimate)"),
        };
    }
}
