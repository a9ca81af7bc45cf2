using Studio.Contracts.Evaluation;
using Studio.Engine.Evaluation;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;

namespace Studio.Server.Mapping;

/// <summary>Builds POST /api/evaluate's body from the Engine's report.</summary>
internal static class ReportMapping
{
    public static EvaluationReportDto ToDto(this Report report)
    {
        var metrics = report.Metrics.Select(ToDto).ToList();
        var cited = metrics.SelectMany(m => m.Provenance.Sources).ToHashSet(StringComparer.Ordinal);
        return new EvaluationReportDto(
            EvaluationReportDto.CurrentSchemaVersion,
            metrics,
            [.. report.Diagnostics.Select(ToDto)],
            [.. report.Racks.Select(r => new RackSummaryDto(r.RackId, r.GpuCount, r.ItPowerKw, r.LiquidHeatKw, r.CoolantReturnC))],
            [.. SourceRegistry.All.Where(s => cited.Contains(s.Id)).Select(s => s.ToDto())],
            [.. report.Series.Select(s => new SeriesDto(s.Id, s.Label, s.XLabel, s.XUnit, s.YLabel, s.YUnit, [.. s.Points.Select(p => new[] { p.X, p.Y })]))]);
    }

    private static MetricDto ToDto(Metric metric) => new(
        metric.Id,
        metric.Label,
        metric.Band?.Value,
        metric.Unit,
        metric.Band?.Low,
        metric.Band?.High,
        metric.Evidence.ToDto(),
        metric.BlockedBy);

    private static DiagnosticDto ToDto(Diagnostic diagnostic) => new(
        diagnostic.Code,
        diagnostic.Severity.ToString().ToLowerInvariant(),
        diagnostic.Message,
        diagnostic.Fix,
        diagnostic.PartIds,
        diagnostic.BlockedMetricIds);
}
