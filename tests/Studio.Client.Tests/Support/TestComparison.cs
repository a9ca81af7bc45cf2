using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;
using Studio.Engine.Evaluation;

namespace Studio.Client.Tests.Support;

/// <summary>
/// Hand-made comparisons with known points for the chart tests, shaped like the Server's POST /api/compare. Every
/// curve scales with <c>scale</c> (the fake API derives it from the design's trays), so tests can watch the charts
/// follow an edit. The numbers are fixtures, not hardware data.
/// </summary>
internal static class TestComparison
{
    public const string BaselineName = "GB200 NVL72 reference design";
    public const double BaselineSupplyC = 25;
    public const string FrontierNote = "Pareto frontier at the target";

    public static SourceDto[] Sources { get; } =
    [
        new("S5", "Vera Rubin NVL72 platform overview", "https://www.nvidia.com/en-us/data-center/vera-rubin/"),
        new("S17", "Vera Rubin Max-Q reference design", "OCP 2025 presentation"),
    ];

    /// <summary>Design at <paramref name="designScale"/>, GB200 baseline at half of it, and a two-step waterfall of cost per token.</summary>
    public static ComparisonDto Build(double designScale = 1, double baselineScale = 0.5, string baselineName = BaselineName,
        double baselineSupplyC = BaselineSupplyC, string? explain = MetricIds.EconomicsCostPerMillionTokensUsd)
    {
        var design = Report(designScale);
        var baseline = Report(baselineScale);
        return Compare(design, baseline, baselineName, "template", baselineSupplyC, explain);
    }

    public static ComparisonDto Compare(EvaluationReportDto design, EvaluationReportDto baseline, string baselineName, string kind,
        double baselineSupplyC, string? explain)
    {
        var deltas = design.Metrics.Select(m =>
        {
            var b = baseline.Metrics.FirstOrDefault(x => x.Id == m.Id)?.Value;
            return new MetricDeltaDto(m.Id, m.Label, m.Unit, m.Value, b, m.Value - b, m.Value is { } d && b is { } bv && bv != 0 ? d / bv : null);
        }).ToList();
        return new ComparisonDto(ComparisonDto.CurrentSchemaVersion, baselineName, kind, baselineSupplyC, design, baseline, deltas,
            explain is null ? null : Waterfall(deltas.FirstOrDefault(d => d.Id == explain)));
    }

    /// <summary>Two steps: the hardware takes three quarters of the difference, electricity the rest.</summary>
    private static WaterfallDto? Waterfall(MetricDeltaDto? delta)
    {
        if (delta is null)
        {
            return null;
        }

        if (delta.Design is not { } design || delta.Baseline is not { } baseline)
        {
            return new WaterfallDto(delta.Id, delta.Label, delta.Unit, delta.Baseline, delta.Design, []);
        }

        var hardware = (design - baseline) * 0.75;
        return new WaterfallDto(delta.Id, delta.Label, delta.Unit, baseline, design,
        [
            new WaterfallStepDto("Racks, equipment and connections", hardware, baseline + hardware),
            new WaterfallStepDto("Electricity price", design - baseline - hardware, design),
        ]);
    }

