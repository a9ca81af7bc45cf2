namespace Studio.Client.Components.Charts;

/// <summary>How a trace is drawn.</summary>
public enum TraceKind
{
    Line,

    /// <summary>The lower edge of a band: an invisible line the next trace fills up to.</summary>
    BandLow,

    /// <summary>The upper edge of a band: filled down to the trace before it (Plotly's fill "tonexty").</summary>
    BandHigh,

    Markers,
    Bar,

    /// <summary>A waterfall: the first point absolute, the middle ones relative, the last the total.</summary>
    Waterfall,

    /// <summary>
    /// Horizontal bars from a start date (X) to an end date (<see cref="ChartTrace.Ends"/>), one row each
    /// (<see cref="ChartTrace.Rows"/>): a Gantt chart. Y is each bar's length in days.
    /// </summary>
    Span,
}

/// <summary>
/// One trace of a chart, independent of Plotly so the charts' content can be tested as plain data: what is drawn,
/// at which points, and what its hover says (value and provenance).
/// </summary>
/// <param name="X">Numbers, or category names for bars and waterfalls.</param>
/// <param name="Y">Null where a value is withheld: a gap in a line, a missing bar.</param>
/// <param name="Hover">Plotly hover template shared by every point (may use %{x} and %{y}).</param>
public sealed record ChartTrace(string Name, TraceKind Kind, IReadOnlyList<object> X, IReadOnlyList<double?> Y, string Hover)
{
    public required string Color { get; init; }

    /// <summary>Plotly dash style ("dash", "dot") or null for solid.</summary>
    public string? Dash { get; init; }

    /// <summary>Traces of one group toggle together in the legend (a line and its band).</summary>
    public string? LegendGroup { get; init; }

    public bool ShowLegend { get; init; } = true;

    /// <summary>1 for the left (or only) panel, 2 for the right one.</summary>
    public int Panel { get; init; } = 1;

    /// <summary>Per-point hover templates, when points say different things (waterfall steps); overrides <see cref="Hover"/>.</summary>
    public IReadOnlyList<string>? PointHovers { get; init; }

    /// <summary>Draws the line as steps (racks come online in whole numbers).</summary>
    public bool Steps { get; init; }

    /// <summary>Each point's low and high end (a metric's band), drawn as error bars on markers; null where there is none.</summary>
    public IReadOnlyList<(double Low, double High)?>? Ranges { get; init; }

    /// <summary>A span's end dates ("yyyy-MM-dd"), one per start in X.</summary>
    public IReadOnlyList<string>? Ends { get; init; }

    /// <summary>A span's row labels (the y categories), one per start in X.</summary>
    public IReadOnlyList<string>? Rows { get; init; }
}

/// <summary>A vertical (or horizontal) reference line on a chart's first panel: the interactivity target, a supply temperature, the deadline.</summary>
public sealed record ReferenceLine(double Value, string Label, string Color, bool Horizontal = false)
{
    /// <summary>A vertical line at a date ("yyyy-MM-dd") on a date axis, in place of <see cref="Value"/>.</summary>
    public string? At { get; init; }
}

/// <summary>One panel's axes. A figure has one panel, or two side by side sharing the legend.</summary>
public sealed record ChartPanel(string Title, string XTitle, string YTitle, bool LogX = false, bool LogY = false)
{
    /// <summary>d3 format of the y tick labels ("$.2~g"); null leaves Plotly's choice (SI with B for billions).</summary>
    public string? YFormat { get; init; }

    /// <summary>The x axis reads dates ("yyyy-MM-dd").</summary>
    public bool DateX { get; init; }

    /// <summary>When set, the y axis is these rows of labels, the first on top (a Gantt chart's), in this order.</summary>
    public IReadOnlyList<string>? Rows { get; init; }
}

public enum BarLayout
{
    Grouped,
    Stacked,

    /// <summary>Bars drawn where they fall, sharing no slots: a Gantt chart's rows each hold one trace's bar.</summary>
    Overlay,
}

/// <summary>Everything one chart shows, built from a comparison by <see cref="ChartTraces"/>.</summary>
public sealed record ChartFigure(string Id, string Title, IReadOnlyList<ChartPanel> Panels, IReadOnlyList<ChartTrace> Traces)
{
    public IReadOnlyList<ReferenceLine> Lines { get; init; } = [];

    public BarLayout Bars { get; init; } = BarLayout.Grouped;

    /// <summary>Shown instead of an empty plot: why there is nothing to draw.</summary>
    public string EmptyNote { get; init; } = "Nothing to draw for this design yet.";

    public bool IsEmpty => Traces.Count == 0;

    /// <summary>The series with this name (the first, when two panels repeat it).</summary>
    public ChartTrace? Trace(string name) => Traces.FirstOrDefault(t => t.Name == name);
}
