using Studio.Contracts.Catalog;

namespace Studio.Contracts.Evaluation;

/// <summary>POST /api/evaluate: what the design delivers, and what is wrong with it.</summary>
public sealed record EvaluationReportDto(
    int SchemaVersion,
    IReadOnlyList<MetricDto> Metrics,
    IReadOnlyList<DiagnosticDto> Diagnostics,
    IReadOnlyList<RackSummaryDto> Racks,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<SeriesDto> Series)
{
    public const int CurrentSchemaVersion = 1;
}

/// <summary>One metric. Value, low and high are null when an error in the design withholds it (see blockedBy).</summary>
public sealed record MetricDto(
    string Id,
    string Label,
    double? Value,
    string Unit,
    double? Low,
    double? High,
    ProvenanceDto Provenance,
    IReadOnlyList<string> BlockedBy);

/// <summary>A design-rule finding.</summary>
/// <param name="Severity">error, warning or info.</param>
/// <param name="PartIds">Parts, racks or equipment it is about.</param>
public sealed record DiagnosticDto(
    string Code,
    string Severity,
    string Message,
    string Fix,
    IReadOnlyList<string> PartIds,
    IReadOnlyList<string> BlockedMetrics);

public sealed record RackSummaryDto(string RackId, int GpuCount, double ItPowerKw, double LiquidHeatKw, double? CoolantReturnC);

/// <summary>A curve for the charts: [x, y] points in the units the axes name.</summary>
public sealed record SeriesDto(string Id, string Label, string XLabel, string XUnit, string YLabel, string YUnit, IReadOnlyList<double[]> Points);
