using Studio.Contracts.Evaluation;
using Studio.Server.Mapping;

namespace Studio.Server.Comparison;

/// <summary>Engine comparison → wire DTO.</summary>
public static class ComparisonMapping
{
    public static ComparisonDto ToDto(this Engine.Evaluation.Comparison comparison, CompareRequest request) => new(
        ComparisonDto.CurrentSchemaVersion,
        request.BaselineName,
        request.BaselineKind,
        request.Baseline.Site.CoolantSupplyC,
        comparison.Design.ToDto(),
        comparison.Baseline.ToDto(),
        [.. comparison.Deltas.Select(d => new MetricDeltaDto(d.Id, d.Label, d.Unit, d.Design, d.Baseline, d.Difference, d.Ratio))],
        comparison.Waterfall is { } w
            ? new WaterfallDto(w.MetricId, w.Label, w.Unit, w.Baseline, w.Design, [.. w.Steps.Select(s => new WaterfallStepDto(s.Change, s.Delta, s.ValueAfter))])
            : null);
}
