using System.Globalization;
using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using AxisType = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum;
using BarMarker = Plotly.Blazor.Traces.BarLib.Marker;
using LegendOrientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum;
using LineShape = Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum;
using ScatterLine = Plotly.Blazor.Traces.ScatterLib.Line;
using ScatterMarker = Plotly.Blazor.Traces.ScatterLib.Marker;
using ShapeLabel = Plotly.Blazor.LayoutLib.ShapeLib.Label;
using ShapeLabelPosition = Plotly.Blazor.LayoutLib.ShapeLib.LabelLib.TextPositionEnum;
using ShapeLabelXAnchor = Plotly.Blazor.LayoutLib.ShapeLib.LabelLib.XAnchorEnum;
using ShapeLabelYAnchor = Plotly.Blazor.LayoutLib.ShapeLib.LabelLib.YAnchorEnum;
using ShapeLine = Plotly.Blazor.LayoutLib.ShapeLib.Line;
using ShapeType = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum;
using WaterfallConnector = Plotly.Blazor.Traces.WaterfallLib.Connector;
using WaterfallConnectorLine = Plotly.Blazor.Traces.WaterfallLib.ConnectorLib.Line;
using YAxisType = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum;
using YAutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum;
using YCategoryOrder = Plotly.Blazor.LayoutLib.YAxisLib.CategoryOrderEnum;
using YExponentFormat = Plotly.Blazor.LayoutLib.YAxisLib.ExponentFormatEnum;
using BarOrientation = Plotly.Blazor.Traces.BarLib.OrientationEnum;
using HoverAlign = Plotly.Blazor.LayoutLib.HoverLabelLib.AlignEnum;

namespace Studio.Client.Components.Charts;

/// <summary>
/// Turns a <see cref="ChartFigure"/> into Plotly.Blazor's traces, layout and config, in the studio's dark colours.
/// Kept apart from the component so the mapping (band fills, reference lines, panels) is tested as data.
/// </summary>
public static class PlotlyFigures
{
    /// <summary>Fixed height: Plotly's autosize would otherwise read a not-yet-laid-out card as 450 px.</summary>
    public const int Height = 300;

    private const string TextColor = "#e6edf3";
    private const string GridColor = "#2a313c";
    private const string PlotBackground = "#0f141a";

    /// <summary>Side-by-side panels leave this share of the width between them.</summary>
    private const double PanelGap = 0.12;

    private const double MillisecondsPerDay = 86_400_000;

    /// <summary>
    /// Room above the plot for Plotly's modebar (about 26 px), so the toolbar never covers a reference line's label
    /// or the top of a curve.
    /// </summary>
    public const int TopMargin = 32;

    /// <summary>Trace names in a hover's side box are cut to this many characters: the box stays narrow.</summary>
    public const int HoverNameLength = 24;

    /// <summary>The colours of an exported PNG: dark text on an opaque white page, readable printed or pasted anywhere.</summary>
    public static readonly ExportTheme Export = new("#ffffff", "#1f2328", "#d0d7de");

    public static List<ITrace> Traces(ChartFigure figure) => [.. figure.Traces.Select(Trace)];

