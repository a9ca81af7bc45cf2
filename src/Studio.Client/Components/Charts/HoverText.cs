using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.Charts;

/// <summary>
/// Hover text for the charts: values and, where a chart shows a metric, where that number comes from (its
/// provenance kind, note and sources), as Plotly's hover templates want them (a little HTML, %{...} for the point).
/// </summary>
public static class HoverText
{
    /// <summary>Sources listed by title before the rest are counted: a hover box is not a bibliography.</summary>
    private const int MaxSources = 3;

    private const int MaxNoteLength = 160;

    /// <summary>The metric's provenance as hover lines; a withheld or missing metric says so instead.</summary>
    public static string Provenance(MetricDto? metric, IReadOnlyList<SourceDto> sources)
    {
        if (metric is null)
        {
            return "";
        }

        var lines = new List<string> { $"<i>{Escape(metric.Label)}: {Escape(Shared.Format.Provenance(metric.Provenance))}</i>" };
        if (!string.IsNullOrWhiteSpace(metric.Provenance.Note))
        {
            var note = metric.Provenance.Note.Length > MaxNoteLength ? metric.Provenance.Note[..(MaxNoteLength - 1)] + "…" : metric.Provenance.Note;
            lines.Add(Escape(note));
        }

        var ids = metric.Provenance.Sources;
        foreach (var id in ids.Take(MaxSources))
        {
            var title = sources.FirstOrDefault(s => s.Id == id)?.Title;
            lines.Add(title is null ? Escape(id) : $"{Escape(id)} {Escape(title)}");
        }

        if (ids.Count > MaxSources)
        {
            lines.Add($"and {ids.Count - MaxSources} more sources");
        }

        return string.Join("<br>", lines);
    }

    /// <summary>"1,234 kW (1,100 – 1,400)": a metric's value and band, or why it is withheld.</summary>
    public static string Value(MetricDto? metric)
    {
        if (metric?.Value is not { } value)
        {
            return metric is null ? "not reported" : "withheld: design error";
        }

        var band = Shared.Format.Band(metric.Low, metric.High, value);
        return Escape(band.Length == 0 ? $"{Shared.Format.Number(value)} {metric.Unit}" : $"{Shared.Format.Number(value)} {metric.Unit} ({band})");
    }

    /// <summary>A hover template: a bold title, lines, and the trace's name in the side box.</summary>
    public static string Template(string title, string traceName, params string[] lines)
    {
        var body = string.Join("<br>", lines.Where(l => l.Length > 0));
        return $"<b>{Escape(title)}</b><br>{body}<extra>{Escape(traceName)}</extra>";
    }

    public static string Number(double value) => Escape(Shared.Format.Number(value));

    /// <summary>
    /// Escapes the three characters Plotly's hover HTML reads as markup (°, – and the like stay readable), and keeps a
    /// stray "%{" in a note from reading as a placeholder.
    /// </summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("%{", "%\u200B{", StringComparison.Ordinal);
}
