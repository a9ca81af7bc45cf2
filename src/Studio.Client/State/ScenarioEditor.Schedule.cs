using System.Globalization;
using System.Text.RegularExpressions;
using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>
/// The schedule's edits (issue 15): ground-breaking, the grid's energisation phases, the racks' quarterly allocation
/// and the halls' construction time. Dates are checked here (the wire's "yyyy-MM-dd" and "yyyy-Qn", within the years
/// a plan can mean), so a typing slip is refused with a message instead of reaching the server; each edit is one
/// snapshot, so one Undo reverts it.
/// </summary>
public sealed partial class ScenarioEditor
{
    /// <summary>The id schedule edits report: the schedule is one per scenario.</summary>
    public const string ScheduleEditId = "schedule";

    /// <summary>Ground-breaking when the plan leaves it out (docs/scenario-format.md).</summary>
    public static DateOnly DefaultScheduleStart { get; } = new(2027, 1, 1);

    // The server's bounds (docs/scenario-format.md), so an edit the inspector accepts is never refused on save.
    public static DateOnly EarliestScheduleDate { get; } = new(2020, 1, 1);

    public static DateOnly LatestScheduleDate { get; } = new(2100, 12, 31);

    public static NetworkBounds GridPhaseMwBounds { get; } = new(0.1, 20_000, Integer: false);

    public static NetworkBounds RackDeliveryBounds { get; } = new(1, 1_000_000, Integer: true);

    public static NetworkBounds HallConstructionMonthsBounds { get; } = new(1, 120, Integer: false);

    /// <summary>What a new grid phase or delivery starts with when there is none before it to copy.</summary>
    private const double NewGridPhaseMw = 100;

    private const int NewRackDelivery = 16;

    public ScheduleDocument? Schedule => Document.Schedule;

    /// <summary>Ground-breaking as "yyyy-MM-dd"; null or empty returns it to the default (2027-01-01).</summary>
    public EditResult SetScheduleStart(string? start)
    {
        var text = string.IsNullOrWhiteSpace(start) ? null : start.Trim();
        if (text is not null && DateProblem(text) is { } problem)
        {
            return EditResult.Refused($"Start: {problem}");
        }

        return ChangeSchedule(Schedule?.Start == text, s => s.Start = text,
            text is null ? $"Ground-breaking back to its default ({Iso(DefaultScheduleStart)})." : $"Ground-breaking on {text}.");
    }

    public EditResult SetHallConstructionMonths(double? months)
    {
        if (months is { } given && HallConstructionMonthsBounds.Problem(given) is { } problem)
        {
            return EditResult.Refused($"Hall construction: {problem}");
        }

        return ChangeSchedule(Schedule?.HallConstructionMonths == months, s => s.HallConstructionMonths = months,
            months is { } m ? $"A hall takes {Number(m)} months to build." : "Hall construction time back to the model's default.");
    }

    /// <summary>
    /// Adds a grid phase; left out, six months after the last phase (or two years after ground-breaking) with the last
    /// phase's megawatts. Phases stay in date order, as the wire format wants them.
    /// </summary>
    public EditResult AddGridPhase(string? energisedOn = null, double? mw = null)
    {
        var phases = Schedule?.GridPhases ?? [];
        var date = energisedOn?.Trim() ?? Iso(phases.Count > 0 && TryDate(phases[^1].EnergisedOn) is { } last
            ? last.AddMonths(6)
            : (TryDate(Schedule?.Start) ?? DefaultScheduleStart).AddMonths(24));
        var megawatts = mw ?? (phases.Count > 0 ? phases[^1].Mw : NewGridPhaseMw);
        if (GridPhaseProblem(date, megawatts, except: -1) is { } problem)
        {
            return EditResult.Refused($"Grid phase: {problem}");
        }

        return ChangeSchedule(false, s => (s.GridPhases ??= []).Add(new GridPhaseDocument { EnergisedOn = date, Mw = megawatts }),
            $"Grid phase added: {Number(megawatts)} MW from {date}.");
    }

