using Studio.Engine.Catalog;
using Studio.Engine.Models.Network;
using Studio.Engine.Models.Racks;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Factory;

/// <summary>
/// Builds the factory from its layout. Each rack design is analysed once (by the caller) and every row reuses that
/// analysis, so a factory of thousands of racks costs as much as its distinct designs and rows, not its racks. Shared
/// equipment is sized per row and hall, never copied per rack: CDUs for the row's heat with its redundancy, and the
/// scale-out, front-end and storage networks for the layout as a whole (<see cref="NetworkModel"/>).
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
            halls.Add(new HallAnalysis(hall, rows, null, 0));
        }

        var all = halls.SelectMany(h => h.Rows).ToList();
        var placed = all
            .Where(r => r.RackCount > 0)
            .GroupBy(r => r.Rack.Rack.Id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(r => r.GpuCount))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Rack)
            .ToList();

        // The networks are sized for the layout as a whole; each row and hall then reports the switches that serve it.
        var plan = scenario.Factory.Network;
        var workhorse = placed.FirstOrDefault(r => r.HasCompute) is { } design ? all.First(r => r.Rack == design && r.RackCount > 0) : null;
        var fabricSwitch = workhorse is null ? null : ScaleOutSwitchFor(plan.ScaleOut, workhorse);
        var frontEndSwitch = workhorse is null ? null : plan.FrontEnd.Switch ?? FrontEndSwitchFor(workhorse.Rack);
        var layout = NetworkModel.Build(plan, halls, s_catalog.Network, fabricSwitch, frontEndSwitch, workhorse);
        halls = [.. halls.Select((h, hi) => h with
        {
            Rows = [.. h.Rows.Select((r, ri) => r with { LeafSwitches = layout.LeavesPerRow[hi][ri] })],
            Spine = layout.SpinesPerHall[hi] > 0 ? fabricSwitch : null,
            SpineSwitches = layout.SpinesPerHall[hi],
        })];
        all = [.. halls.SelectMany(h => h.Rows)];

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
            ItPowerKw = FigureSum.Of("kW", rackTerms.Concat(NetworkPowerTerms(layout.Network))),
            LiquidHeatKw = liquidHeat,
            PumpKw = all.Sum(r => r.PumpKw),
            LoopRiseK = rise,
            PlacedDesigns = placed,
            Network = layout.Network,
        };
    }

    /// <summary>What the networks draw, term by term: each fabric's switches and optics, and the storage nodes.</summary>
    private static IEnumerable<SumTerm> NetworkPowerTerms(NetworkAnalysis network)
    {
        foreach (var fabric in network.Fabrics)
        {
            var label = fabric.Kind switch { FabricKind.ScaleOut => "scale-out", FabricKind.FrontEnd => "front-end", _ => "storage" };
            if (fabric.SwitchCount > 0)
            {
                yield return new SumTerm($"{fabric.Switch.Name} ({label})", fabric.Switch.PowerKw, fabric.SwitchCount);
            }

            foreach (var link in fabric.Links)
            {
                if (link.Transceiver is { } module && link.Transceivers > 0)
                {
                    yield return new SumTerm($"{module.Name} ({label} {link.From}–{link.To})", module.PowerKw, link.Transceivers);
                }

                if (link.Cable.PowerKw.Value > 0)
                {
                    yield return new SumTerm($"{link.Cable.Name} ({label} {link.From}–{link.To})", link.Cable.PowerKw, link.Links);
                }
            }
        }

        if (network.StorageNodes is { } nodes)
        {
            yield return new SumTerm(nodes.Node.Name, nodes.Node.PowerKw, nodes.Count);
        }
    }

    /// <summary>
    /// The fabric's one switch at every tier: the plan's, else the plan's optics in the workhorse's generation, else
    /// what the workhorse row uses (its own, its canvas switch, its generation's).
    /// </summary>
    private static SwitchChoice? ScaleOutSwitchFor(ScaleOutPlan plan, RowAnalysis workhorse)
    {
        if (plan.Switch is { } chosen)
        {
            return new SwitchChoice(chosen, "chosen for the fabric");
        }

        var generation = workhorse.Rack.Rack.Spec.Generation;
        if (plan.Optics is { } optics)
        {
            var match = s_catalog.Parts.OfType<ScaleOutSwitchSpec>()
                .Where(s => s.Optics == optics)
                .OrderBy(s => s.Generation == generation ? 0 : s.Generation == Generation.Any ? 1 : 2)
                .FirstOrDefault();
            if (match is not null)
            {
                return new SwitchChoice(match, $"the catalog's {(optics == SwitchOptics.CoPackaged ? "co-packaged" : "pluggable")} switch for a {workhorse.Rack.Rack.Spec.Name}");
            }
        }

        return workhorse.Switch;
    }

    /// <summary>The front-end runs on shipping pluggable Ethernet: of the generation where there is one, else any generation's.</summary>
    private static ScaleOutSwitchSpec? FrontEndSwitchFor(RackAnalysis rack) =>
        s_catalog.Parts.OfType<ScaleOutSwitchSpec>()
            .Where(s => s.Optics == SwitchOptics.Pluggable && s.Availability == "shipping" && !s.Name.Contains("InfiniBand", StringComparison.Ordinal))
            .OrderBy(s => s.Generation == rack.Rack.Spec.Generation ? 0 : 1)
            .FirstOrDefault();

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
        var ports = switchChoice is null
            ? 0
            : rack.Rack.PartsOf<ComputeTraySpec>().Sum(t => t.Spec.NicCount * PortsPerNic(t.Spec.Nic, switchChoice.Spec)) * row.RackCount;

        return new RowAnalysis(hall, row, rack, cdu, needed, count, switchChoice, ports, 0);
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
