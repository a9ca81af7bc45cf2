using Studio.Engine.Catalog;
using Studio.Engine.Models.Racks;
using Studio.Engine.Physics;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Thermal;

/// <summary>
/// Groups racks into secondary loops and solves each: a rack with an in-rack CDU is a loop of its own; an in-row
/// CDU serves the racks connected to it; a rack with neither is solved as if an ideal CDU served it, and the rules
/// say so.
/// </summary>
public static class CoolingPlan
{
    public static IReadOnlyList<CoolantLoopResult> Solve(Scenario scenario, IReadOnlyList<RackAnalysis> racks)
    {
        var coolant = CoolantProperties.For(scenario.Site.Coolant);
        var supply = scenario.Site.CoolantSupplyC;
        var loops = new List<CoolantLoopResult>();
        var served = new HashSet<string>(StringComparer.Ordinal);

        foreach (var rack in racks)
        {
            var inRack = rack.Rack.PartsOf<CoolantDistributionUnitSpec>().Select(c => c.Part).FirstOrDefault();
            if (inRack is not null)
            {
                loops.Add(CoolantLoop.Solve([Demand(rack)], Cdu(inRack), supply, coolant));
                served.Add(rack.Rack.Id);
            }
        }

        foreach (var cdu in scenario.Equipment.Where(e => e.Spec is CoolantDistributionUnitSpec))
        {
            var connected = scenario.Connections
                .Where(c => c.Kind == ConnectionKind.Coolant && c.EquipmentId == cdu.Id)
                .Select(c => racks.FirstOrDefault(r => r.Rack.Id == c.RackId))
                .OfType<RackAnalysis>()
                .Where(r => served.Add(r.Rack.Id))
                .ToList();
            loops.Add(CoolantLoop.Solve([.. connected.Select(Demand)], Cdu(cdu), supply, coolant));
        }

        foreach (var rack in racks.Where(r => !served.Contains(r.Rack.Id) && r.LiquidHeatKw.Value > 0))
        {
            loops.Add(CoolantLoop.Solve([Demand(rack)], cdu: null, supply, coolant));
        }

        return loops;
    }

    private static LoopRack Demand(RackAnalysis rack) =>
        new(rack.Rack.Id, rack.LiquidHeatKw, rack.Rack.Frame.Setting(RackSpec.FlowRuleSetting));

    private static LoopCdu Cdu(PlacedPart cdu) =>
        new(cdu.Id,
            cdu.Setting(CoolantDistributionUnitSpec.HeatCapacitySetting),
            cdu.Setting(CoolantDistributionUnitSpec.MaxFlowSetting));
}
