using System.Globalization;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.Charts;

/// <summary>
/// The schedule's charts (issue 15): the design's phases as a Gantt chart with both sides' first token marked, and
/// IT megawatts online against date for the design and the baseline. A report without a schedule (a server that
/// does not plan one yet, a factory with no GPUs) draws nothing and says why; a phase with an unreadable date is
/// left out rather than drawn at the epoch.
/// </summary>
public static partial class ChartTraces
{
    /// <summary>The phases' kinds in the order work happens, with their legend names and colours.</summary>
    private static readonly (string Kind, string Name, string Color)[] s_phaseKinds =
    [
        ("grid", "Grid", "#ffb300"),
        ("construction", "Construction", ReferenceColor),
        ("equipment", "Power equipment", "#b68cff"),
        ("delivery", "Rack delivery", "#26c6da"),
        ("integration", "Integration", DesignColor),
    ];

    /// <summary>One bar per phase of the design's schedule, from its start to its end, coloured by kind.</summary>
    public static ChartFigure Schedule(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        var rows = new List<string>();
        var lines = new List<ReferenceLine>();
        if (sides[0].Report.Schedule is { } schedule)
        {
            var phases = schedule.Phases.Where(p => Date(p.Start) is { } start && Date(p.End) is { } end && end >= start).ToList();
            var label = RowLabels(phases, schedule);
            rows.AddRange(phases.Select(label).Distinct());
            var known = s_phaseKinds.Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
            var kinds = s_phaseKinds.Concat(phases.Select(p => p.Kind).Where(k => !known.Contains(k)).Distinct()
                .Select(k => (Kind: k, Name: k, Color: ReferenceColor)));
            foreach (var (kind, name, color) in kinds)
            {
                var ofKind = phases.Where(p => p.Kind == kind).ToList();
                if (ofKind.Count == 0)
                {
                    continue;
                }

                traces.Add(new ChartTrace(name, TraceKind.Span, [.. ofKind.Select(p => (object)p.Start)],
                    [.. ofKind.Select(p => (double?)Days(p.Start, p.End))], "")
                {
                    Color = color,
                    LegendGroup = name,
                    Ends = [.. ofKind.Select(p => p.End)],
                    Rows = [.. ofKind.Select(label)],
                    PointHovers = [.. ofKind.Select(p => HoverText.Template(Row(p, schedule), name,
                        $"{p.Start} → {p.End} ({HoverText.Number(Days(p.Start, p.End))} days)", HoverText.Escape(p.Note)))],
                });
            }

            if (traces.Count > 0 && Date(schedule.FirstToken) is not null)
            {
                lines.Add(new ReferenceLine(0, $"first token {schedule.FirstToken}", DesignColor) { At = schedule.FirstToken });
            }

            // The baseline's phases are not drawn (two Gantt charts in one card do not read); its first token is.
            if (traces.Count > 0 && sides[1].Report.Schedule is { } other && Date(other.FirstToken) is not null)
            {
                lines.Add(new ReferenceLine(0, $"{sides[1].Name} first token {other.FirstToken}", BaselineColor) { At = other.FirstToken });
            }
        }

        return new ChartFigure("schedule", "Schedule: from ground-breaking to full capacity",
            // No axis title: the ticks are years, and a title there collides with the legend below a short plot.
            [new ChartPanel("", "", "") { DateX = true, Rows = rows }], traces)
        {
            Lines = lines,
            Bars = BarLayout.Overlay,
            EmptyNote = "No schedule for the design: the server plans the calendar once the factory places GPUs.",
        };
    }

    /// <summary>IT megawatts online against date, as steps, for the design and the baseline.</summary>
    public static ChartFigure Capacity(ComparisonDto comparison, ChartContext context)
    {
        var sides = Sides(comparison, context);
        var traces = new List<ChartTrace>();
        foreach (var side in sides)
        {
            if (side.Report.Schedule is not { } schedule)
            {
                continue;
            }

            var points = schedule.Capacity.Where(p => Date(p.Date) is not null).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            traces.Add(new ChartTrace(side.Name, TraceKind.Line, [.. points.Select(p => (object)p.Date)], [.. points.Select(p => (double?)p.ItMwOnline)],
                HoverText.Template(side.Name, side.Name, "from %{x|%Y-%m-%d}", "%{y:,.4~g} MW of IT online",
                    $"first token {HoverText.Escape(schedule.FirstToken)}; full capacity {HoverText.Escape(schedule.FullCapacity)}"))
            {
                Color = side.Color,
                LegendGroup = side.Name,
                Steps = true,
            });
        }

        var missing = sides.Where(s => !traces.Any(t => t.Name == s.Name)).Select(s => s.Name).ToList();
        var title = missing.Count is 0 or 2 ? "Capacity online over time" : $"Capacity online over time ({missing[0]}: no schedule)";
        return new ChartFigure("capacity", title, [new ChartPanel("", "Date", "IT MW online") { DateX = true }], traces)
        {
            EmptyNote = "No capacity timeline: the server plans the calendar once the factory places GPUs.",
        };
    }

    /// <summary>A phase's row: its label, with its hall's name in front when the label does not already say it.</summary>
    private static string Row(SchedulePhaseDto phase, ScheduleDto schedule)
    {
        if (phase.HallId is null)
        {
            return phase.Label;
        }

        var hall = schedule.Halls.FirstOrDefault(h => h.HallId == phase.HallId)?.Label ?? phase.HallId;
        return phase.Label.Contains(hall, StringComparison.Ordinal) ? phase.Label : $"{hall}: {phase.Label}";
    }

    /// <summary>Longest row label drawn; longer ones end in an ellipsis (the hover has the whole label).</summary>
    private const int RowLabelLength = 30;

    /// <summary>
    /// The rows' labels as drawn: a long one (the server's "Grid: whole load after the interconnection queue") takes
    /// the plot's width and squeezes the legend into a column that covers half the card, so it is shortened, unless
    /// shortening would merge two rows.
    /// </summary>
    private static Func<SchedulePhaseDto, string> RowLabels(IReadOnlyList<SchedulePhaseDto> phases, ScheduleDto schedule)
    {
        var full = phases.Select(p => Row(p, schedule)).Distinct().ToList();
        var shortened = full.Select(Shorten).Distinct().Count() == full.Count;
        return shortened ? p => Shorten(Row(p, schedule)) : p => Row(p, schedule);
    }

    private static string Shorten(string row) =>
        row.Length <= RowLabelLength ? row : $"{row[..(RowLabelLength - 1)].TrimEnd()}…";

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static double Days(string start, string end) => Date(end)!.Value.DayNumber - Date(start)!.Value.DayNumber;
}
