using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput;

namespace Studio.Engine.Evaluation;

/// <summary>The Engine's one entry point: a scenario in, a report of metrics and design-rule findings out.</summary>
public sealed class ScenarioEvaluator(DesignRuleSet rules)
{
    public Report Evaluate(Scenario scenario)
    {
        var design = DesignAnalysis.Of(scenario);
        var throughput = ThroughputAnalysis.Run(design);
        IReadOnlyList<Diagnostic> diagnostics = [.. rules.Check(design).Concat(throughput.Diagnostics).OrderByDescending(d => d.Severity)];

        var rackMetrics = RackMetrics.For(design).ToList();
        var metrics = rackMetrics
            .Concat(DesignMetrics.Thermal(design))
            .Concat(DesignMetrics.Design(design,
                rackMetrics.Single(m => m.Id == MetricIds.RackGpuCount),
                rackMetrics.Single(m => m.Id == MetricIds.RackItPowerKw)))
            .Concat(throughput.Metrics)
            .Select(m => Block(m, diagnostics))
            .ToList();

        var racks = design.Racks.Select(r => new RackSummary(
            r.Rack.Id,
            r.GpuCount,
            r.ItPowerKw.Value,
            r.LiquidHeatKw.Value,
            design.LoopOf(r.Rack.Id)?.ReturnC.Value)).ToList();
        return new Report(metrics, racks, diagnostics) { Series = throughput.Series };
    }

    /// <summary>An error withholds the metrics it names; every other metric is still reported.</summary>
    private static Metric Block(Metric metric, IReadOnlyList<Diagnostic> diagnostics)
    {
        var blockers = diagnostics
            .Where(d => d.Severity == Severity.Error && d.BlockedMetricIds.Contains(metric.Id))
            .Select(d => d.Code)
            .Distinct()
            .ToList();
        return blockers.Count == 0 || metric.Band is null ? metric : metric with { Band = null, BlockedBy = blockers };
    }
}