    public static EvaluationReportDto Report(double scale)
    {
        MetricDto[] metrics =
        [
            Metric(MetricIds.InferenceTokensPerSecondPerGpuAtTarget, "Output tokens/s per GPU at the target", 600 * scale, "tokens/s", 0.8, 1.2,
                new ProvenanceDto("derived", "estimate", ["S5", "S17"], FrontierNote)),
            Metric(MetricIds.EconomicsCostPerMillionTokensUsd, "Cost per million output tokens", 3 / scale, "USD/M tokens", 0.9, 1.3,
                new ProvenanceDto("derived", "estimate", ["S17"], "Annual cost / tokens a year")),
            Metric(MetricIds.EconomicsCostPerMillionInputTokensUsd, "Cost per million input tokens", 0.5 / scale, "USD/M tokens", 0.9, 1.3,
                new ProvenanceDto("derived", "estimate", ["S17"], null)),
            Metric(MetricIds.TrainingTimeToTrainDays, "Days to train", 55 / scale, "days", 0.9, 1.1, new ProvenanceDto("derived", "vendor", ["S5"], null)),
            Metric(MetricIds.TrainingGpusForTargetDays, "GPUs to train in the target days", 4000 / scale, "GPUs", 1, 1,
                new ProvenanceDto("derived", "vendor", ["S5"], "Fewest GPUs that meet the deadline")),
            Metric(MetricIds.ThermalMaxGpuC, "Hottest GPU case", 80, "°C", 0.95, 1.05, new ProvenanceDto("estimate", null, ["S17"], "Cold-plate resistance")),
            Metric(MetricIds.ThermalCoolantReturnC, "Coolant return", 55, "°C", 1, 1, new ProvenanceDto("derived", "estimate", ["S17"], null)),
            Metric(MetricIds.FacilityChillerHoursPerYear, "Chiller-trim hours a year", 300 * scale, "h", 0.8, 1.2, new ProvenanceDto("estimate", null, [], null)),
            Metric(MetricIds.PowerItKwPerRack, "IT draw per factory rack", 130 * scale, "kW", 0.9, 1.1, new ProvenanceDto("derived", "vendor", ["S5"], "Σ trays")),
            Metric(MetricIds.PowerCoolingKwPerRack, "Cooling draw per factory rack", 10, "kW", 0.8, 1.2, new ProvenanceDto("estimate", null, [], null)),
            Metric(MetricIds.PowerPumpsKwPerRack, "CDU pumps per factory rack", 2, "kW", 0.8, 1.2, new ProvenanceDto("estimate", null, [], null)),
            Metric(MetricIds.PowerLossesKwPerRack, "Distribution losses per factory rack", 8, "kW", 0.8, 1.2, new ProvenanceDto("estimate", null, [], null)),
            Metric(MetricIds.AssemblyFactoryBuildOutDays, "Days to full capacity", 90, "days", 0.8, 1.3, new ProvenanceDto("estimate", null, [], null)),
            Metric(MetricIds.EconomicsPaybackYears, "Payback period", 2.5 / scale, "years", 0.8, 1.4, new ProvenanceDto("derived", "estimate", ["S17"], null)),
        ];
        SeriesDto[] series =
        [
            Series(SeriesIds.InferenceFrontier, "Tokens/s per user", "tokens/s", "Output tokens/s per GPU", "tokens/s", [[10, 1000 * scale], [50, 600 * scale], [100, 300 * scale]]),
            Series(SeriesIds.InferenceFrontierLow, "Tokens/s per user", "tokens/s", "Output tokens/s per GPU", "tokens/s", [[10, 800 * scale], [50, 480 * scale], [100, 240 * scale]]),
            Series(SeriesIds.InferenceFrontierHigh, "Tokens/s per user", "tokens/s", "Output tokens/s per GPU", "tokens/s", [[10, 1200 * scale], [50, 720 * scale], [100, 360 * scale]]),
            Series(SeriesIds.CostVsInteractivity, "Tokens/s per user", "tokens/s", "Cost per million output tokens", "USD/M tokens", [[10, 1.8 / scale], [50, 3 / scale], [100, 6 / scale]]),
            Series(SeriesIds.InputCostVsInteractivity, "Tokens/s per user", "tokens/s", "Cost per million input tokens", "USD/M tokens", [[10, 0.3 / scale], [50, 0.5 / scale], [100, 1 / scale]]),
            Series(SeriesIds.TrainingTimeVsGpus, "GPUs", "GPUs", "Days to train", "days", [[1000, 220 / scale], [4000, 55 / scale], [16000, 14 / scale]]),
            Series(SeriesIds.GpuCaseVsSupply, "Coolant supply", "°C", "GPU case", "°C", [[20, 55], [40, 75], [55, 87]]),
            Series(SeriesIds.ReturnVsSupply, "Coolant supply", "°C", "Coolant return", "°C", [[20, 30], [40, 50], [55, 65]]),
            Series(SeriesIds.ChillerHoursByMonth, "Month", "month", "Chiller hours", "h",
                [.. Enumerable.Range(1, 12).Select(m => new double[] { m, m is >= 6 and <= 8 ? 100 * scale : 0 })]),
            Series(SeriesIds.BuildOutTimeline, "Days since the first tray", "days", "Racks online", "racks", [[0, 0], [30, 10], [60, 50], [90, 100]]),
            Series(SeriesIds.CumulativeCash, "Year", "years", "Cumulative cash", "USD", [[0, -1e9], [1, -4e8 * scale], [2, 2e8 * scale]]),
            Series(SeriesIds.CumulativeCashLow, "Year", "years", "Cumulative cash", "USD", [[0, -1.2e9], [1, -7e8 * scale], [2, -2e8 * scale]]),
            Series(SeriesIds.CumulativeCashHigh, "Year", "years", "Cumulative cash", "USD", [[0, -0.9e9], [1, -1e8 * scale], [2, 6e8 * scale]]),
        ];
        return new EvaluationReportDto(EvaluationReportDto.CurrentSchemaVersion, metrics, [], [], Sources, series) { BillOfMaterials = Bill(scale) };
    }

