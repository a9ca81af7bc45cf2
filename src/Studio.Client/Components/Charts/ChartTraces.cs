using Studio.Client.Components.BillOfMaterials;
using Studio.Contracts.Evaluation;
using Studio.Engine.Evaluation;

namespace Studio.Client.Components.Charts;

/// <summary>
/// Builds each chart's traces from a comparison: pure functions of the server's answer and the scenario's targets,
/// so what every chart shows is tested without a browser. Design and baseline keep one colour each across charts;
/// bands of uncertainty are a low edge and a high edge filled between them.
/// </summary>
public static partial class ChartTraces
{
    public const string DesignColor = "#76b900";
    public const string BaselineColor = "#3aa6ff";
    public const string ReferenceColor = "#9aa7b4";
    public const string DesignName = "Design";

    private const string DesignFill = "rgba(118, 185, 0, 0.18)";
    private const string BaselineFill = "rgba(58, 166, 255, 0.18)";

    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The power breakdown's parts: metric id, legend name, colour.</summary>
    private static readonly (string Id, string Name, string Color)[] s_powerParts =
    [
        (MetricIds.PowerItKwPerRack, "IT", DesignColor),
        (MetricIds.PowerCoolingKwPerRack, "Cooling", "#26c6da"),
        (MetricIds.PowerPumpsKwPerRack, "Pumps", "#b68cff"),
        (MetricIds.PowerLossesKwPerRack, "Losses", "#ffb300"),
    ];

    /// <summary>One side of the comparison: its name in legends, its report and its colours.</summary>
    private sealed record Side(string Name, EvaluationReportDto Report, string Color, string Fill, bool IsDesign)
    {
        public MetricDto? Metric(string id) => Report.Metrics.FirstOrDefault(m => m.Id == id);

        public SeriesDto? Series(string id) => Report.Series.FirstOrDefault(s => s.Id == id && s.Points.Count > 0);

        public string Provenance(string metricId) => HoverText.Provenance(Metric(metricId), Report.Sources);
    }

    /// <summary>Tokens/s per GPU against tokens/s per user, with its band, the operating points and the target.</summary>
    public static ChartFigure Frontier(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        foreach (var side in sides)
        {
            AddBand(traces, side, SeriesIds.InferenceFrontierLow, SeriesIds.InferenceFrontierHigh, MetricIds.InferenceTokensPerSecondPerGpuAtTarget,
                "%{x:,.4~g} tokens/s per user", "%{y:,.4~g} output tokens/s per GPU");
        }

        foreach (var side in sides)
        {
            AddLine(traces, side, SeriesIds.InferenceFrontier, side.Name, MetricIds.InferenceTokensPerSecondPerGpuAtTarget,
                "%{x:,.4~g} tokens/s per user", "%{y:,.4~g} output tokens/s per GPU");
        }

        foreach (var side in sides)
        {
            var target = side.IsDesign ? context.TargetTokensPerSecondPerUser : context.BaselineTargetTokensPerSecondPerUser;
            AddOperatingPoint(traces, side, MetricIds.InferenceTokensPerSecondPerGpuAtTarget, target, $"{side.Name} at the target");
        }

        var series = AxisSource(sides, SeriesIds.InferenceFrontier);
        return new ChartFigure("frontier", "Inference frontier",
            [new ChartPanel("", Axis(series?.XLabel, series?.XUnit, "Tokens/s per user"), Axis(series?.YLabel, series?.YUnit, "Output tokens/s per GPU"))],
            traces)
        {
            Lines = TargetLines(context.TargetTokensPerSecondPerUser, context.BaselineTargetTokensPerSecondPerUser, "tokens/s per user"),
            EmptyNote = "No serving frontier: the design (and the baseline) serve no model. Add compute trays, or see the findings.",
        };
    }

