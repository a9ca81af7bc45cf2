using Studio.Contracts.Evaluation;
using Studio.Engine.Evaluation;
using Studio.Engine.Models.Factory;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;

namespace Studio.Server.Mapping;

/// <summary>Builds POST /api/evaluate's body from the Engine's report.</summary>
internal static class ReportMapping
{
    public static EvaluationReportDto ToDto(this Report report)
    {
        var metrics = report.Metrics.Select(ToDto).ToList();
        var bom = report.BillOfMaterials?.ToDto();
        var cited = metrics.SelectMany(m => m.Provenance.Sources)
            .Concat(bom?.Lines.SelectMany(l => l.UnitPriceUsd?.Provenance.Sources ?? []) ?? [])
            .ToHashSet(StringComparer.Ordinal);
        return new EvaluationReportDto(
            EvaluationReportDto.CurrentSchemaVersion,
            metrics,
            [.. report.Diagnostics.Select(ToDto)],
            [.. report.Racks.Select(r => new RackSummaryDto(r.RackId, r.GpuCount, r.ItPowerKw, r.LiquidHeatKw, r.CoolantReturnC))],
            [.. SourceRegistry.All.Where(s => cited.Contains(s.Id)).Select(s => s.ToDto())],
            [.. report.Series.Select(s => new SeriesDto(s.Id, s.Label, s.XLabel, s.XUnit, s.YLabel, s.YUnit, [.. s.Points.Select(p => new[] { p.X, p.Y })]))])
        {
            BillOfMaterials = bom,
            Halls = report.Factory is { } factory ? [.. factory.Halls.Select(ToDto)] : [],
            Network = report.Factory?.ToNetworkDto(),
            PowerTrain = report.PowerTrain?.ToDto(),
            Schedule = report.Schedule?.ToDto(),
        };
    }

    private static BillOfMaterialsDto ToDto(this BillOfMaterials bom)
    {
        var total = bom.TotalUsd;
        return new BillOfMaterialsDto([.. bom.Lines.Select(ToDto)], total.Value, total.Low, total.High);
    }

    private static BomLineDto ToDto(BomLine line) => new(
        ProvenanceMapping.CamelCase(line.Category),
        line.Part?.Id ?? line.ItemId,
        line.Item,
        line.Quantity,
        line.QuantityUnit,
        line.UnitPriceUsd is { } price ? ToDto(Metric.Of("bom.unitPriceUsd", "Unit price", price)) : null,
        line.ExtendedUsd.Value,
        line.ExtendedUsd.Low,
        line.ExtendedUsd.High,
        line.PowerKw,
        line.LiquidHeatKw,
        line.AirHeatKw,
        line.Where,
        line.Note);

    private static HallSummaryDto ToDto(HallAnalysis hall) => new(
        hall.Hall.Id,
        hall.Hall.Label,
        hall.SpineSwitches,
        [.. hall.Rows.Select(r => new RowSummaryDto(
            r.Row.Id,
            r.Row.Label,
            r.Rack.Rack.Id,
            r.RackCount,
            r.GpuCount,
            r.ItPowerKw.Value,
            r.LiquidHeatKw.Value,
            r.CduCount,
            r.Cdu?.Spec.Id,
            r.LeafSwitches,
            r.Switch?.Spec.Id))]);

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
