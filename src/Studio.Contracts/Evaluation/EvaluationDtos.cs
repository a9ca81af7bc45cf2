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

    /// <summary>Every line the factory buys, adding up to <c>economics.capexUsd</c>; null when there is no factory to price.</summary>
    public BillOfMaterialsDto? BillOfMaterials { get; init; }

    /// <summary>The factory as laid out: one entry per hall, with its rows and what serves them.</summary>
    public IReadOnlyList<HallSummaryDto> Halls { get; init; } = [];

    /// <summary>The factory's networks as built; null when the factory places no GPUs.</summary>
    public NetworkDto? Network { get; init; }

    /// <summary>The power train as built; null when the factory draws no power.</summary>
    public PowerTrainDto? PowerTrain { get; init; }

    /// <summary>The calendar from ground-breaking to full capacity; null when the factory places no GPUs.</summary>
    public ScheduleDto? Schedule { get; init; }
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

/// <summary>The factory's bill of materials at each figure's central value.</summary>
/// <param name="TotalUsd">The sum of the lines' extended prices: equal to the capex metric's value.</param>
public sealed record BillOfMaterialsDto(IReadOnlyList<BomLineDto> Lines, double TotalUsd, double TotalLowUsd, double TotalHighUsd);

/// <summary>One line of the bill of materials: a part (or a facility item) and how many the factory buys.</summary>
/// <param name="Category">compute, network, power, cooling or facility.</param>
/// <param name="PartId">The catalog part; null for a facility line that is not a catalog part.</param>
/// <param name="Quantity">How many (or, for a facility line, how many of <paramref name="QuantityUnit"/>).</param>
/// <param name="UnitPriceUsd">Price of one unit with its range and provenance; null when the line is priced inside another (see Note).</param>
/// <param name="ExtendedUsd">Quantity × unit price at the central value; ExtendedLowUsd/HighUsd at the range's ends.</param>
/// <param name="PowerKw">Electrical load of all units of the line.</param>
/// <param name="LiquidHeatKw">Heat the line puts into liquid loops; AirHeatKw the rest, to room air.</param>
/// <param name="Where">The rows or halls the units serve, or "site".</param>
public sealed record BomLineDto(
    string Category,
    string? PartId,
    string Item,
    double Quantity,
    string QuantityUnit,
    MetricDto? UnitPriceUsd,
    double ExtendedUsd,
    double ExtendedLowUsd,
    double ExtendedHighUsd,
    double PowerKw,
    double LiquidHeatKw,
    double AirHeatKw,
    string Where,
    string Note);

/// <summary>A hall as evaluated: its rows, and the spine switches they share.</summary>
public sealed record HallSummaryDto(string HallId, string Label, int SpineSwitchCount, IReadOnlyList<RowSummaryDto> Rows);

/// <summary>A row as evaluated: the racks it places and the shared equipment sized for it.</summary>
/// <param name="CduCount">Floor CDUs serving the row, spares for its redundancy included; 0 for racks with in-rack CDUs or no liquid.</param>
public sealed record RowSummaryDto(
    string RowId,
    string Label,
    string RackDesignId,
    int RackCount,
    int GpuCount,
    double ItPowerKw,
    double LiquidHeatKw,
    int CduCount,
    string? CduPartId,
    int LeafSwitchCount,
    string? SwitchPartId);