    /// <summary>
    /// A bill of materials of every category at <paramref name="scale"/>: compute 40 M$ (two lines), network 3 M$,
    /// power 1 M$, cooling 2 M$ plus a line priced within the facility, and the facility 50 M$; each ±10 %.
    /// </summary>
    public static BillOfMaterialsDto Bill(double scale)
    {
        BomLineDto Line(string category, string? partId, string item, double quantity, double unitUsd) =>
            new(category, partId, item, quantity, "units",
                new MetricDto("bom.unitPriceUsd", "Unit price", unitUsd, "USD", unitUsd * 9 / 10, unitUsd * 11 / 10, new ProvenanceDto("estimate", null, ["S17"], null), []),
                quantity * unitUsd, quantity * (unitUsd * 9 / 10), quantity * (unitUsd * 11 / 10), 0, 0, 0, "Row 1", "");
        BomLineDto[] lines =
        [
            Line("compute", "vr.compute-tray", "Vera Rubin compute tray", 80 * scale, 400_000),
            Line("compute", "vr.rack", "Vera Rubin NVL72 rack", 50 * scale, 160_000),
            Line("network", "vr.spectrum-x-photonics", "Spectrum-X Photonics switch (leaf)", 30 * scale, 100_000),
            Line("power", "vr.power-shelf", "Vera Rubin power shelf (110 kW)", 40 * scale, 25_000),
            Line("cooling", "vr.cdu-in-row", "In-row CDU (2 MW)", 8 * scale, 250_000),
            new("cooling", null, "Heat rejection, design-day capacity", 5 * scale, "MW", null, 0, 0, 0, 0, 0, 0, "site", "priced within the facility line"),
            Line("facility", null, "Facility", 5 * scale, 10_000_000),
        ];
        return new BillOfMaterialsDto(lines, lines.Sum(l => l.ExtendedUsd), lines.Sum(l => l.ExtendedLowUsd), lines.Sum(l => l.ExtendedHighUsd));
    }

    private static MetricDto Metric(string id, string label, double value, string unit, double low, double high, ProvenanceDto provenance) =>
        new(id, label, value, unit, value * low, value * high, provenance, []);

    private static SeriesDto Series(string id, string xLabel, string xUnit, string yLabel, string yUnit, double[][] points) =>
        new(id, id, xLabel, xUnit, yLabel, yUnit, points);
}
