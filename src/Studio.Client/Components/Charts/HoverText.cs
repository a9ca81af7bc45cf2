using System.Text;
using System.Text.RegularExpressions;
using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.Charts;

/// <summary>
/// Hover text for the charts: values and, where a chart shows a metric, where that number comes from (its
/// provenance kind, note and sources), as Plotly's hover templates want them (a little HTML, %{...} for the point).
/// </summary>
public static partial class HoverText
{
    /// <summary>Sources listed by title before the rest are counted: a hover box is not a bibliography.</summary>
    private const int MaxSources = 3;

    private const int MaxNoteLength = 160;

    /// <summary>
    /// Characters a hover line may hold before it wraps: about 260 px at the hover's 11 px, well inside the narrowest
    /// card (420 px), so a hover box never runs past its chart. Plotly does not wrap hover text itself.
    /// </summary>
    public const int MaxLineLength = 44;

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

    /// <summary>"1,234 kW (1,100 – 1,400)", "$1.17 B ($1.08 B – $1.4 B)": a metric's value and band, or why it is withheld.</summary>
    public static string Value(MetricDto? metric)
    {
        if (metric?.Value is not { } value)
        {
            return metric is null ? "not reported" : "withheld: design error";
        }

        var shown = Shared.Format.WithUnit(value, metric.Unit);
        var band = Shared.Format.Band(metric.Low, metric.High, value, metric.Unit);
        return Escape(band.Length == 0 ? shown : $"{shown} ({band})");
    }

    /// <summary>A hover template: a bold title, lines (each wrapped to <see cref="MaxLineLength"/>), and the trace's name in the side box.</summary>
    public static string Template(string title, string traceName, params string[] lines)
    {
        var body = string.Join("<br>", lines.Where(l => l.Length > 0).SelectMany(l => l.Split("<br>")).Select(Wrap));
        return $"<b>{Wrap(Escape(title))}</b><br>{body}<extra>{Escape(traceName)}</extra>";
    }

    /// <summary>
    /// Breaks one line of hover HTML at spaces so no run of visible text passes <see cref="MaxLineLength"/>. Tags
    /// count nothing, an entity one character and a %{…} placeholder a number's width.
    /// </summary>
    public static string Wrap(string line)
    {
        var wrapped = new StringBuilder();
        var width = 0;
        foreach (var word in line.Split(' '))
        {
            var length = VisibleLength(word);
            if (width > 0 && width + 1 + length > MaxLineLength)
            {
                wrapped.Append("<br>");
                width = 0;
            }
            else if (wrapped.Length > 0)
            {
                wrapped.Append(' ');
                width++;
            }

            wrapped.Append(word);
            width += length;
        }

        return wrapped.ToString();
    }

    private static int VisibleLength(string html)
    {
        var text = Tag().Replace(html, "");
        text = Placeholder().Replace(text, "12345678");
        return Entity().Replace(text, "&").Length;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"%\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("&[a-z]+;")]
    private static partial Regex Entity();

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