    public EditResult SetGridPhaseDate(int index, string? energisedOn)
    {
        if (GridPhase(index) is not { } phase)
        {
            return EditResult.Refused("That grid phase no longer exists.");
        }

        var date = energisedOn?.Trim() ?? "";
        if (GridPhaseProblem(date, phase.Mw, except: index) is { } problem)
        {
            return EditResult.Refused($"Grid phase {index + 1}: {problem}");
        }

        return ChangeSchedule(phase.EnergisedOn == date, s => s.GridPhases![index].EnergisedOn = date,
            $"Grid phase {index + 1} energised on {date}.");
    }

    public EditResult SetGridPhaseMw(int index, double? mw)
    {
        if (GridPhase(index) is not { } phase)
        {
            return EditResult.Refused("That grid phase no longer exists.");
        }

        if (mw is not { } megawatts)
        {
            return EditResult.Refused($"Grid phase {index + 1}: a phase needs its megawatts; remove the phase to leave it out.");
        }

        if (GridPhaseMwBounds.Problem(megawatts) is { } problem)
        {
            return EditResult.Refused($"Grid phase {index + 1}: {problem}");
        }

        return ChangeSchedule(phase.Mw == megawatts, s => s.GridPhases![index].Mw = megawatts,
            $"Grid phase {index + 1} delivers {Number(megawatts)} MW.");
    }

    public EditResult RemoveGridPhase(int index)
    {
        if (GridPhase(index) is not { } phase)
        {
            return EditResult.Refused("That grid phase no longer exists.");
        }

        return ChangeSchedule(false, s => s.GridPhases!.RemoveAt(index), $"Grid phase of {phase.EnergisedOn} removed.");
    }

    /// <summary>
    /// Adds a quarter's rack allocation; left out, the quarter after the last (or a year after ground-breaking) with
    /// the last quarter's racks. Deliveries stay in quarter order, one per quarter.
    /// </summary>
    public EditResult AddRackDelivery(string? quarter = null, int? racks = null)
    {
        var deliveries = Schedule?.RackDeliveries ?? [];
        var text = quarter?.Trim() ?? (deliveries.Count > 0 && TryQuarter(deliveries[^1].Quarter) is { } last
            ? QuarterText(last.AddMonths(3))
            : QuarterText((TryDate(Schedule?.Start) ?? DefaultScheduleStart).AddMonths(12)));
        var count = racks ?? (deliveries.Count > 0 ? deliveries[^1].Racks : NewRackDelivery);
        if (DeliveryProblem(text, count, except: -1) is { } problem)
        {
            return EditResult.Refused($"Rack delivery: {problem}");
        }

        return ChangeSchedule(false, s => (s.RackDeliveries ??= []).Add(new RackDeliveryDocument { Quarter = text, Racks = count }),
            $"{count} racks allocated in {text}.");
    }

    public EditResult SetRackDeliveryQuarter(int index, string? quarter)
    {
        if (Delivery(index) is not { } delivery)
        {
            return EditResult.Refused("That rack delivery no longer exists.");
        }

        var text = quarter?.Trim() ?? "";
        if (DeliveryProblem(text, delivery.Racks, except: index) is { } problem)
        {
            return EditResult.Refused($"Rack delivery {index + 1}: {problem}");
        }

        return ChangeSchedule(delivery.Quarter == text, s => s.RackDeliveries![index].Quarter = text, $"Rack delivery {index + 1} moved to {text}.");
    }

    public EditResult SetRackDeliveryRacks(int index, int? racks)
    {
        if (Delivery(index) is not { } delivery)
        {
            return EditResult.Refused("That rack delivery no longer exists.");
        }

        if (racks is not { } count)
        {
            return EditResult.Refused($"Rack delivery {index + 1}: a delivery needs its racks; remove it to leave it out.");
        }

        if (RackDeliveryBounds.Problem(count) is { } problem)
        {
            return EditResult.Refused($"Rack delivery {index + 1}: {problem}");
        }

        return ChangeSchedule(delivery.Racks == count, s => s.RackDeliveries![index].Racks = count, $"{count} racks allocated in {delivery.Quarter}.");
    }

    public EditResult RemoveRackDelivery(int index)
    {
        if (Delivery(index) is not { } delivery)
        {
            return EditResult.Refused("That rack delivery no longer exists.");
        }

        return ChangeSchedule(false, s => s.RackDeliveries!.RemoveAt(index), $"The {delivery.Quarter} rack delivery removed.");
    }