    /// <summary>Cost per million output and input tokens along each frontier; output solid, input dashed.</summary>
    public static ChartFigure Cost(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        foreach (var side in sides)
        {
            AddLine(traces, side, SeriesIds.CostVsInteractivity, $"{side.Name} output", MetricIds.EconomicsCostPerMillionTokensUsd,
                "%{x:,.4~g} tokens/s per user", "%{y:$,.4~g} per million output tokens");
            AddLine(traces, side, SeriesIds.InputCostVsInteractivity, $"{side.Name} input", MetricIds.EconomicsCostPerMillionInputTokensUsd,
                "%{x:,.4~g} tokens/s per user", "%{y:$,.4~g} per million input tokens", dash: "dash");
        }

        foreach (var side in sides)
        {
            var target = side.IsDesign ? context.TargetTokensPerSecondPerUser : context.BaselineTargetTokensPerSecondPerUser;
            AddOperatingPoint(traces, side, MetricIds.EconomicsCostPerMillionTokensUsd, target, $"{side.Name} output cost at the target");
        }

        return new ChartFigure("cost", "Cost per million tokens",
            [new ChartPanel("", "Tokens/s per user", "USD per million tokens", LogY: true) { YFormat = "$.2~g" }], traces)
        {
            Lines = TargetLines(context.TargetTokensPerSecondPerUser, context.BaselineTargetTokensPerSecondPerUser, "tokens/s per user"),
            EmptyNote = "No token cost: it needs a serving frontier and the economics (see the findings).",
        };
    }

    /// <summary>
    /// Capex by bill-of-materials category, stacked, for each side that has a bill of materials: one trace per
    /// category, so a legend click hides one category on both bars. A side without one (no factory laid out) is left
    /// out and the title says so.
    /// </summary>
    public static ChartFigure CapexByCategory(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context).Where(s => s.Report.BillOfMaterials is { Lines.Count: > 0 }).ToList();
        var categories = BomCategories.InOrder(sides.SelectMany(s => s.Report.BillOfMaterials!.Lines.Select(l => l.Category)));
        var x = sides.Select(s => (object)(s.IsDesign ? DesignName : "Baseline")).ToList();
        var traces = new List<ChartTrace>();
        foreach (var category in categories)
        {
            var name = BomCategories.Name(category);
            var lines = sides.Select(s => s.Report.BillOfMaterials!.Lines.Where(l => l.Category == category).ToList()).ToList();
            traces.Add(new ChartTrace(name, TraceKind.Bar, x, [.. lines.Select(l => (double?)l.Sum(b => b.ExtendedUsd))], "")
            {
                Color = BomCategories.Color(category),
                LegendGroup = name,
                Ranges = [.. lines.Select(l => ((double Low, double High)?)(l.Sum(b => b.ExtendedLowUsd), l.Sum(b => b.ExtendedHighUsd)))],
                PointHovers = [.. sides.Select((side, i) => CapexHover(side, name, lines[i]))],
            });
        }

