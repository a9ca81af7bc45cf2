using System.Globalization;
using Studio.Engine.Compute;
using Studio.Engine.Models;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Models.Power;
using Studio.Engine.Models.Schedule;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Hardware;

namespace Studio.Engine.Evaluation;

/// <summary>The Engine's one entry point: a scenario in, a report of metrics and design-rule findings out.</summary>
public sealed class ScenarioEvaluator(DesignRuleSet rules, EvaluationCompute compute)
{
    /// <summary>An evaluator without an accelerator: the same models as parallel loops (tests, tools).</summary>
    public ScenarioEvaluator(DesignRuleSet rules)
        : this(rules, EvaluationCompute.ParallelLoops)
    {
    }

    public Report Evaluate(Scenario scenario) => Evaluate(scenario, CancellationToken.None);

    /// <summary>Evaluates, giving up between stages once a newer edit has superseded this one.</summary>
    public Report Evaluate(Scenario scenario, CancellationToken cancellationToken)
    {
        var design = DesignAnalysis.Of(scenario);
        var throughput = ThroughputAnalysis.Run(design, compute);
        cancellationToken.ThrowIfCancellationRequested();
        var facility = FacilityAnalysis.Run(design, compute);
        var train = facility is null ? null : PowerTrainModel.Size(scenario.Power, scenario.Workload, facility);

        // The grid sees what the power train passes on: the training swing, less what storage smooths.
        facility = train is null || facility is null ? facility : facility with { GridPeakMw = train.GridPeakMw };
        var workhorse = DesignSystem.Workhorse(design);
        var buildOut = workhorse is null || design.Factory.ComputeRackCount == 0 ? null : AssemblyModel.Plan(workhorse, scenario.Factory);
        cancellationToken.ThrowIfCancellationRequested();
        var schedule = ScheduleModel.Plan(scenario, design.Factory, train, buildOut);
        var economics = EconomicsAnalysis.Run(design, facility, ServingRateOf(throughput), buildOut, compute, train, schedule);
        var money = EconomicsMetrics.For(economics, throughput.Series.FirstOrDefault(s => s.Id == SeriesIds.InferenceFrontier),
            throughput.Metrics.FirstOrDefault(m => m.Id == MetricIds.InferenceTokensPerSecondPerGpuAtTarget));

        IReadOnlyList<Diagnostic> findings =
        [
            .. rules.Check(design).Concat(throughput.Diagnostics).Concat(ThermalFindings(design)).Concat(money.Diagnostics)
                .Concat(train is null ? [] : PowerTrainFindings.Check(train)),
        ];

        var rackMetrics = RackMetrics.For(design).ToList();
        var metrics = rackMetrics
            .Concat(DesignMetrics.Thermal(design))
            .Concat(DesignMetrics.Design(design))
            .Concat(FacilityMetrics.Power(design, facility))
            .Concat(FacilityMetrics.Thermal(design))
            .Concat(FacilityMetrics.Plant(facility))
            .Concat(FacilityMetrics.Assembly(buildOut))
            .Concat(PowerTrainMetrics.Of(train, economics))
            .Concat(PowerTrainMetrics.Schedule(schedule))
            .Concat(throughput.Metrics)
            .Concat(money.Metrics)
            .Select(m => Block(m, findings))
            .ToList();
        var reported = MetricDependencies.Propagate(metrics);

        // The no-load finding is read off the final metrics, so it names every metric withheld for it.
        IReadOnlyList<Diagnostic> diagnostics =
        [
            .. findings.Concat(FacilityMetrics.NoLoadFinding(design, reported)).OrderByDescending(d => d.Severity),
        ];

        var racks = design.Racks.Select(r => new RackSummary(
            r.Rack.Id,
            r.GpuCount,
            r.ItPowerKw.Value,
            r.LiquidHeatKw.Value,
            design.LoopOf(r.Rack.Id)?.ReturnC.Value)).ToList();
        return new Report(reported, racks, diagnostics)
        {
            Series = [.. throughput.Series, .. FacilityMetrics.Series(design, facility, buildOut), .. money.Series],
            Factory = design.Factory,
            BillOfMaterials = economics?.BillOfMaterials,
            PowerTrain = train,
            Schedule = schedule,
        };
    }

    /// <summary>The serving point the economics price: the operating point at the target, when there is one.</summary>
    public static ServingRate? ServingRateOf(ThroughputReport throughput)
    {
        var atTarget = throughput.Metrics.FirstOrDefault(m => m.Id == MetricIds.InferenceTokensPerSecondPerGpuAtTarget);
        if (atTarget?.Band is not { } band || band.Value <= 0)
        {
            return null;
        }

        var share = throughput.Metrics.FirstOrDefault(m => m.Id == MetricIds.InferencePrefillGpuShare);
        return new ServingRate(
            new Figure(band, atTarget.Unit, atTarget.Evidence),
            share?.Band is { } s ? new Figure(s, share.Unit, share.Evidence) : null);
    }

    /// <summary>A GPU that must throttle is worth a finding of its own: it costs throughput the user may not expect.</summary>
    private static IEnumerable<Diagnostic> ThermalFindings(DesignAnalysis design)
    {
        foreach (var plate in design.ColdPlates)
        {
            var label = design.Racks.First(r => r.Rack.Id == plate.RackId).Rack.Label;
            if (plate.ThrottleFraction.Value > 0)
            {
                yield return Diagnostic.Warning("thermal.throttling",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{label}: the hottest GPU would reach {plate.CaseC.Value:0.#} °C at {plate.GpuPowerKw.Value:0.##} kW with coolant at {plate.CoolantAtGpuC.Value:0.#} °C, so it gives up {plate.ThrottleFraction.Value:P0} of its power and compute."),
                    "Lower the coolant supply temperature, raise the coolant flow per kW, or lower the GPU power limit.", plate.RackId);
            }
            else if (plate.ThrottleFraction.High > 0)
            {
                yield return Diagnostic.Info("thermal.throttleRisk",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{label}: at the pessimistic end of the cold-plate and power ranges the hottest GPU would throttle by up to {plate.ThrottleFraction.High:P0}; the throughput bands include it."),
                    "Confirm the cold plate's resistance and the GPU's case limit with the vendor.", plate.RackId);
            }
        }
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
