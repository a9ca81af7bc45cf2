namespace Studio.Contracts.Evaluation;

/// <summary>
/// POST /api/compare: the design and a baseline evaluated side by side, each metric's difference and ratio, and,
/// when asked for, a waterfall that splits one metric's difference into the contributions of each changed input.
/// </summary>
/// <param name="BaselineKind">"template" (a reference design run with the design's site and workload) or "scenario".</param>
/// <param name="BaselineSupplyC">The coolant supply the baseline ran at (a template runs at its own generation's).</param>
public sealed record ComparisonDto(
    int SchemaVersion,
    string BaselineName,
    string BaselineKind,
    double BaselineSupplyC,
    EvaluationReportDto Design,
    EvaluationReportDto Baseline,
    IReadOnlyList<MetricDeltaDto> Deltas,
    WaterfallDto? Waterfall)
{
    public const int CurrentSchemaVersion = 1;
}

/// <summary>One metric of both reports. Difference = design − baseline; ratio = design / baseline (null at zero or withheld).</summary>
public sealed record MetricDeltaDto(string Id, string Label, string Unit, double? Design, double? Baseline, double? Difference, double? Ratio);

/// <summary>From the baseline's value to the design's, one changed input at a time, in a fixed order.</summary>
public sealed record WaterfallDto(string MetricId, string Label, string Unit, double? Baseline, double? Design, IReadOnlyList<WaterfallStepDto> Steps);

/// <summary>One changed input: how much it moved the metric, and the value after it. Null when the metric is withheld there.</summary>
public sealed record WaterfallStepDto(string Change, double? Delta, double? ValueAfter);