        var missing = Sides(comparison, context).Where(s => !sides.Contains(s)).Select(s => s.Name).ToList();
        var title = missing.Count is 0 or 2 ? "Capex by category" : $"Capex by category ({missing[0]}: no bill of materials)";
        return new ChartFigure("capex", title, [new ChartPanel("", "", "Capex (USD)")], traces)
        {
            Bars = BarLayout.Stacked,
            EmptyNote = "No bill of materials: neither the design nor the baseline lays out a factory with racks.",
        };
    }

    /// <summary>A category's share of one side's capex: the sum, its range, its share of the total and its biggest line.</summary>
    private static string CapexHover(Side side, string category, IReadOnlyList<BomLineDto> lines)
    {
        var bill = side.Report.BillOfMaterials!;
        var sum = lines.Sum(l => l.ExtendedUsd);
        var band = Shared.Format.Band(lines.Sum(l => l.ExtendedLowUsd), lines.Sum(l => l.ExtendedHighUsd), sum);
        var share = bill.TotalUsd > 0 ? $"{HoverText.Number(100 * sum / bill.TotalUsd)}% of {HoverText.Number(bill.TotalUsd)} USD capex" : "";
        var biggest = lines.MaxBy(l => l.ExtendedUsd) is { ExtendedUsd: > 0 } top ? $"largest: {HoverText.Escape(top.Item)}" : "";
        return HoverText.Template($"{category}, {side.Name}", category,
            $"{HoverText.Number(sum)} USD{(band.Length > 0 ? $" ({HoverText.Escape(band)})" : "")}", share,
            $"{lines.Count} line{(lines.Count == 1 ? "" : "s")}", biggest);
    }

    /// <summary>Days to train against GPUs, the deadline, and the fewest GPUs each needs to meet it.</summary>
    public static ChartFigure Training(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        foreach (var side in sides)
        {
            AddLine(traces, side, SeriesIds.TrainingTimeVsGpus, side.Name, MetricIds.TrainingTimeToTrainDays, "%{x:,.0f} GPUs", "%{y:,.4~g} days to train");
        }

        foreach (var side in sides)
        {
            var days = side.IsDesign ? context.TargetDays : context.BaselineTargetDays;
            var metric = side.Metric(MetricIds.TrainingGpusForTargetDays);
            if (metric?.Value is { } gpus)
            {
                var name = $"{side.Name} GPUs for {HoverText.Number(days)} days";
                traces.Add(new ChartTrace(name, TraceKind.Markers, [gpus], [days],
                    HoverText.Template(name, side.Name, HoverText.Value(metric), side.Provenance(MetricIds.TrainingGpusForTargetDays)))
                {
                    Color = side.Color,
                    LegendGroup = side.Name,
                    ShowLegend = false,
                });
            }
        }

        var series = AxisSource(sides, SeriesIds.TrainingTimeVsGpus);
        var logX = traces.Where(t => t.Kind == TraceKind.Line).SelectMany(t => t.X).OfType<double>().Where(x => x > 0).ToList() is { Count: > 0 } xs
            && xs.Max() / xs.Min() > 10;
        var lines = new List<ReferenceLine> { new(context.TargetDays, $"target {HoverText.Number(context.TargetDays)} days", ReferenceColor, Horizontal: true) };
        if (context.BaselineTargetDays != context.TargetDays)
        {
            lines.Add(new ReferenceLine(context.BaselineTargetDays, $"baseline target {HoverText.Number(context.BaselineTargetDays)} days", BaselineColor, Horizontal: true));
        }

        return new ChartFigure("training", "Training: time to train against GPUs",
            [new ChartPanel("", Axis(series?.XLabel, series?.XUnit, "GPUs"), Axis(series?.YLabel, series?.YUnit, "Days to train"), LogX: logX)], traces)
        {
            Lines = lines,
            EmptyNote = "No training study: the design has no GPUs, or the study is withheld (see the findings).",
        };
    }

    /// <summary>The hottest GPU case and the coolant return against supply temperature, with each side's supply marked.</summary>
    public static ChartFigure Thermal(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        foreach (var side in sides)
        {
            AddLine(traces, side, SeriesIds.GpuCaseVsSupply, $"{side.Name} GPU case", MetricIds.ThermalMaxGpuC,
                "%{x:.0f} °C supply", "%{y:.1f} °C GPU case");
            AddLine(traces, side, SeriesIds.ReturnVsSupply, $"{side.Name} coolant return", MetricIds.ThermalCoolantReturnC,
                "%{x:.0f} °C supply", "%{y:.1f} °C return", dash: "dash");
        }

        var lines = new List<ReferenceLine> { new(context.SupplyC, $"design supply {HoverText.Number(context.SupplyC)} °C", DesignColor) };
        if (comparison.BaselineSupplyC != context.SupplyC)
        {
            lines.Add(new ReferenceLine(comparison.BaselineSupplyC, $"baseline supply {HoverText.Number(comparison.BaselineSupplyC)} °C", BaselineColor));
        }

        return new ChartFigure("thermal", "GPU and coolant return against supply temperature",
            [new ChartPanel("", "Coolant supply (°C)", "Temperature (°C)")], traces)
        {
            Lines = lines,
            EmptyNote = "No thermal sweep: it needs a rack with compute trays on a coolant loop.",
        };
    }

    /// <summary>Hours a month the site's chillers trim the heat rejection, both sides as grouped bars.</summary>
    public static ChartFigure ChillerHours(ComparisonDto comparison, ChartContext context)
    {
        var traces = new List<ChartTrace>();
        foreach (var side in Sides(comparison, context))
        {
            if (side.Series(SeriesIds.ChillerHoursByMonth) is not { } series)
            {
                continue;
            }

            var months = series.Points.Select(p => (object)MonthName(p[0])).ToList();
            traces.Add(new ChartTrace(side.Name, TraceKind.Bar, months, Ys(series),
                HoverText.Template(side.Name, side.Name, "%{x}: %{y:,.0f} chiller hours", side.Provenance(MetricIds.FacilityChillerHoursPerYear)))
            {
                Color = side.Color,
                LegendGroup = side.Name,
            });
        }

        return new ChartFigure("chiller", "Chiller-trim hours by month at the site",
            [new ChartPanel("", "Month", "Chiller-trim hours")], traces)
        {
            EmptyNote = "No heat-rejection year: it needs a design with load on a coolant loop.",
        };
    }

    /// <summary>
    /// IT, cooling, pumps and losses stacked, per factory rack and per MW of facility power. Per MW divides each part
    /// by their sum (the facility's draw per rack), so each bar shows where a megawatt goes.
    /// </summary>
    public static ChartFigure Power(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var categories = sides.Select(s => (object)(s.IsDesign ? DesignName : "Baseline")).ToList();
        var totals = sides.Select(FacilityKwPerRack).ToList();

        var traces = new List<ChartTrace>();
        foreach (var (id, name, color) in s_powerParts)
        {
            var perRack = sides.Select(s => s.Metric(id)?.Value).ToList();
            if (perRack.All(v => v is null))
            {
                continue;
            }

            var perMw = perRack.Select((kw, i) => kw is { } value && totals[i] is { } total && total > 0 ? value / total * 1000 : (double?)null).ToList();
            var rackHovers = sides.Select(s => HoverText.Template($"{name}, {s.Name}", name,
                $"{HoverText.Value(s.Metric(id))} per rack", s.Provenance(id))).ToList();
            var mwHovers = sides.Select(s => HoverText.Template($"{name}, {s.Name}", name,
                "%{y:,.0f} kW per MW of facility power", s.Provenance(id))).ToList();
            traces.Add(new ChartTrace(name, TraceKind.Bar, categories, perRack, "")
            {
                Color = color,
                LegendGroup = name,
                PointHovers = rackHovers,
            });
            traces.Add(new ChartTrace($"{name} per MW", TraceKind.Bar, categories, perMw, "")
            {
                Color = color,
                LegendGroup = name,
                ShowLegend = false,
                Panel = 2,
                PointHovers = mwHovers,
            });
        }

        return new ChartFigure("power", "Power per rack and per MW",
            [new ChartPanel("Per rack", "Per factory rack", "kW per rack"), new ChartPanel("Per MW", "Per MW of facility power", "kW per MW")], traces)
        {
            Bars = BarLayout.Stacked,
            EmptyNote = "No power breakdown: it needs a design with load (see the findings).",
        };
    }

    /// <summary>
    /// The networks' capex and power per compute rack, design beside baseline: one panel each, as dollars and
    /// kilowatts share no axis. A side whose report lacks a metric has no bar there; a withheld one says so on hover.
    /// </summary>
    public static ChartFigure NetworkPerRack(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        foreach (var (id, panel, category, suffix) in new[]
        {
            (MetricIds.NetworkCapexPerRackUsd, 1, "Network capex per compute rack", ""),
            (MetricIds.NetworkPowerPerRackKw, 2, "Network power per compute rack", " power"),
        })
        {
            foreach (var side in sides)
            {
                if (side.Metric(id) is not { } metric)
                {
                    continue;
                }

                traces.Add(new ChartTrace(side.Name + suffix, TraceKind.Bar, [category], [metric.Value],
                    HoverText.Template($"{category}, {side.Name}", side.Name, HoverText.Value(metric), side.Provenance(id)))
                {
                    Color = side.Color,
                    LegendGroup = side.Name,
                    // One legend entry per side: its power bar toggles with its capex bar.
                    ShowLegend = panel == 1 || sides.All(s => s.Metric(MetricIds.NetworkCapexPerRackUsd) is null),
                    Panel = panel,
                    Ranges = [metric is { Low: { } low, High: { } high } ? (low, high) : null],
                });
            }
        }

        return new ChartFigure("network", "Network capex and power per rack vs baseline",
            [new ChartPanel("Capex", "", "USD per compute rack") { YFormat = "$,.3~s" }, new ChartPanel("Power", "", "kW per compute rack")], traces)
        {
            EmptyNote = "No network figures: the server sizes the networks once a hall has rows of compute racks.",
        };
    }

    /// <summary>Racks online against days from the first tray, as steps.</summary>
    public static ChartFigure BuildOut(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        foreach (var side in sides)
        {
            AddLine(traces, side, SeriesIds.BuildOutTimeline, side.Name, MetricIds.AssemblyFactoryBuildOutDays,
                "day %{x:,.0f}", "%{y:,.0f} racks online", steps: true);
        }

        var series = AxisSource(sides, SeriesIds.BuildOutTimeline);
        return new ChartFigure("buildout", "Build-out: racks online from the first tray",
            [new ChartPanel("", Axis(series?.XLabel, series?.XUnit, "Days since the first tray"), Axis(series?.YLabel, series?.YUnit, "Racks online"))],
            traces)
        {
            EmptyNote = "No build-out timeline: the design has no racks to build.",
        };
    }

    /// <summary>Cumulative cash over the depreciation life: the central projection and the band between its ends.</summary>
    public static ChartFigure Cash(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        foreach (var side in sides)
        {
            AddBand(traces, side, SeriesIds.CumulativeCashLow, SeriesIds.CumulativeCashHigh, CashProvenanceId(side), "year %{x:.0f}", "%{y:$,.4~s}");
        }

        foreach (var side in sides)
        {
            AddLine(traces, side, SeriesIds.CumulativeCash, side.Name, CashProvenanceId(side), "year %{x:.0f}", "%{y:$,.4~s} cumulative cash");
        }

        return new ChartFigure("cash", "Cumulative cash flow over the depreciation life",
            [new ChartPanel("", "Year", "Cumulative cash (USD)")], traces)
        {
            Lines = [new ReferenceLine(0, "break-even", ReferenceColor, Horizontal: true)],
            EmptyNote = "No cash projection: it needs a serving frontier and the economics (see the findings).",
        };
    }

    /// <summary>
    /// From the baseline's value of the explained metric to the design's, one changed input at a time. A step the
    /// metric is withheld at draws as zero and says so on hover.
    /// </summary>
    public static ChartFigure WhatChanged(ComparisonDto comparison, ChartContext context)
    {
        var waterfall = comparison.Waterfall;
        var sides = Sides(comparison, context);
        if (waterfall is null || waterfall.Baseline is null || waterfall.Design is null)
        {
            var why = waterfall is null
                ? "Pick a metric to explain."
                : $"{waterfall.Label} is withheld for the {(waterfall.Baseline is null ? "baseline" : "design")}, so its change cannot be split.";
            return new ChartFigure("waterfall", "What changed", [new ChartPanel("", "", "")], []) { EmptyNote = why };
        }

        var unit = HoverText.Escape(waterfall.Unit);
        var metricId = waterfall.MetricId;
        var x = new List<object> { "Baseline" };
        var y = new List<double?> { waterfall.Baseline };
        var hovers = new List<string>
        {
            HoverText.Template(sides[1].Name, waterfall.Label, $"{HoverText.Number(waterfall.Baseline.Value)} {unit}", sides[1].Provenance(metricId)),
        };
        foreach (var step in waterfall.Steps)
        {
            x.Add(step.Change);
            y.Add(step.Delta ?? 0);
            hovers.Add(step.Delta is { } delta
                ? HoverText.Template(step.Change, waterfall.Label, $"{(delta >= 0 ? "+" : "")}{HoverText.Number(delta)} {unit}",
                    step.ValueAfter is { } after ? $"then {HoverText.Number(after)} {unit}" : "")
                : HoverText.Template(step.Change, waterfall.Label, "withheld after this change (a design error)"));
        }

        x.Add(DesignName);
        y.Add(waterfall.Design);
        hovers.Add(HoverText.Template(DesignName, waterfall.Label, $"{HoverText.Number(waterfall.Design.Value)} {unit}", sides[0].Provenance(metricId)));

        var trace = new ChartTrace(waterfall.Label, TraceKind.Waterfall, x, y, "") { Color = DesignColor, PointHovers = hovers, ShowLegend = false };
        // The metric is in the picker beside the title and on the y axis: the title stays short so the picker fits.
        return new ChartFigure("waterfall", "What changed", [new ChartPanel("", "", waterfall.Unit)], [trace]);
    }

    /// <summary>Metrics both reports give a value for: what the waterfall can explain.</summary>
    public static IReadOnlyList<MetricDeltaDto> Explainable(ComparisonDto comparison) =>
        [.. comparison.Deltas.Where(d => d.Design is not null && d.Baseline is not null)];

    private static Side[] Sides(ComparisonDto comparison, ChartContext context) =>
    [
        new(DesignName, comparison.Design, DesignColor, DesignFill, true),
        new(BaselineLabel(comparison, context), comparison.Baseline, BaselineColor, BaselineFill, false),
    ];

    /// <summary>The baseline's name in legends: the picker's short name, or the server's when there is none.</summary>
    public static string BaselineLabel(ComparisonDto comparison, ChartContext context) =>
        string.IsNullOrWhiteSpace(context.BaselineLabel) ? comparison.BaselineName : context.BaselineLabel;

    private static void AddLine(List<ChartTrace> traces, Side side, string seriesId, string name, string metricId, string xText, string yText,
        string? dash = null, bool steps = false)
    {
        if (side.Series(seriesId) is not { } series)
        {
            return;
        }

        traces.Add(new ChartTrace(name, TraceKind.Line, Xs(series), Ys(series),
            HoverText.Template(name, side.Name, xText, yText, side.Provenance(metricId)))
        {
            Color = side.Color,
            Dash = dash,
            LegendGroup = side.Name,
            Steps = steps,
        });
    }

    /// <summary>The low edge, then the high edge filled down to it: both out of the legend, toggled with the side's line.</summary>
    private static void AddBand(List<ChartTrace> traces, Side side, string lowId, string highId, string metricId, string xText, string yText)
    {
        if (side.Series(lowId) is not { } low || side.Series(highId) is not { } high)
        {
            return;
        }

        foreach (var (series, kind, end) in new[] { (low, TraceKind.BandLow, "low"), (high, TraceKind.BandHigh, "high") })
        {
            var name = $"{side.Name} {end}";
            traces.Add(new ChartTrace(name, kind, Xs(series), Ys(series),
                HoverText.Template($"{side.Name}, {end} end of the range", side.Name, xText, yText, side.Provenance(metricId)))
            {
                Color = side.Fill,
                LegendGroup = side.Name,
                ShowLegend = false,
            });
        }
    }

    private static void AddOperatingPoint(List<ChartTrace> traces, Side side, string metricId, double target, string name)
    {
        if (side.Metric(metricId) is { Value: { } value } metric)
        {
            traces.Add(new ChartTrace(name, TraceKind.Markers, [target], [value],
                HoverText.Template(name, side.Name, HoverText.Value(metric), side.Provenance(metricId)))
            {
                Color = side.Color,
                LegendGroup = side.Name,
                ShowLegend = false,
                Ranges = [metric is { Low: { } low, High: { } high } ? (low, high) : null],
            });
        }
    }

    /// <summary>The facility's draw per rack: the sum of the parts, or null when any part is withheld.</summary>
    private static double? FacilityKwPerRack(Side side)
    {
        var parts = s_powerParts.Select(p => side.Metric(p.Id)?.Value).ToList();
        return parts.Any(v => v is null) ? null : parts.Sum(v => v!.Value);
    }

    private static List<ReferenceLine> TargetLines(double design, double baseline, string unit)
    {
        var lines = new List<ReferenceLine> { new(design, $"target {HoverText.Number(design)} {unit}", ReferenceColor) };
        if (baseline != design)
        {
            lines.Add(new ReferenceLine(baseline, $"baseline target {HoverText.Number(baseline)}", BaselineColor));
        }

        return lines;
    }

    /// <summary>The cash projection's uncertainty is the economics': payback says it best, revenue when there is none.</summary>
    private static string CashProvenanceId(Side side) =>
        side.Metric(MetricIds.EconomicsPaybackYears)?.Value is not null ? MetricIds.EconomicsPaybackYears : MetricIds.EconomicsAnnualRevenueUsd;

    private static SeriesDto? AxisSource(Side[] sides, string id) => sides.Select(s => s.Series(id)).FirstOrDefault(s => s is not null);

    /// <summary>"Days to train (days)", but "GPUs" rather than "GPUs (GPUs)".</summary>
    private static string Axis(string? label, string? unit, string fallback) =>
        label is null ? fallback : string.IsNullOrEmpty(unit) || label.Equals(unit, StringComparison.OrdinalIgnoreCase) ? label : $"{label} ({unit})";

    private static List<object> Xs(SeriesDto series) => [.. series.Points.Select(p => (object)p[0])];

    private static List<double?> Ys(SeriesDto series) => [.. series.Points.Select(p => p.Length > 1 && double.IsFinite(p[1]) ? p[1] : (double?)null)];

    private static string MonthName(double month) =>
        month is >= 1 and <= 12 ? s_months[(int)Math.Round(month) - 1] : HoverText.Number(month);
}
