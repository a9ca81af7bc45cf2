using System.Globalization;
using Studio.Engine.Models;
using Studio.Engine.Models.Factory;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

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

    public static IEnumerable<Metric> Design(DesignAnalysis design)
    {
        var scenario = design.Scenario;
        yield return Metric.Of(MetricIds.DesignRackCount, "Racks in the design",
            Figure.Derived(Band.Exact(scenario.Racks.Count), "racks", "racks on the canvas"));
        yield return Metric.Of(MetricIds.DesignGpuCount, "GPUs in the design",
            FigureSum.Of("GPUs", design.Racks.Select(r => new SumTerm(r.Rack.Label, RackMetrics.GpuCount(r)))));
        var itLoads = design.Racks.Select(r => new SumTerm(r.Rack.Label, r.ItPowerKw))
            .Concat(scenario.Equipment.Where(e => e.Spec.IsItLoad).Select(e => new SumTerm(e.Spec.Name, e.PowerKw)));
        yield return Metric.Of(MetricIds.DesignItPowerKw, "IT power of the design (racks and switches)", FigureSum.Of("kW", itLoads));

        foreach (var metric in Factory(design).Concat(NetworkMetrics.Of(design)))
        {
            yield return metric;
        }
    }

    /// <summary>The factory as laid out: counts summed over its rows, each row's racks taken from its design's analysis.</summary>
    public static IEnumerable<Metric> Factory(DesignAnalysis design)
    {
        var factory = design.Factory;
        var rows = factory.Rows.Where(r => r.RackCount > 0).ToList();
        string Rows(Func<RowAnalysis, string> term) =>
            rows.Count == 0 ? "no racks laid out" : string.Join(" + ", rows.Take(6).Select(term)) + (rows.Count > 6 ? string.Create(CultureInfo.InvariantCulture, $" + {rows.Count - 6} more rows") : "");
        Figure Count(double value, string unit, string note) => new(Band.Exact(value), unit, new Evidence(EvidenceKind.Derived, [], note));

        yield return Metric.Of(MetricIds.FactoryRackCount, "Racks in the factory",
            Count(factory.RackCount, "racks", Rows(r => string.Create(CultureInfo.InvariantCulture, $"{r.RackCount:N0} in {r.Row.Label}"))));
        yield return Metric.Of(MetricIds.FactoryRowCount, "Rows in the factory",
            Count(factory.Rows.Count(), "rows", string.Create(CultureInfo.InvariantCulture, $"{Plural(factory.Rows.Count(), "row")} in {Plural(factory.Halls.Count, "hall")}")));
        yield return Metric.Of(MetricIds.FactoryGpuCount, "GPUs in the factory",
            Count(factory.GpuCount, "GPUs", Rows(r => string.Create(CultureInfo.InvariantCulture, $"{r.RackCount:N0} × {r.Rack.GpuCount} GPUs ({r.Row.Label})"))));
        yield return Metric.Of(MetricIds.FactoryItPowerMw, "IT power of the factory (racks and switches)",
            Figure.Derived(factory.ItPowerKw.Band / 1000, "MW", factory.ItPowerKw.Evidence.Note + ", kW / 1000", factory.ItPowerKw));
        yield return Metric.Of(MetricIds.FactoryCduCount, "Row CDUs (spares included)",
            Count(factory.CduCount, "CDUs", rows.All(r => r.Cdu is null) ? "no row needs a floor CDU"
                : Rows(r => string.Create(CultureInfo.InvariantCulture, $"{r.CduCount} in {r.Row.Label} ({(r.Row.CduCount is null ? $"{r.CdusNeeded} + {r.Row.CduRedundancy.Label()}" : "placed")})"))));
        yield return Metric.Of(MetricIds.FactoryLeafSwitchCount, "Leaf switches",
            Count(factory.LeafSwitches, "switches", Rows(r => string.Create(CultureInfo.InvariantCulture, $"{r.LeafSwitches} for {r.NicPorts:N0} NIC ports ({r.Row.Label})"))
                + "; scale-out leaves of every plane"));
        yield return Metric.Of(MetricIds.FactorySpineSwitchCount, "Spine and core switches",
            Count(factory.Network.ScaleOut?.Tiers.Skip(1).Sum(t => t.Switches) ?? 0, "switches",
                string.Join(" + ", factory.Halls.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.SpineSwitches} in {h.Hall.Label}")))
                + "; with the network room's spines and cores, every scale-out switch above the leaves"));
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
