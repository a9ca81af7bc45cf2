using Studio.Engine.Catalog;
using Studio.Engine.Models.Racks;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Factory;

/// <summary>
/// Builds the factory from its layout. Each rack design is analysed once (by the caller) and every row reuses that
/// analysis, so a factory of thousands of racks costs as much as its distinct designs and rows, not its racks. Shared
/// equipment is sized per row and hall, never copied per rack: CDUs for the row's heat with its redundancy, and a
/// two-tier leaf/spine of the row's switch, non-blocking, for its NICs (a simple rule the fabric model replaces).
/// </summary>
public static class FactoryModel
{
    // Reference data, not state: the catalog the defaults are picked from when neither the row nor the canvas names a part.
    private static readonly PartCatalog s_catalog = PartCatalog.CreateDefault();

    public static FactoryAnalysis Build(Scenario scenario, IReadOnlyList<RackAnalysis> racks, IReadOnlyList<CoolantLoopResult> loops)
    {
        var byId = racks.ToDictionary(r => r.Rack.Id, StringComparer.Ordinal);
        var halls = new List<HallAnalysis>();
        foreach (var hall in scenario.Factory.Halls)
        {
            // A row whose design is not in the scenario is skipped here and reported by the factory rule.
            var rows = hall.Rows
                .Where(r => byId.ContainsKey(r.RackDesignId))
                .Select(r => Row(scenario, hall, r, byId[r.RackDesignId]))
                .ToList();
            var spine = rows.Select(r => r.Switch).OfType<SwitchChoice>().FirstOrDefault();
            halls.Add(new HallAnalysis(hall, rows, spine, SpineSwitches(rows, spine)));
        }

        var all = halls.SelectMany(h => h.Rows).ToList();
        var switchTerms = halls.SelectMany(h => h.Rows.Where(r => r.Switch is not null && r.LeafSwitches > 0)
                .Select(r => new SumTerm(r.Switch!.Spec.Name + " (leaf)", r.Switch.Spec.PowerKw, r.LeafSwitches))
                .Concat(h.Spine is null || h.SpineSwitches == 0 ? [] : [new SumTerm(h.Spine.Spec.Name + " (spine)", h.Spine.Spec.PowerKw, h.SpineSwitches)]))
            .ToList();
        var rackTerms = all.Where(r => r.RackCount > 0).Select(r => new SumTerm(r.Rack.Rack.Label, r.Rack.ItPowerKw, r.RackCount));
        var liquid = all.Where(r => r.RackCount > 0).Select(r => new SumTerm(r.Rack.Rack.Label, r.Rack.LiquidHeatKw, r.RackCount)).ToList();
        var liquidHeat = FigureSum.Of("kW", liquid);

        // The plant sees one return temperature: the rows' loop rises weighted by the heat each carries.
        var heated = all.Where(r => r.LiquidHeatKw.Value > 0).ToList();
        var rise = heated.Count == 0
            ? 0
            : heated.Sum(r => RiseOf(r.Rack, loops) * r.LiquidHeatKw.Value) / heated.Sum(r => r.LiquidHeatKw.Value);

        return new FactoryAnalysis(halls)
        {
            ItPowerKw = FigureSum.Of("kW", rackTerms.Concat(switchTerms)),
            LiquidHeatKw = liquidHeat,
            PumpKw = all.Sum(r => r.PumpKw),
            LoopRiseK = rise,
            PlacedDesigns = [.. all
                .Where(r => r.RackCount > 0)
                .GroupBy(r => r.Rack.Rack.Id, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(r => r.GpuCount))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.First().Rack)],
        };
    }

    /// <summary>Racks that carry their own CDU in the rack need no row CDU; racks with no liquid heat need none at all.</summary>
    public static bool NeedsRowCdu(RackAnalysis rack) =>
        rack.LiquidHeatKw.Value > 0 && !rack.Rack.PartsOf<CoolantDistributionUnitSpec>().Any();

    /// <summary>Heat one unit moves for this rack design: its rated heat, or less when its pumps cannot push the flow.</summary>
    public static double CapacityPerCduKw(CduChoice cdu, RackAnalysis rack)
    {
        var flowPerKw = rack.Rack.Frame.Setting(RackSpec.FlowRuleSetting).Value;
        var flowLimited = flowPerKw > 0 ? cdu.MaxFlowLitresPerMinute.Value / flowPerKw : double.PositiveInfinity;
        return Math.Min(cdu.HeatCapacityKw.Value, flowLimited);
    }

    /// <summary>Switch ports one NIC takes: an 800 Gb/s NIC on 800 Gb/s ports takes one, a 1.6 Tb/s one two.</summary>
    public static int PortsPerNic(NicSpec nic, ScaleOutSwitchSpec switchSpec) =>
        Math.Max(1, (int)Math.Ceiling(nic.BandwidthGbps.Value / switchSpec.PortGbps.Value - 1e-9));

    private static RowAnalysis Row(Scenario scenario, Hall hall, RackRow row, RackAnalysis rack)
    {
        CduChoice? cdu = null;
        var needed = 0;
        if (NeedsRowCdu(rack))
        {
            cdu = CduFor(scenario, row, rack);
            if (cdu is not null)
            {
                var capacity = CapacityPerCduKw(cdu, rack);
                var heat = rack.LiquidHeatKw.Value * row.RackCount;
                needed = capacity > 0 ? (int)Math.Ceiling((heat / capacity) - 1e-9) : 0;
            }
        }

        // A row with nothing for a floor CDU to do buys none, even if a count was placed: the bill and the count agree.
        var count = cdu is null ? 0 : row.CduCount ?? needed + row.CduRedundancy.Spares(needed);

        var switchChoice = rack.HasCompute ? SwitchFor(scenario, row, rack) : null;
        var ports = 0;
        var leaves = 0;
        if (switchChoice is not null)
        {
            ports = rack.Rack.PartsOf<ComputeTraySpec>().Sum(t => t.Spec.NicCount * PortsPerNic(t.Spec.Nic, switchChoice.Spec)) * row.RackCount;
            var down = DownPorts(switchChoice.Spec);
            leaves = ports == 0 ? 0 : (ports + down - 1) / down;
        }

        return new RowAnalysis(hall, row, rack, cdu, needed, count, switchChoice, ports, leaves);
    }

    /// <summary>Non-blocking: half of a leaf's ports face the NICs, half the spines.</summary>
    private static int DownPorts(ScaleOutSwitchSpec spec) => Math.Max(1, (int)spec.PortCount.Value / 2);

    /// <summary>A hall's spines take every leaf uplink; one leaf alone needs no spine.</summary>
    private static int SpineSwitches(IReadOnlyList<RowAnalysis> rows, SwitchChoice? spine)
    {
        var leaves = rows.Where(r => r.Switch is not null).ToList();
        if (spine is null || leaves.Sum(r => r.LeafSwitches) <= 1)
        {
            return 0;
        }

        var uplinks = leaves.Sum(r => r.LeafSwitches * (long)DownPorts(r.Switch!.Spec));
        var ports = Math.Max(1, (long)spine.Spec.PortCount.Value);
        return (int)((uplinks + ports - 1) / ports);
    }

    private static double RiseOf(RackAnalysis rack, IReadOnlyList<CoolantLoopResult> loops) =>
        loops.FirstOrDefault(l => l.RackIds.Contains(rack.Rack.Id))?.TemperatureRiseK.Value ?? 0;

    private static CduChoice? CduFor(Scenario scenario, RackRow row, RackAnalysis rack)
    {
        if (row.Cdu is { } chosen)
        {
            return Unit(chosen, $"{chosen.Name}, chosen for {row.Label}");
        }

        var onCanvas = EquipmentConnectedTo(scenario, rack, ConnectionKind.Coolant)
            .FirstOrDefault(e => e.Spec is CoolantDistributionUnitSpec { Placement: Mounting.Floor });
        if (onCanvas is not null)
        {
            var spec = (CoolantDistributionUnitSpec)onCanvas.Spec;
            return new CduChoice(spec,
                onCanvas.Setting(CoolantDistributionUnitSpec.HeatCapacitySetting),
                onCanvas.Setting(CoolantDistributionUnitSpec.MaxFlowSetting),
                $"{spec.Name}, as {onCanvas.Label} on the rack canvas");
        }

        var fallback = s_catalog.Parts.OfType<CoolantDistributionUnitSpec>()
            .Where(c => c.Placement == Mounting.Floor)
            .OrderBy(c => c.Generation == rack.Rack.Spec.Generation ? 0 : 1)
            .FirstOrDefault();
        return fallback is null ? null : Unit(fallback, $"{fallback.Name}, the catalog's row CDU for a {rack.Rack.Spec.Name} (none chosen)");
    }

    private static SwitchChoice? SwitchFor(Scenario scenario, RackRow row, RackAnalysis rack)
    {
        if (row.Switch is { } chosen)
        {
            return new SwitchChoice(chosen, $"{chosen.Name}, chosen for {row.Label}");
        }

        var onCanvas = EquipmentConnectedTo(scenario, rack, ConnectionKind.Network).FirstOrDefault(e => e.Spec is ScaleOutSwitchSpec);
        if (onCanvas is not null)
        {
            return new SwitchChoice((ScaleOutSwitchSpec)onCanvas.Spec, $"{onCanvas.Spec.Name}, as {onCanvas.Label} on the rack canvas");
        }

        var fallback = s_catalog.Parts.OfType<ScaleOutSwitchSpec>()
            .OrderBy(s => s.Generation == rack.Rack.Spec.Generation ? 0 : s.Generation == Generation.Any ? 1 : 2)
            .FirstOrDefault();
        return fallback is null ? null : new SwitchChoice(fallback, $"{fallback.Name}, the catalog's switch for a {rack.Rack.Spec.Name} (none chosen)");
    }

    private static CduChoice Unit(CoolantDistributionUnitSpec spec, string origin) =>
        new(spec, spec.HeatCapacityKw, spec.MaxFlowLitresPerMinute, origin);

    private static IEnumerable<PlacedPart> EquipmentConnectedTo(Scenario scenario, RackAnalysis rack, ConnectionKind kind) =>
        scenario.Connections
            .Where(c => c.Kind == kind && c.RackId == rack.Rack.Id)
            .Select(c => scenario.Equipment.FirstOrDefault(e => e.Id == c.EquipmentId))
            .OfType<PlacedPart>();
}