    /// <summary>Why a "yyyy-MM-dd" text is not a date the plan can use, or null when it is.</summary>
    public static string? DateProblem(string text)
    {
        if (TryDate(text) is not { } date)
        {
            return $"'{text}' is not a date: write it as yyyy-MM-dd, e.g. {Iso(DefaultScheduleStart)}.";
        }

        return date < EarliestScheduleDate || date > LatestScheduleDate
            ? $"{text} is out of range: use a date from {Iso(EarliestScheduleDate)} to {Iso(LatestScheduleDate)}."
            : null;
    }

    /// <summary>Why a "yyyy-Qn" text is not a quarter the plan can use, or null when it is.</summary>
    public static string? QuarterProblem(string text)
    {
        if (TryQuarter(text) is not { } first)
        {
            return $"'{text}' is not a quarter: write it as yyyy-Qn, e.g. 2027-Q3.";
        }

        return first < EarliestScheduleDate || first > LatestScheduleDate
            ? $"{text} is out of range: use a quarter from {QuarterText(EarliestScheduleDate)} to {QuarterText(LatestScheduleDate)}."
            : null;
    }

    private GridPhaseDocument? GridPhase(int index) =>
        Schedule?.GridPhases is { } phases && index >= 0 && index < phases.Count ? phases[index] : null;

    private RackDeliveryDocument? Delivery(int index) =>
        Schedule?.RackDeliveries is { } deliveries && index >= 0 && index < deliveries.Count ? deliveries[index] : null;

    private string? GridPhaseProblem(string date, double mw, int except)
    {
        if (date.Length == 0)
        {
            return "a phase needs the date it is energised on (yyyy-MM-dd).";
        }

        if ((DateProblem(date) ?? GridPhaseMwBounds.Problem(mw)) is { } problem)
        {
            return problem;
        }

        // Two phases on one day are one phase: the user edits its megawatts instead.
        return Schedule?.GridPhases?.Where((p, i) => i != except).Any(p => p.EnergisedOn == date) == true
            ? $"a phase is already energised on {date}: change its megawatts instead."
            : null;
    }

    private string? DeliveryProblem(string quarter, int racks, int except)
    {
        if (quarter.Length == 0)
        {
            return "a delivery needs its quarter (yyyy-Qn).";
        }

        if ((QuarterProblem(quarter) ?? RackDeliveryBounds.Problem(racks)) is { } problem)
        {
            return problem;
        }

        return Schedule?.RackDeliveries?.Where((d, i) => i != except).Any(d => d.Quarter == quarter) == true
            ? $"{quarter} already has a delivery: change its racks instead."
            : null;
    }

    /// <summary>
    /// One undoable schedule edit. Phases and deliveries are put back in date order (the wire format's), lists left
    /// empty are dropped, and a schedule with nothing set goes, so "all defaults" is the same document as none.
    /// </summary>
    private EditResult ChangeSchedule(bool unchanged, Action<ScheduleDocument> apply, string message)
    {
        if (unchanged)
        {
            return EditResult.Done("Unchanged.", ScheduleEditId);
        }

        Snapshot();
        var schedule = Document.Schedule ??= new ScheduleDocument();
        apply(schedule);
        if (schedule.GridPhases is { } phases)
        {
            schedule.GridPhases = phases.Count == 0 ? null : [.. phases.OrderBy(p => TryDate(p.EnergisedOn) ?? DateOnly.MaxValue)];
        }

        if (schedule.RackDeliveries is { } deliveries)
        {
            schedule.RackDeliveries = deliveries.Count == 0 ? null : [.. deliveries.OrderBy(d => TryQuarter(d.Quarter) ?? DateOnly.MaxValue)];
        }

        if (schedule is { Start: null, GridPhases: null, RackDeliveries: null, HallConstructionMonths: null })
        {
            Document.Schedule = null;
        }

        Changed?.Invoke(ScenarioChange.Design);
        return EditResult.Done(message, ScheduleEditId);
    }

    private static DateOnly? TryDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The first day of a "yyyy-Qn" quarter.</summary>
    private static DateOnly? TryQuarter(string? text) =>
        text is not null && QuarterPattern().Match(text) is { Success: true } match
            ? new DateOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), (match.Groups[2].Value[0] - '1') * 3 + 1, 1)
            : null;

    private static string QuarterText(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}-Q{(date.Month - 1) / 3 + 1}");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();
}