    public static PlotlyLayout Layout(ChartFigure figure)
    {
        var panels = figure.Panels.Count == 0 ? [new ChartPanel("", "", "")] : figure.Panels;
        var layout = new PlotlyLayout
        {
            Height = Height,
            AutoSize = true,
            PaperBgColor = "rgba(0,0,0,0)",
            PlotBgColor = PlotBackground,
            Font = new Font { Color = TextColor, Size = 11 },
            Margin = new Margin { L = 64, R = 16, T = TopMargin, B = 40 },
            // Hover text is wrapped (HoverText.Wrap); left-aligned lines and a short side box keep it inside the card.
            HoverLabel = new Plotly.Blazor.LayoutLib.HoverLabel
            {
                Align = HoverAlign.Left,
                NameLength = HoverNameLength,
                Font = new() { Size = 11 },
            },
            ShowLegend = figure.Traces.Any(t => t.ShowLegend),
            Legend = [new Legend { Orientation = LegendOrientation.H, Y = -0.22m, BgColor = "rgba(0,0,0,0)" }],
            HoverMode = HoverModeEnum.Closest,
            BarMode = figure.Bars switch
            {
                BarLayout.Stacked => BarModeEnum.Stack,
                BarLayout.Overlay => BarModeEnum.Overlay,
                _ => BarModeEnum.Group,
            },
            // Keeps the user's zoom and legend clicks while the same chart updates after an edit.
            UiRevision = figure.Id,
            XAxis = [],
            YAxis = [],
            Shapes = [],
        };

        for (var i = 0; i < panels.Count; i++)
        {
            var panel = panels[i];
            var width = (1 - PanelGap * (panels.Count - 1)) / panels.Count;
            var start = i * (width + PanelGap);
            var suffix = i == 0 ? "" : (i + 1).ToString(CultureInfo.InvariantCulture);
            layout.XAxis.Add(new XAxis
            {
                Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = panel.XTitle },
                Domain = [(decimal)start, (decimal)(start + width)],
                Anchor = $"y{suffix}",
                Type = panel.LogX ? AxisType.Log : panel.DateX ? AxisType.Date : null,
                // A log axis labels 1, 2 and 5 in each decade, in full ("2k", not a bare "2").
                DTick = panel.LogX ? "D2" : null,
                TickFormat = panel.LogX ? "~s" : null,
                GridColor = GridColor,
                ZeroLineColor = GridColor,
                AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
            });
            layout.YAxis.Add(new YAxis
            {
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = panel.YTitle },
                Anchor = $"x{suffix}",
                Type = panel.LogY ? YAxisType.Log : panel.Rows is not null ? YAxisType.Category : null,
                // A Gantt chart's rows read top to bottom in the order given, not in the traces' order.
                CategoryOrder = panel.Rows is not null ? YCategoryOrder.Array : null,
                CategoryArray = panel.Rows is { } rows ? [.. rows.Cast<object>()] : null,
                AutoRange = panel.Rows is not null ? YAutoRange.Reversed : null,
                DTick = panel.LogY ? "D2" : null,
                TickFormat = panel.YFormat ?? (panel.LogY ? "~s" : null),
                GridColor = GridColor,
                ZeroLineColor = GridColor,
                // Billions read as "1.2B", not SI's "1.2G".
                ExponentFormat = YExponentFormat.B,
                AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
            });
        }

        // Vertical lines' labels point away from each other: the lowest's to its left, the others' to their right, so
        // two lines close together (the design's and the baseline's supply) do not print one label over the other.
        var vertical = figure.Lines.Where(l => !l.Horizontal).ToList();
        var leftmost = vertical.Count > 1 ? vertical.OrderBy(l => l.At, StringComparer.Ordinal).ThenBy(l => l.Value).First() : null;
        foreach (var line in figure.Lines)
        {
            layout.Shapes.Add(Shape(line, labelLeft: ReferenceEquals(line, leftmost)));
        }

        return layout;
    }

    /// <summary>
    /// Plotly's own modebar stays for zoom and pan; its camera goes, since it would save the dark, transparent screen
    /// colours: the card's own PNG button saves the chart in <see cref="Export"/> colours with its title. The Plotly
    /// logo goes too.
    /// </summary>
    public static Config Config() => new()
    {
        DisplayModeBar = Plotly.Blazor.ConfigLib.DisplayModeBarEnum.True,
        DisplayLogo = false,
        Responsive = true,
        ModeBarButtonsToRemove = new[] { "lasso2d", "select2d", "toImage" },
    };

    private static ITrace Trace(ChartTrace trace)
    {
        var axes = trace.Panel <= 1 ? ("x", "y") : ($"x{trace.Panel}", $"y{trace.Panel}");
        var x = trace.X.ToList();
        var y = trace.Y.Select(v => (object)v!).ToList();
        var hovers = trace.PointHovers?.ToList();
        return trace.Kind switch
        {
            TraceKind.Bar => new Bar
            {
                Name = HoverText.Escape(trace.Name),
                X = x,
                Y = y,
                XAxis = axes.Item1,
                YAxis = axes.Item2,
                Marker = new BarMarker { Color = trace.Color },
                LegendGroup = trace.LegendGroup,
                ShowLegend = trace.ShowLegend,
                HoverTemplate = hovers is null ? trace.Hover : null,
                HoverTemplateArray = hovers,
            },
            // Plotly's Gantt: a horizontal bar per row whose base is the start date and whose length is the duration in
            // milliseconds (a date axis counts in those).
            TraceKind.Span => new Bar
            {
                Name = HoverText.Escape(trace.Name),
                Orientation = BarOrientation.H,
                Y = [.. (trace.Rows ?? []).Cast<object>()],
                X = [.. trace.Y.Select(days => (object)((days ?? 0) * MillisecondsPerDay))],
                BaseArray = x,
                XAxis = axes.Item1,
                YAxis = axes.Item2,
                Marker = new BarMarker { Color = trace.Color },
                LegendGroup = trace.LegendGroup,
                ShowLegend = trace.ShowLegend,
                HoverTemplate = hovers is null ? trace.Hover : null,
                HoverTemplateArray = hovers,
            },
            TraceKind.Waterfall => new Waterfall
            {
                Name = HoverText.Escape(trace.Name),
                X = x,
                Y = y,
                XAxis = axes.Item1,
                YAxis = axes.Item2,
                Measure = [.. x.Select((_, i) => (object)(i == 0 ? "absolute" : i == x.Count - 1 ? "total" : "relative"))],
                ShowLegend = trace.ShowLegend,
                HoverTemplate = hovers is null ? trace.Hover : null,
                HoverTemplateArray = hovers,
                Increasing = new Plotly.Blazor.Traces.WaterfallLib.Increasing { Marker = new() { Color = "#ff7043" } },
                Decreasing = new Plotly.Blazor.Traces.WaterfallLib.Decreasing { Marker = new() { Color = ChartTraces.DesignColor } },
                Totals = new Plotly.Blazor.Traces.WaterfallLib.Totals { Marker = new() { Color = ChartTraces.BaselineColor } },
                Connector = new WaterfallConnector { Line = new WaterfallConnectorLine { Color = GridColor } },
            },
            _ => Scatter(trace, x, y, axes, hovers),
        };
    }

    private static Scatter Scatter(ChartTrace trace, List<object> x, List<object> y, (string X, string Y) axes, List<string>? hovers)
    {
        var scatter = new Scatter
        {
            Name = HoverText.Escape(trace.Name),
            X = x,
            Y = y,
            XAxis = axes.X,
            YAxis = axes.Y,
            LegendGroup = trace.LegendGroup,
            ShowLegend = trace.ShowLegend,
            HoverTemplate = hovers is null ? trace.Hover : null,
            HoverTemplateArray = hovers,
        };
        switch (trace.Kind)
        {
            case TraceKind.Markers:
                scatter.Mode = ModeFlag.Markers;
                scatter.Marker = new ScatterMarker { Color = trace.Color, Size = 11, Line = new() { Color = TextColor, Width = 1 } };
                scatter.ErrorY = ErrorBars(trace);
                break;
            case TraceKind.BandLow:
            case TraceKind.BandHigh:
                // An edge with no stroke; the high edge fills down to the low edge just before it.
                scatter.Mode = ModeFlag.Lines;
                scatter.Line = new ScatterLine { Width = 0, Color = trace.Color };
                scatter.Fill = trace.Kind == TraceKind.BandHigh ? FillEnum.ToNextY : FillEnum.None;
                scatter.FillColor = trace.Kind == TraceKind.BandHigh ? trace.Color : null;
                break;
            default:
                scatter.Mode = ModeFlag.Lines;
                scatter.Line = new ScatterLine { Color = trace.Color, Width = 2, Dash = trace.Dash, Shape = trace.Steps ? LineShape.Hv : null };
                break;
        }

        return scatter;
    }

    /// <summary>A point's band as asymmetric error bars: how far down to its low end and up to its high end.</summary>
    private static ErrorY? ErrorBars(ChartTrace trace)
    {
        if (trace.Ranges is not { } ranges || ranges.All(r => r is null))
        {
            return null;
        }

        var up = new List<object>();
        var down = new List<object>();
        for (var i = 0; i < trace.Y.Count; i++)
        {
            var range = i < ranges.Count ? ranges[i] : null;
            var y = trace.Y[i];
            up.Add(range is { } r && y is { } v ? Math.Max(0, r.High - v) : 0);
            down.Add(range is { } r2 && y is { } v2 ? Math.Max(0, v2 - r2.Low) : 0);
        }

        return new ErrorY
        {
            Type = Plotly.Blazor.Traces.ScatterLib.ErrorYLib.TypeEnum.Data,
            Symmetric = false,
            Array = up,
            ArrayMinus = down,
            Color = trace.Color,
            Thickness = 1.5m,
            Width = 5,
        };
    }

    private static Shape Shape(ReferenceLine line, bool labelLeft)
    {
        var shape = new Shape
        {
            Type = ShapeType.Line,
            Line = new ShapeLine { Color = line.Color, Width = 1.5m, Dash = "dot" },
            // Upright text at the line's far end (the top of a vertical line, the right of a horizontal one).
            Label = new ShapeLabel
            {
                Text = HoverText.Escape(line.Label),
                Font = new() { Color = line.Color, Size = 10 },
                TextAngle = 0,
                TextPosition = ShapeLabelPosition.End,
                XAnchor = line.Horizontal || labelLeft ? ShapeLabelXAnchor.Right : ShapeLabelXAnchor.Left,
                YAnchor = line.Horizontal ? ShapeLabelYAnchor.Bottom : ShapeLabelYAnchor.Top,
            },
        };
        if (line.Horizontal)
        {
            shape.XRef = "x domain";
            shape.X0 = 0;
            shape.X1 = 1;
            shape.YRef = "y";
            shape.Y0 = line.Value;
            shape.Y1 = line.Value;
        }
        else
        {
            shape.XRef = "x";
            shape.X0 = line.At ?? (object)line.Value;
            shape.X1 = line.At ?? (object)line.Value;
            shape.YRef = "y domain";
            shape.Y0 = 0;
            shape.Y1 = 1;
        }

        return shape;
    }
}

/// <summary>Colours a chart is exported in (css colours), passed to js/studio-files.js's downloadChartPng.</summary>
public sealed record ExportTheme(string Background, string Text, string Grid);
