using System.Globalization;
using Studio.Engine.Models;
using Studio.Engine.Provenance;

namespace Studio.Engine.Evaluation;

/// <summary>Metrics of the coolant loops, the whole canvas, and the factory built from it.</summary>
internal static class DesignMetrics
{
    public static IEnumerable<Metric> Thermal(DesignAnalysis design)
    {
        var loops = design.Loops.Where(l => l.RackIds.Count > 0).ToList();
        yield return Metric.Of(MetricIds.ThermalCoolantFlowLpm, "Coolant flow (all secondary loops)",
            FigureSum.Of("L/min", loops.Select(l => new SumTerm(l.Cdu?.Id ?? l.RackIds[0], l.FlowLitresPerMinute))));

        var hottest = loops.MaxBy(l => l.ReturnC.Value);
        yield return Metric.Of(MetricIds.ThermalCoolantReturnC, "Coolant return (hottest loop)",
            hottest?.ReturnC ?? Figure.User(design.Scenario.Site.CoolantSupplyC, "°C", "no heat in any loop: return equals supply"));
    }

    public static IEnumerable<Metric> Design(DesignAnalysis design, Metric rackGpus, Metric rackPower)
    {
        var scenario = design.Scenario;
        yield return Metric.Of(MetricIds.DesignRackCount, "Racks in the design",
            Figure.Derived(Band.Exact(scenario.Racks.Count), "racks", "racks on the canvas"));
        yield return Metric.Of(MetricIds.DesignGpuCount, "GPUs in the design",
            FigureSum.Of("GPUs", design.Racks.Select(r => new SumTerm(r.Rack.Label, RackMetrics.GpuCount(r)))));
        var itLoads = design.Racks.Select(r => new SumTerm(r.Rack.Label, r.ItPowerKw))
            .Concat(scenario.Equipment.Where(e => e.Spec.IsItLoad).Select(e => new SumTerm(e.Spec.Name, e.PowerKw)));
        yield return Metric.Of(MetricIds.DesignItPowerKw, "IT power of the design (racks and switches)", FigureSum.Of("kW", itLoads));

        var rackCount = Figure.User(scenario.Factory.RackCount, "racks", "factory rack count");
        yield return Metric.Of(MetricIds.FactoryGpuCount, "GPUs in the factory", Scale(rackGpus, rackCount, "GPUs", 1));
        yield return Metric.Of(MetricIds.FactoryItPowerMw, "IT power of the factory", Scale(rackPower, rackCount, "MW", 0.001));
    }

    private static Figure Scale(Metric perRack, Figure rackCount, string unit, double unitFactor)
    {
        var perRackFigure = new Figure(perRack.Band ?? Band.Zero, perRack.Unit, perRack.Evidence);
        return Figure.Derived(perRackFigure.Band * rackCount.Value * unitFactor, unit,
            string.Create(CultureInfo.InvariantCulture, $"{rackCount.Value:0} racks × {perRackFigure.Value:0.##} {perRack.Unit}"),
            perRackFigure, rackCount);
    }
}
