using System.Globalization;
using System.Text;
using Studio.Client.Components.Shared;
using Studio.Client.State;

namespace Studio.Client.Components.Charts;

/// <summary>
/// A chart's data as CSV: one row per point, with the series, the panel's axis titles as column names and numbers in
/// the invariant culture to ten significant digits (<see cref="Csv.Number(double)"/>), so a spreadsheet gets what the
/// chart drew, not its rounded labels. A chart with bands (or spans) has low and high columns, filled on every row: a
/// point with no band of its own has low and high equal to its value. A chart with none has no such columns.
/// </summary>
public static class ChartCsv
{
    public static string Build(ChartFigure figure)
    {
        var csv = new StringBuilder();
        var panel = figure.Panels.Count > 0 ? figure.Panels[0] : new ChartPanel("", "", "");
        var banded = figure.Traces.Any(t => t.Ends is not null || t.Ranges?.Any(r => r is not null) == true);
        string[] head = ["series", "panel", Column(panel.XTitle, "x"), Column(panel.YTitle, "y")];
        Row(csv, banded ? [.. head, "low", "high"] : head);
        foreach (var trace in figure.Traces)
        {
            var panelTitle = trace.Panel - 1 < figure.Panels.Count ? figure.Panels[trace.Panel - 1].Title : "";
            for (var i = 0; i < trace.X.Count; i++)
            {
                var value = i < trace.Y.Count ? trace.Y[i] : null;
                var y = value is { } v ? Number(v) : "";
                // A span's row says which bar it is; its start is x (and "low"), its length in days y, its end "high".
                var series = trace.Rows is { } rows && i < rows.Count ? $"{trace.Name}: {rows[i]}" : trace.Name;
                string[] cells = [series, panelTitle, Cell(trace.X[i]), y];
                if (!banded)
                {
                    Row(csv, cells);
                    continue;
                }

                var range = trace.Ranges is { } ranges && i < ranges.Count ? ranges[i] : null;
                var low = range is { } r ? Number(r.Low) : trace.Ends is null ? y : cells[2];
                var high = trace.Ends is { } ends && i < ends.Count ? ends[i] : range is { } h ? Number(h.High) : y;
                Row(csv, [.. cells, low, high]);
            }
        }

        return csv.ToString();
    }

    /// <summary>"frontier-vs-gb200-nvl72-reference-design.csv": the chart and the baseline, safe as a file name.</summary>
    public static string FileName(ChartFigure figure, string baselineName)
    {
        var slug = StudioFiles.Slug(baselineName);
        return slug.Length == 0 ? $"{figure.Id}.csv" : $"{figure.Id}-vs-{slug}.csv";
    }

    private static string Column(string title, string fallback) => string.IsNullOrWhiteSpace(title) ? fallback : title;

    private static string Cell(object value) => value switch
    {
        double d => Number(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Number(double value) => Csv.Number(value);

    private static void Row(StringBuilder csv, params string[] cells) => Csv.Row(csv, cells);
}
