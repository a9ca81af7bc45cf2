using Plotly.Blazor.Traces;
using Studio.Client.Components.Charts;
using Studio.Client.Tests.Support;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Tests.Components.Charts;

/// <summary>The schedule's Gantt and capacity charts from hand-built schedules, and their empty state while the server sends none.</summary>
public sealed class ChartTracesScheduleTests
{
    private static readonly ChartContext s_context = new(50, 90, 45, 50, 90, "GB200 NVL72");

    /// <summary>The fixture's comparison with a schedule on each side; null leaves that side without one.</summary>
    private static ComparisonDto Comparison(ScheduleDto? design, ScheduleDto? baseline)
    {
        var comparison = TestComparison.Build();
        return comparison with
        {
            Design = comparison.Design with { Schedule = design },
            Baseline = comparison.Baseline with { Schedule = baseline },
        };
    }

    [Fact]
    public void Schedule_DesignSchedule_OneBarPerPhaseFromItsStartToItsEnd()
    {
        var schedule = TestPowerTrain.Schedule();

        var figure = ChartTraces.Schedule(Comparison(schedule, null), s_context);

        Assert.Equal("schedule", figure.Id);
        Assert.All(figure.Traces, t => Assert.Equal(TraceKind.Span, t.Kind));
        var bars = figure.Traces.SelectMany(t => t.X.Select((start, i) => (Row: t.Rows![i], Start: (string)start, End: t.Ends![i], Days: t.Y[i]))).ToList();
        Assert.Equal(schedule.Phases.Count, bars.Count);
        Assert.Contains(("Grid energisation", "2027-01-01", "2028-07-01", (double?)547), bars);
        Assert.Contains(("Hall 1: Construction", "2027-01-01", "2028-01-01", (double?)365), bars);
        Assert.Contains(("Hall 1: Integration", "2028-07-15", "2029-03-01", (double?)229), bars);
        // Rows read in the schedule's order, not grouped by the traces' kinds.
        Assert.Equal(["Grid energisation", "Hall 1: Construction", "Power equipment", "Hall 1: Rack deliveries", "Hall 1: Integration"], figure.Panels[0].Rows);
        Assert.True(figure.Panels[0].DateX);
        Assert.Equal(BarLayout.Overlay, figure.Bars);
    }

    [Fact]
    public void Schedule_PhasesOfOneKind_ShareATraceAndItsColour()
    {
        var schedule = TestPowerTrain.Schedule() with
        {
            Phases = [.. TestPowerTrain.Schedule().Phases, new SchedulePhaseDto("Grid phase 2", "grid", null, "2028-07-01", "2029-01-01", "")],
        };

        var figure = ChartTraces.Schedule(Comparison(schedule, null), s_context);

        Assert.Equal(["Grid", "Construction", "Power equipment", "Rack delivery", "Integration"], figure.Traces.Select(t => t.Name));
        Assert.Equal(["Grid energisation", "Grid phase 2"], figure.Trace("Grid")!.Rows);
        Assert.Equal(figure.Traces.Count, figure.Traces.Select(t => t.Color).Distinct().Count());
    }

    [Fact]
    public void Schedule_LongRowLabel_IsShortenedOnTheAxisAndWholeInTheHover()
    {
        const string whole = "Grid: whole load after the interconnection queue";
        var schedule = TestPowerTrain.Schedule() with
        {
            Phases = [new SchedulePhaseDto(whole, "grid", null, "2027-01-01", "2031-01-01", ""), .. TestPowerTrain.Schedule().Phases.Skip(1)],
        };

        var figure = ChartTraces.Schedule(Comparison(schedule, null), s_context);

        var row = Assert.Single(figure.Trace("Grid")!.Rows!);
        Assert.Equal("Grid: whole load after the in…", row);
        Assert.True(row.Length <= 30);
        Assert.Equal(row, figure.Panels[0].Rows![0]);
        // Whole, though wrapped to the hover's width.
        Assert.Contains(whole, figure.Trace("Grid")!.PointHovers![0].Replace("<br>", " ", StringComparison.Ordinal));
        // Dates need no axis title, and one would sit on the legend below the short Gantt plot.
        Assert.Equal("", figure.Panels[0].XTitle);
    }

