using Studio.Client.Components.Charts;
using Studio.Client.Tests.Support;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Tests.Components.Charts;

/// <summary>What each chart draws, from a hand-made comparison with known points (design at scale 1, GB200 at 0.5).</summary>
public sealed class ChartTracesTests
{
    private const string Baseline = TestComparison.BaselineName;

    private static readonly ChartContext s_context = new(50, 90, 45, 50, 90);

    private static ComparisonDto Comparison(double designScale = 1) => TestComparison.Build(designScale);

    private static double?[] Ys(params double[] values) => [.. values.Select(v => (double?)v)];

    private static object[] Xs(params double[] values) => [.. values.Cast<object>()];

    private static ChartTrace Trace(ChartFigure figure, string name) =>
        figure.Trace(name) ?? throw new Xunit.Sdk.XunitException($"No trace '{name}' in {figure.Id}: {string.Join(", ", figure.Traces.Select(t => t.Name))}");

    [Fact]
    public void Frontier_Comparison_DesignAndBaselineLinesWithTheirPoints()
    {
        var figure = ChartTraces.Frontier(Comparison(), s_context);

        var design = Trace(figure, "Design");
        Assert.Equal(TraceKind.Line, design.Kind);
        Assert.Equal(Xs(10, 50, 100), design.X);
        Assert.Equal(Ys(1000, 600, 300), design.Y);
        Assert.Equal(ChartTraces.DesignColor, design.Color);
        var baseline = Trace(figure, Baseline);
        Assert.Equal(Ys(500, 300, 150), baseline.Y);
        Assert.Equal(ChartTraces.BaselineColor, baseline.Color);
        Assert.Equal("Tokens/s per user (tokens/s)", figure.Panels[0].XTitle);
        Assert.Equal("Output tokens/s per GPU (tokens/s)", figure.Panels[0].YTitle);
    }

    [Fact]
    public void Frontier_Comparison_EachBandIsALowEdgeThenAHighEdgeFilledToIt()
    {
        var figure = ChartTraces.Frontier(Comparison(), s_context);

        var names = figure.Traces.Select(t => t.Name).ToList();
        foreach (var side in new[] { "Design", Baseline })
        {
            var low = names.IndexOf($"{side} low");
            var high = names.IndexOf($"{side} high");
            Assert.True(low >= 0 && high == low + 1, $"{side}: the high edge must follow its low edge (Plotly fills tonexty).");
            Assert.Equal(TraceKind.BandLow, figure.Traces[low].Kind);
            Assert.Equal(TraceKind.BandHigh, figure.Traces[high].Kind);
            Assert.False(figure.Traces[high].ShowLegend);
            Assert.Equal(side, figure.Traces[high].LegendGroup);
        }

        Assert.Equal(Ys(800, 480, 240), Trace(figure, "Design low").Y);
        Assert.Equal(Ys(1200, 720, 360), Trace(figure, "Design high").Y);
        Assert.Equal(Ys(600, 360, 180), Trace(figure, $"{Baseline} high").Y);
        // Bands first, so the lines are drawn over them.
        Assert.True(names.IndexOf($"{Baseline} high") < names.IndexOf("Design"));
    }

    [Fact]
    public void Frontier_Comparison_TargetIsAVerticalLineAndEachSidesOperatingPointSitsOnIt()
    {
        var figure = ChartTraces.Frontier(Comparison(), s_context with { TargetTokensPerSecondPerUser = 75, BaselineTargetTokensPerSecondPerUser = 75 });

        var target = Assert.Single(figure.Lines);
        Assert.Equal(75, target.Value);
        Assert.False(target.Horizontal);
        Assert.Contains("75", target.Label, StringComparison.Ordinal);
        var point = Trace(figure, "Design at the target");
        Assert.Equal(TraceKind.Markers, point.Kind);
        Assert.Equal(Xs(75), point.X);
        Assert.Equal(Ys(600), point.Y);
        Assert.Equal((480.0, 720.0), Assert.Single(point.Ranges!));
        Assert.Equal(Ys(300), Trace(figure, $"{Baseline} at the target").Y);
    }

