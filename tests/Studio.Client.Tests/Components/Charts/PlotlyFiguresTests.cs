using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Studio.Client.Components.Charts;
using Studio.Client.Tests.Support;

namespace Studio.Client.Tests.Components.Charts;

/// <summary>The mapping from a chart's content to Plotly.Blazor's traces, layout and config.</summary>
public sealed class PlotlyFiguresTests
{
    private static readonly ChartContext s_context = new(50, 90, 45, 50, 90);

    [Fact]
    public void Traces_Band_LowEdgeUnfilledHighEdgeFillsToNextY()
    {
        var figure = ChartTraces.Frontier(TestComparison.Build(), s_context);

        var traces = PlotlyFigures.Traces(figure).Cast<Scatter>().ToList();

        var low = traces.Single(t => t.Name == "Design low");
        var high = traces.Single(t => t.Name == "Design high");
        Assert.Equal(traces.IndexOf(low) + 1, traces.IndexOf(high));
        Assert.Equal(FillEnum.None, low.Fill);
        Assert.Equal(FillEnum.ToNextY, high.Fill);
        Assert.Equal(high.Line.Color, high.FillColor);
        Assert.Equal(0m, high.Line.Width);
        Assert.Equal([10.0, 50.0, 100.0], high.X.Cast<double>());
        Assert.Equal([1200.0, 720.0, 360.0], high.Y.Cast<double>());
        var line = traces.Single(t => t.Name == "Design");
        Assert.Equal(ModeFlag.Lines, line.Mode);
        Assert.Equal(ChartTraces.DesignColor, line.Line.Color);
        Assert.Contains("%{y:", line.HoverTemplate, StringComparison.Ordinal);
        var point = traces.Single(t => t.Name == "Design at the target");
        Assert.Equal(ModeFlag.Markers, point.Mode);
        // The operating point's band (480 – 720 around 600) as error bars.
        Assert.False(point.ErrorY.Symmetric);
        Assert.Equal([120.0], point.ErrorY.Array.Cast<double>());
        Assert.Equal([120.0], point.ErrorY.ArrayMinus.Cast<double>());
        Assert.Null(line.ErrorY);
    }

    [Fact]
    public void Layout_Target_VerticalLineAcrossThePanelAtTheTarget()
    {
        var figure = ChartTraces.Frontier(TestComparison.Build(), s_context with { TargetTokensPerSecondPerUser = 80, BaselineTargetTokensPerSecondPerUser = 80 });

        var layout = PlotlyFigures.Layout(figure);

        var shape = Assert.Single(layout.Shapes);
        Assert.Equal(Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line, shape.Type);
        Assert.Equal("x", shape.XRef);
        Assert.Equal(80.0, shape.X0);
        Assert.Equal(80.0, shape.X1);
        Assert.Equal("y domain", shape.YRef);
        Assert.Equal((0, 1), ((int)shape.Y0, (int)shape.Y1));
        Assert.Equal("Tokens/s per user (tokens/s)", Assert.Single(layout.XAxis).Title.Text);
        Assert.Equal("frontier", layout.UiRevision);
    }

    [Fact]
    public void Layout_Power_TwoPanelsSideBySideStacked()
    {
        var figure = ChartTraces.Power(TestComparison.Build(), s_context);

        var layout = PlotlyFigures.Layout(figure);
        var traces = PlotlyFigures.Traces(figure).Cast<Bar>().ToList();

        Assert.Equal(BarModeEnum.Stack, layout.BarMode);
        Assert.Equal(2, layout.XAxis.Count);
        Assert.Equal("y2", layout.XAxis[1].Anchor);
        Assert.True((decimal)layout.XAxis[0].Domain[1] < (decimal)layout.XAxis[1].Domain[0]);
        Assert.Equal(["Per factory rack", "Per MW of facility power"], layout.XAxis.Select(a => a.Title.Text));
        var perMw = traces.Single(t => t.Name == "IT per MW");
        Assert.Equal(("x2", "y2"), (perMw.XAxis, perMw.YAxis));
        Assert.False(perMw.ShowLegend);
        Assert.Equal(2, perMw.HoverTemplateArray.Count);
        Assert.Null(perMw.HoverTemplate);
    }

    [Fact]
    public void Traces_Waterfall_FirstAbsoluteThenRelativeThenTotal()
    {
        var figure = ChartTraces.WhatChanged(TestComparison.Build(), s_context);

        var waterfall = Assert.IsType<Waterfall>(Assert.Single(PlotlyFigures.Traces(figure)));

        Assert.Equal(["absolute", "relative", "relative", "total"], waterfall.Measure.Cast<string>());
        Assert.Equal(["Baseline", "Racks, equipment and connections", "Electricity price", "Design"], waterfall.X.Cast<string>());
    }

    [Fact]
    public void Config_KeepsTheModebarWithoutPlotlysCamera()
    {
        var config = PlotlyFigures.Config();

        Assert.Equal(Plotly.Blazor.ConfigLib.DisplayModeBarEnum.True, config.DisplayModeBar);
        Assert.False(config.DisplayLogo);
        // The card's own PNG button exports in print colours; Plotly's camera would save the dark, transparent screen.
        Assert.Contains("toImage", Assert.IsType<string[]>(config.ModeBarButtonsToRemove));
    }

    [Fact]
    public void Layout_AnyChart_HoverLabelsStayNarrowAndTheModebarHasItsOwnMargin()
    {
        var layout = PlotlyFigures.Layout(ChartTraces.Thermal(TestComparison.Build(), s_context));

        Assert.Equal(PlotlyFigures.HoverNameLength, layout.HoverLabel.NameLength);
        Assert.Equal(Plotly.Blazor.LayoutLib.HoverLabelLib.AlignEnum.Left, layout.HoverLabel.Align);
        Assert.Equal(PlotlyFigures.TopMargin, layout.Margin.T);
        Assert.True(layout.Margin.T >= 30, "the modebar (about 26 px) needs the top margin to itself");
    }

    [Fact]
    public void Layout_TwoVerticalLines_TheLowerLabelsLeftTheOtherRight()
    {
        var figure = new ChartFigure("thermal", "T", [new ChartPanel("", "x", "y")],
            [new ChartTrace("A", TraceKind.Line, [10.0, 50.0], [1.0, 2.0], "") { Color = "#fff" }])
        {
            Lines = [new ReferenceLine(45, "design supply", "#0f0"), new ReferenceLine(25, "baseline supply", "#00f")],
        };

        var shapes = PlotlyFigures.Layout(figure).Shapes;

        Assert.Equal(Plotly.Blazor.LayoutLib.ShapeLib.LabelLib.XAnchorEnum.Left, shapes[0].Label.XAnchor);
        Assert.Equal(Plotly.Blazor.LayoutLib.ShapeLib.LabelLib.XAnchorEnum.Right, shapes[1].Label.XAnchor);
    }

    [Fact]
    public void Export_PrintColours_OpaqueWhiteWithDarkText()
    {
        Assert.Equal("#ffffff", PlotlyFigures.Export.Background);
        Assert.Equal("#1f2328", PlotlyFigures.Export.Text);
    }
}