    [Fact]
    public void Schedule_LongLabelsThatShortenAlike_StayWhole()
    {
        const string first = "Grid: whole load after the interconnection queue, phase one";
        const string second = "Grid: whole load after the interconnection queue, phase two";
        var schedule = TestPowerTrain.Schedule() with
        {
            Phases =
            [
                new SchedulePhaseDto(first, "grid", null, "2027-01-01", "2029-01-01", ""),
                new SchedulePhaseDto(second, "grid", null, "2029-01-01", "2031-01-01", ""),
                .. TestPowerTrain.Schedule().Phases.Skip(1),
            ],
        };

        var figure = ChartTraces.Schedule(Comparison(schedule, null), s_context);

        Assert.Equal([first, second], figure.Trace("Grid")!.Rows);
    }

    [Fact]
    public void Schedule_BothSides_MarksEachSidesFirstToken()
    {
        var figure = ChartTraces.Schedule(Comparison(TestPowerTrain.Schedule(), TestPowerTrain.Schedule("2029-02-01")), s_context);

        Assert.Equal([("2028-09-01", ChartTraces.DesignColor), ("2029-02-01", ChartTraces.BaselineColor)], figure.Lines.Select(l => (l.At, l.Color)));
        Assert.Equal("GB200 NVL72 first token 2029-02-01", figure.Lines[1].Label);
    }

    [Fact]
    public void Schedule_NullSchedule_IsEmptyWithItsNote()
    {
        var figure = ChartTraces.Schedule(Comparison(null, TestPowerTrain.Schedule()), s_context);

        Assert.True(figure.IsEmpty);
        Assert.Empty(figure.Lines);
        Assert.StartsWith("No schedule for the design", figure.EmptyNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_BothSchedules_DesignAndBaselineStepLinesOfItMwAgainstDate()
    {
        var figure = ChartTraces.Capacity(Comparison(TestPowerTrain.Schedule(), TestPowerTrain.Schedule("2029-02-01", 60)), s_context);

        Assert.Equal("capacity", figure.Id);
        Assert.Equal(["Design", "GB200 NVL72"], figure.Traces.Select(t => t.Name));
        var design = figure.Trace("Design")!;
        Assert.Equal(["2027-01-01", "2028-09-01", "2028-12-01", "2029-03-01"], design.X);
        Assert.Equal([0, 25, 62.5, 100], design.Y);
        Assert.True(design.Steps);
        Assert.Equal(ChartTraces.DesignColor, design.Color);
        var baseline = figure.Trace("GB200 NVL72")!;
        Assert.Equal([0, 15, 37.5, 60], baseline.Y);
        Assert.Equal(ChartTraces.BaselineColor, baseline.Color);
        Assert.Equal("Capacity online over time", figure.Title);
    }

    [Fact]
    public void Capacity_BaselineWithoutASchedule_DrawsTheDesignAndSaysSo()
    {
        var figure = ChartTraces.Capacity(Comparison(TestPowerTrain.Schedule(), null), s_context);

        Assert.Equal(["Design"], figure.Traces.Select(t => t.Name));
        Assert.Equal("Capacity online over time (GB200 NVL72: no schedule)", figure.Title);
    }

    [Fact]
    public void Capacity_NoSchedules_IsEmptyWithItsNote()
    {
        var figure = ChartTraces.Capacity(TestComparison.Build(), s_context);

        Assert.True(figure.IsEmpty);
        Assert.StartsWith("No capacity timeline", figure.EmptyNote, StringComparison.Ordinal);
    }

    [Fact]
    public void PlotlyTraces_Gantt_HorizontalBarsBasedAtTheStartAndAsLongAsThePhase()
    {
        var figure = ChartTraces.Schedule(Comparison(TestPowerTrain.Schedule(), null), s_context);

        var grid = Assert.IsType<Bar>(PlotlyFigures.Traces(figure)[0]);
        var layout = PlotlyFigures.Layout(figure);

        Assert.Equal(Plotly.Blazor.Traces.BarLib.OrientationEnum.H, grid.Orientation);
        Assert.Equal(["2027-01-01"], grid.BaseArray!);
        Assert.Equal([547 * 86_400_000.0], grid.X!);
        Assert.Equal(["Grid energisation"], grid.Y!);
        Assert.Equal(Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date, layout.XAxis[0].Type);
        Assert.Equal(Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, layout.YAxis[0].AutoRange);
        Assert.Equal("2028-09-01", layout.Shapes[0].X0);
    }

    [Fact]
    public void Csv_Gantt_OneRowPerPhaseWithItsStartAndEnd()
    {
        var figure = ChartTraces.Schedule(Comparison(TestPowerTrain.Schedule(), null), s_context);

        var csv = ChartCsv.Build(figure);

        Assert.Contains("Grid: Grid energisation,,2027-01-01,547,2027-01-01,2028-07-01", csv, StringComparison.Ordinal);
    }
}
