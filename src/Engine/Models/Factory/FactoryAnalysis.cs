using Studio.Engine.Catalog;
using Studio.Engine.Models.Racks;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Factory;

/// <summary>The CDU a row uses and what one unit of it can do, with the settings the canvas gave it.</summary>
/// <param name="Origin">Where the choice came from, for the bill of materials' note.</param>
public sealed record CduChoice(CoolantDistributionUnitSpec Spec, Figure HeatCapacityKw, Figure MaxFlowLitresPerMinute, string Origin);

/// <summary>The switch a row's leaves (and its hall's spines) use.</summary>
public sealed record SwitchChoice(ScaleOutSwitchSpec Spec, string Origin);

/// <summary>
/// One row as built: its racks (all alike, so the rack design is analysed once for all of them), and the CDUs and
/// leaf switches sized for it.
/// </summary>
/// <param name="CdusNeeded">CDUs the heat needs with none spare (N).</param>
/// <param name="CduCount">CDUs in the row: placed by the user, or N plus the spares its redundancy asks for.</param>
/// <param name="NicPorts">Scale-out switch ports the row's NICs take.</param>
public sealed record RowAnalysis(
    Hall Hall,
    RackRow Row,
    RackAnalysis Rack,
    CduChoice? Cdu,
    int CdusNeeded,
    int CduCount,
    SwitchChoice? Switch,
    int NicPorts,
    int LeafSwitches)
{
    public int RackCount => Row.RackCount;

    public int GpuCount => Rack.GpuCount * Row.RackCount;

    public Band ItPowerKw => Rack.ItPowerKw.Band * Row.RackCount;

    public Band LiquidHeatKw => Rack.LiquidHeatKw.Band * Row.RackCount;

    /// <summary>CDU pumps draw in proportion to the heat they move: the units' rated pump power times their load.</summary>
    public double PumpKw => Cdu is null || Cdu.HeatCapacityKw.Value <= 0
        ? 0
        : Cdu.Spec.PumpPowerKw.Value * LiquidHeatKw.Value / Cdu.HeatCapacityKw.Value;
}

/// <summary>A hall as built: its rows and the spine switches their leaves uplink to.</summary>
public sealed record HallAnalysis(Hall Hall, IReadOnlyList<RowAnalysis> Rows, SwitchChoice? Spine, int SpineSwitches);

/// <summary>The factory as laid out: every row evaluated from its rack design once, then summed.</summary>
public sealed record FactoryAnalysis(IReadOnlyList<HallAnalysis> Halls)
{
    public IEnumerable<RowAnalysis> Rows => Halls.SelectMany(h => h.Rows);

    public int RackCount => Rows.Sum(r => r.RackCount);

    public int GpuCount => Rows.Sum(r => r.GpuCount);

    public int CduCount => Rows.Sum(r => r.CduCount);

    public int LeafSwitches => Rows.Sum(r => r.LeafSwitches);

    public int SpineSwitches => Halls.Sum(h => h.SpineSwitches);

    /// <summary>Racks that hold GPUs: what the per-rack figures of the facility divide by.</summary>
    public int ComputeRackCount => Rows.Where(r => r.Rack.HasCompute).Sum(r => r.RackCount);

    /// <summary>Racks plus the fabric's switches; the CDUs' pumps are facility load, not IT.</summary>
    public required Figure ItPowerKw { get; init; }

    public required Figure LiquidHeatKw { get; init; }

    public required double PumpKw { get; init; }

    /// <summary>Heat-weighted rise of the rows' secondary loops, K: the plant sees supply + this as its return.</summary>
    public required double LoopRiseK { get; init; }

    /// <summary>
    /// The rack designs the rows place (rows of no racks place nothing), each once, by how many GPUs the factory has of
    /// it (most first). Worked out once when the factory is built: the rules and the throughput models all read it.
    /// </summary>
    public required IReadOnlyList<RackAnalysis> PlacedDesigns { get; init; }

    /// <summary>The scale-out, front-end and storage networks sized for the layout.</summary>
    public Network.NetworkAnalysis Network { get; init; } = Models.Network.NetworkAnalysis.None;

    public int GpusOf(string rackDesignId) => Rows.Where(r => r.Rack.Rack.Id == rackDesignId).Sum(r => r.GpuCount);
}