    [Fact]
    public void Frontier_Comparison_HoverCarriesTheMetricsProvenance()
    {
        var figure = ChartTraces.Frontier(Comparison(), s_context);

        var hover = Trace(figure, "Design at the target").Hover;
        Assert.Contains("600 tokens/s (480 – 720)", hover, StringComparison.Ordinal);
        Assert.Contains("Derived; includes estimates", hover, StringComparison.Ordinal);
        Assert.Contains(TestComparison.FrontierNote, hover, StringComparison.Ordinal);
        Assert.Contains("S5 Vera Rubin NVL72 platform overview", hover, StringComparison.Ordinal);
        Assert.Contains("S17 Vera Rubin Max-Q reference design", hover, StringComparison.Ordinal);
        // The curve itself says where its numbers come from too, and keeps Plotly's placeholders for the point.
        var line = Trace(figure, "Design").Hover;
        Assert.Contains("%{y:", line, StringComparison.Ordinal);
        Assert.Contains(TestComparison.FrontierNote, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Frontier_BaselineWithItsOwnTarget_MarksBothTargets()
    {
        var figure = ChartTraces.Frontier(Comparison(), s_context with { BaselineTargetTokensPerSecondPerUser = 20 });

        Assert.Equal([50.0, 20.0], figure.Lines.Select(l => l.Value));
        Assert.Equal(Xs(20), Trace(figure, $"{Baseline} at the target").X);
    }

    [Fact]
    public void Frontier_ContextNamesTheBaseline_LegendsUseThatShortName()
    {
        var figure = ChartTraces.Frontier(Comparison(), s_context with { BaselineLabel = "GB200 NVL72" });

        Assert.Equal(Ys(500, 300, 150), Trace(figure, "GB200 NVL72").Y);
        Assert.NotNull(figure.Trace("GB200 NVL72 high"));
        Assert.Null(figure.Trace(Baseline));
    }

    [Fact]
    public void Frontier_NoSeries_IsEmptyAndSaysWhy()
    {
        var empty = new EvaluationReportDto(1, [], [], [], [], []);
        var comparison = TestComparison.Compare(empty, empty, Baseline, "template", 25, null);

        var figure = ChartTraces.Frontier(comparison, s_context);

        Assert.True(figure.IsEmpty);
        Assert.Contains("No serving frontier", figure.EmptyNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Cost_Comparison_OutputAndInputApartForBothSides()
    {
        var figure = ChartTraces.Cost(Comparison(), s_context);

        Assert.Equal(["Design output", "Design input", $"{Baseline} output", $"{Baseline} input"],
            figure.Traces.Where(t => t.Kind == TraceKind.Line).Select(t => t.Name));
        Assert.Equal(Ys(1.8, 3, 6), Trace(figure, "Design output").Y);
        Assert.Equal(Ys(0.6, 1, 2), Trace(figure, $"{Baseline} input").Y);
        Assert.Null(Trace(figure, "Design output").Dash);
        Assert.Equal("dash", Trace(figure, "Design input").Dash);
        Assert.True(figure.Panels[0].LogY);
        Assert.Equal(50, Assert.Single(figure.Lines).Value);
        Assert.Contains("Annual cost / tokens a year", Trace(figure, "Design output").Hover, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_Comparison_CurvesTheDeadlineAndTheGpusEachNeeds()
    {
        var figure = ChartTraces.Training(Comparison(), s_context with { TargetDays = 60, BaselineTargetDays = 60 });

        Assert.Equal(Xs(1000, 4000, 16000), Trace(figure, "Design").X);
        Assert.Equal(Ys(440, 110, 28), Trace(figure, Baseline).Y);
        var deadline = Assert.Single(figure.Lines);
        Assert.True(deadline.Horizontal);
        Assert.Equal(60, deadline.Value);
        var design = Trace(figure, "Design GPUs for 60 days");
        Assert.Equal(TraceKind.Markers, design.Kind);
        Assert.Equal(Xs(4000), design.X);
        Assert.Equal(Ys(60), design.Y);
        Assert.Equal(Xs(8000), Trace(figure, $"{Baseline} GPUs for 60 days").X);
        Assert.Contains("Fewest GPUs that meet the deadline", design.Hover, StringComparison.Ordinal);
        Assert.True(figure.Panels[0].LogX);
    }

    [Fact]
    public void Thermal_Comparison_GpuAndReturnCurvesAndBothSupplies()
    {
        var figure = ChartTraces.Thermal(Comparison(), s_context);

        Assert.Equal(["Design GPU case", "Design coolant return", $"{Baseline} GPU case", $"{Baseline} coolant return"],
            figure.Traces.Select(t => t.Name));
        Assert.Equal(Xs(20, 40, 55), Trace(figure, "Design GPU case").X);
        Assert.Equal(Ys(55, 75, 87), Trace(figure, "Design GPU case").Y);
        Assert.Equal(Ys(30, 50, 65), Trace(figure, "Design coolant return").Y);
        Assert.Equal([45.0, TestComparison.BaselineSupplyC], figure.Lines.Select(l => l.Value));
        Assert.Contains("Cold-plate resistance", Trace(figure, "Design GPU case").Hover, StringComparison.Ordinal);
    }

    [Fact]
    public void ChillerHours_Comparison_GroupedBarsByMonth()
    {
        var figure = ChartTraces.ChillerHours(Comparison(), s_context);

        Assert.Equal(BarLayout.Grouped, figure.Bars);
        var design = Trace(figure, "Design");
        Assert.Equal(TraceKind.Bar, design.Kind);
        Assert.Equal(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], design.X);
        Assert.Equal(100, design.Y[6]);
        Assert.Equal(50, Trace(figure, Baseline).Y[6]);
        Assert.Equal(0, design.Y[0]);
    }

    [Fact]
    public void Power_Comparison_PartsStackedPerRackAndPerMegawatt()
    {
        var figure = ChartTraces.Power(Comparison(), s_context);

        Assert.Equal(BarLayout.Stacked, figure.Bars);
        Assert.Equal(2, figure.Panels.Count);
        Assert.Equal(["IT", "IT per MW", "Cooling", "Cooling per MW", "Pumps", "Pumps per MW", "Losses", "Losses per MW"],
            figure.Traces.Select(t => t.Name));
        var it = Trace(figure, "IT");
        Assert.Equal(["Design", "Baseline"], it.X);
        Assert.Equal(Ys(130, 65), it.Y);
        Assert.Equal(1, it.Panel);
        // Per MW: each part over the facility's draw per rack (130 + 10 + 2 + 8 = 150 kW for the design).
        var itPerMw = Trace(figure, "IT per MW");
        Assert.Equal(2, itPerMw.Panel);
        Assert.Equal(130.0 / 150 * 1000, itPerMw.Y[0]!.Value, 9);
        Assert.Equal(65.0 / 85 * 1000, itPerMw.Y[1]!.Value, 9);
        var designPerMw = figure.Traces.Where(t => t.Panel == 2).Sum(t => t.Y[0]!.Value);
        Assert.Equal(1000, designPerMw, 9);
        Assert.Contains("Σ trays", it.PointHovers![0], StringComparison.Ordinal);
        Assert.Contains(Baseline, it.PointHovers[1], StringComparison.Ordinal);
    }

    [Fact]
    public void BuildOut_Comparison_RacksOnlineAsSteps()
    {
        var figure = ChartTraces.BuildOut(Comparison(), s_context);

        var design = Trace(figure, "Design");
        Assert.True(design.Steps);
        Assert.Equal(Xs(0, 30, 60, 90), design.X);
        Assert.Equal(Ys(0, 10, 50, 100), design.Y);
        Assert.NotNull(figure.Trace(Baseline));
    }

    [Fact]
    public void Cash_Comparison_CentralLinesWithShadedBandsAndBreakEven()
    {
        var figure = ChartTraces.Cash(Comparison(), s_context);

        Assert.Equal(Ys(-1e9, -4e8, 2e8), Trace(figure, "Design").Y);
        Assert.Equal(Ys(-1.2e9, -7e8, -2e8), Trace(figure, "Design low").Y);
        Assert.Equal(TraceKind.BandHigh, Trace(figure, $"{Baseline} high").Kind);
        Assert.Equal(Ys(-0.9e9, -0.5e8, 3e8), Trace(figure, $"{Baseline} high").Y);
        Assert.Equal(0, Assert.Single(figure.Lines).Value);
        Assert.Contains("Payback period", Trace(figure, "Design").Hover, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatChanged_Waterfall_BaselineThenEachChangeThenTheDesign()
    {
        var figure = ChartTraces.WhatChanged(Comparison(), s_context);

        var trace = Assert.Single(figure.Traces);
        Assert.Equal(TraceKind.Waterfall, trace.Kind);
        Assert.Equal(["Baseline", "Racks, equipment and connections", "Electricity price", "Design"], trace.X);
        // Cost per million: 6 (GB200 at half scale) down to 3; three quarters of it from the hardware.
        Assert.Equal(Ys(6, -2.25, -0.75, 3), trace.Y);
        Assert.Equal(4, trace.PointHovers!.Count);
        Assert.Contains("-2.25 USD/M tokens", trace.PointHovers[1], StringComparison.Ordinal);
        Assert.Contains("Annual cost / tokens a year", trace.PointHovers[3], StringComparison.Ordinal);
        Assert.Equal("What changed", figure.Title);
        Assert.Equal("USD/M tokens", figure.Panels[0].YTitle);
        Assert.Equal("Cost per million output tokens", trace.Name);
    }

    [Fact]
    public void WhatChanged_NoWaterfall_IsEmptyAndAsksForAMetric()
    {
        var figure = ChartTraces.WhatChanged(TestComparison.Build(explain: null), s_context);

        Assert.True(figure.IsEmpty);
        Assert.Equal("Pick a metric to explain.", figure.EmptyNote);
    }

    [Fact]
    public void WhatChanged_StepWithheld_DrawsZeroAndSaysSo()
    {
        var comparison = TestComparison.Build() with
        {
            Waterfall = new WaterfallDto("economics.costPerMillionTokensUsd", "Cost", "USD/M tokens", 6, 3,
                [new WaterfallStepDto("Workload", null, null), new WaterfallStepDto("Factory plan", -3, 3)]),
        };

        var trace = Assert.Single(ChartTraces.WhatChanged(comparison, s_context).Traces);

        Assert.Equal(Ys(6, 0, -3, 3), trace.Y);
        Assert.Contains("withheld", trace.PointHovers![1], StringComparison.Ordinal);
    }

    [Fact]
    public void Explainable_Comparison_OnlyMetricsBothSidesReport()
    {
        var comparison = TestComparison.Build() with
        {
            Deltas = [new MetricDeltaDto("a", "A", "", 1, 2, -1, 0.5), new MetricDeltaDto("b", "B", "", 1, null, null, null)],
        };

        Assert.Equal(["a"], ChartTraces.Explainable(comparison).Select(d => d.Id));
    }

    [Fact]
    public void Hover_NoteWithMarkup_IsEscapedForPlotly()
    {
        var report = TestComparison.Report(1);
        var metrics = report.Metrics.Select(m => m.Id == "inference.tokensPerSecondPerGpuAtTarget"
            ? m with { Provenance = m.Provenance with { Note = "<b>x</b> & %{y}" } }
            : m).ToList();
        var comparison = TestComparison.Build() with { Design = report with { Metrics = metrics } };

        var hover = Trace(ChartTraces.Frontier(comparison, s_context), "Design at the target").Hover;

        Assert.Contains("&lt;b&gt;x&lt;/b&gt; &amp; %\u200B{y}", hover, StringComparison.Ordinal);
    }

    [Fact]
    public void CapexByCategory_BothSidesHaveABill_OneStackedTracePerCategoryWithBothBars()
    {
        var figure = ChartTraces.CapexByCategory(Comparison(), s_context);

        Assert.Equal("capex", figure.Id);
        Assert.Equal("Capex by category", figure.Title);
        Assert.Equal(BarLayout.Stacked, figure.Bars);
        Assert.Equal(["Compute", "Network", "Power", "Cooling", "Facility"], figure.Traces.Select(t => t.Name));
        Assert.All(figure.Traces, t => Assert.Equal(TraceKind.Bar, t.Kind));
        Assert.All(figure.Traces, t => Assert.Equal(["Design", "Baseline"], t.X));
        // The fixture's bill at scale 1 and, for GB200, 0.5.
        Assert.Equal(Ys(40e6, 20e6), Trace(figure, "Compute").Y);
        Assert.Equal(Ys(50e6, 25e6), Trace(figure, "Facility").Y);
        Assert.Equal((36e6, 44e6), Trace(figure, "Compute").Ranges![0]!.Value);
        var design = TestComparison.Bill(1);
        Assert.Equal(design.TotalUsd, figure.Traces.Sum(t => t.Y[0]!.Value), 6);
        Assert.Equal(figure.Traces.Select(t => t.Color).Distinct().Count(), figure.Traces.Count);
    }

    [Fact]
    public void CapexByCategory_Hover_SaysTheCategorySideValueAndShare()
    {
        var figure = ChartTraces.CapexByCategory(Comparison(), s_context);

        var compute = Trace(figure, "Compute").PointHovers!;
        Assert.StartsWith("<b>Compute, Design</b><br>40,000,000 USD (36,000,000 – 44,000,000)", compute[0], StringComparison.Ordinal);
        Assert.Contains("41.67% of 96,000,000 USD capex", compute[0], StringComparison.Ordinal);
        Assert.Contains("2 lines", compute[0], StringComparison.Ordinal);
        Assert.Contains("largest: Vera Rubin compute tray", compute[0], StringComparison.Ordinal);
        Assert.StartsWith($"<b>Compute, {Baseline}</b><br>20,000,000 USD", compute[1], StringComparison.Ordinal);
        Assert.EndsWith("<extra>Compute</extra>", compute[1], StringComparison.Ordinal);
    }

    [Fact]
    public void CapexByCategory_BaselineWithoutABill_ShowsTheDesignAloneAndSaysSo()
    {
        var comparison = Comparison();
        comparison = comparison with { Baseline = comparison.Baseline with { BillOfMaterials = null } };

        var figure = ChartTraces.CapexByCategory(comparison, s_context);

        Assert.Equal(5, figure.Traces.Count);
        Assert.All(figure.Traces, t => Assert.Equal(["Design"], t.X));
        Assert.Equal($"Capex by category ({Baseline}: no bill of materials)", figure.Title);
    }

    [Fact]
    public void CapexByCategory_NeitherHasABill_EmptyWithWhy()
    {
        var comparison = Comparison();
        comparison = comparison with
        {
            Design = comparison.Design with { BillOfMaterials = null },
            Baseline = comparison.Baseline with { BillOfMaterials = null },
        };

        var figure = ChartTraces.CapexByCategory(comparison, s_context);

        Assert.True(figure.IsEmpty);
        Assert.Contains("No bill of materials", figure.EmptyNote, StringComparison.Ordinal);
    }
}
