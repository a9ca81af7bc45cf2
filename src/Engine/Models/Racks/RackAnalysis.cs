using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Racks;

/// <summary>What one rack holds and delivers, computed from its parts' catalog figures.</summary>
public sealed record RackAnalysis
{
    public required RackDesign Rack { get; init; }

    public required int GpuCount { get; init; }

    public required int CpuCount { get; init; }

    /// <summary>Dense peak per precision, PFLOPS.</summary>
    public required IReadOnlyDictionary<Precision, Figure> DensePflops { get; init; }

    /// <summary>The advertised NVFP4 peak (sparse or Transformer Engine figure), PFLOPS.</summary>
    public required Figure HeadlineNvfp4Pflops { get; init; }

    public required Figure HbmTb { get; init; }

    public required Figure HbmBandwidthTBps { get; init; }

    /// <summary>All-to-all NVLink bandwidth the domain reaches with the switch trays it has.</summary>
    public required Figure NvlinkTBps { get; init; }

    public required Figure ScaleOutTbps { get; init; }

    public required Figure ItPowerKw { get; init; }

    /// <summary>Current on the rack's busbar at its IT load: kW × 1000 / volts (what the busbar rule checks).</summary>
    public Figure BusbarAmps => Figure.Derived(ItPowerKw.Band * 1000 / Rack.Spec.BusbarVolts.Band, "A",
        string.Create(CultureInfo.InvariantCulture, $"{ItPowerKw.Value:0.#} kW / {Rack.Spec.BusbarVolts.Value:0} V busbar"),
        ItPowerKw, Rack.Spec.BusbarVolts);

    /// <summary>Heat that goes to the liquid loop (the rest goes to room air).</summary>
    public required Figure LiquidHeatKw { get; init; }

    public required Figure ShelfCapacityKw { get; init; }

    /// <summary>Shelf capacity with the largest shelf failed (N+1).</summary>
    public required Band ShelfCapacityNPlusOneKw { get; init; }

    public required NvlinkDomain Domain { get; init; }

    public required int UsedU { get; init; }

    /// <summary>The loaded rack: frame and every part in it.</summary>
    public required Figure WeightKg { get; init; }

    /// <summary>Purchase price of the frame and every part in it.</summary>
    public required Figure PriceUsd { get; init; }

    /// <summary>The operating mode the rack's power was computed in.</summary>
    public required PowerMode Mode { get; init; }

    public bool HasCompute => GpuCount > 0;
}

/// <summary>The rack's NVLink domain: its trays, grouped by NVLink generation.</summary>
/// <param name="Generation">The generation most compute trays use; trays of other generations cannot join.</param>
public sealed record NvlinkDomain(
    int? Generation,
    IReadOnlyList<PlacedPart> ComputeTrays,
    IReadOnlyList<PlacedPart> SwitchTrays,
    IReadOnlyList<PlacedPart> ForeignTrays,
    int RequiredSwitchTrays,
    int MaxGpus);
