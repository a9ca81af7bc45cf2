using System.Globalization;
using System.Text.RegularExpressions;
using Studio.Contracts.Scenarios;
using Studio.Engine.Scenarios;

namespace Studio.Server.Scenarios;

/// <summary>
/// The schedule on the wire: dates as ISO "yyyy-MM-dd", quarters as "yyyy-Qn". Every member is optional; a date,
/// a quarter or a list that is wrong is an error at its own path, and every one is reported at once.
/// </summary>
public sealed partial class ScenarioMapper
{
    public const int MaxGridPhases = 200;
    public const int MaxRackDeliveries = 400;

    /// <summary>
    /// Dates the schedule accepts. The studio plans factories, not history: a date before 2020 or after 2100 is a
    /// typo (a swapped day and year, a missing digit), and the bound keeps month arithmetic far from DateOnly's ends.
    /// </summary>
    public static DateOnly EarliestDate { get; } = new(2020, 1, 1);

    public static DateOnly LatestDate { get; } = new(2100, 12, 31);

    private const string DateFormat = "yyyy-MM-dd";

    // \z, not $: "$" also matches before a final newline, and "2027-Q3\n" is not a quarter.
    [GeneratedRegex(@"^(?<year>[0-9]{4})-Q(?<quarter>[1-4])\z", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    private sealed partial class MapContext
    {
        private const string SchedulePath = "$.schedule";

        private SchedulePlan MapSchedule(ScheduleDocument? schedule)
        {
            if (schedule is null)
            {
                return SchedulePlan.Default;
            }

            var start = schedule.Start is { } given ? ParseDate($"{SchedulePath}.start", given) : SchedulePlan.DefaultStart;
            CheckField(ScenarioFields.HallConstructionMonths, schedule.HallConstructionMonths);
            return new SchedulePlan
            {
                Start = start ?? SchedulePlan.DefaultStart,
                GridPhases = MapGridPhases(schedule.GridPhases ?? []),
                RackDeliveries = MapRackDeliveries(schedule.RackDeliveries ?? []),
                HallConstructionMonths = schedule.HallConstructionMonths,
            };
        }

        private List<GridPhase> MapGridPhases(List<GridPhaseDocument> phases)
        {
            var path = $"{SchedulePath}.gridPhases";
            if (!CheckListLength(path, phases.Count, MaxGridPhases, "grid phases"))
            {
                return [];
            }

            var mapped = new List<GridPhase>();
            (DateOnly Date, int Index)? previous = null;
            var totalMw = 0.0;
            for (var i = 0; i < phases.Count; i++)
            {
                if (phases[i] is not { } phase)
                {
                    Add($"{path}[{i}]", "Must not be null: each item is a grid phase (an object); remove the null from the list.");
                    continue;
                }

                var date = ParseDate($"{path}[{i}].energisedOn", phase.EnergisedOn);
                var mwOk = CheckRange($"{path}[{i}].mw", phase.Mw, ScenarioFields.MinGridInterconnectMw, ScenarioFields.MaxGridInterconnectMw, "MW");
                if (date is { } on)
                {
                    // Each phase adds capacity from its date on, so the list reads as a staircase: a step out of
                    // order, or two on one day, is almost always a typo in a date, and the Engine relies on the order.
                    if (previous is { } before && on <= before.Date)
                    {
                        Add($"{path}[{i}].energisedOn", on == before.Date
                            ? $"{Iso(on)} is also the date of {path}[{before.Index}]: give each date once, with its phases' MW added."
                            : $"{Iso(on)} is before {Iso(before.Date)} of {path}[{before.Index}]: list the grid phases in date order.");
                    }
                    else
                    {
                        previous = (on, i);
                    }
                }

                if (date is not null && mwOk)
                {
                    totalMw += phase.Mw;
                    mapped.Add(new GridPhase(date.Value, phase.Mw));
                }
            }

            if (totalMw > ScenarioFields.MaxGridInterconnectMw)
            {
                Add(path, string.Create(CultureInfo.InvariantCulture,
                    $"The grid phases add up to {totalMw:0.##} MW: a site's grid delivers at most {ScenarioFields.MaxGridInterconnectMw:0} MW."));
            }

            return mapped;
        }

        private List<RackDelivery> MapRackDeliveries(List<RackDeliveryDocument> deliveries)
        {
            var path = $"{SchedulePath}.rackDeliveries";
            if (!CheckListLength(path, deliveries.Count, MaxRackDeliveries, "rack deliveries"))
            {
                return [];
            }

            var firstAt = new Dictionary<DateOnly, int>();
            var mapped = new List<RackDelivery>();
            for (var i = 0; i < deliveries.Count; i++)
            {
                if (deliveries[i] is not { } delivery)
                {
                    Add($"{path}[{i}]", "Must not be null: each item is a rack delivery (an object); remove the null from the list.");
                    continue;
                }

                var quarter = ParseQuarter($"{path}[{i}].quarter", delivery.Quarter);
                if (quarter is { } start && !firstAt.TryAdd(start, i))
                {
                    Add($"{path}[{i}].quarter", $"{delivery.Quarter} is listed twice (first at {path}[{firstAt[start]}]): give each quarter once, with its racks added.");
                    quarter = null;
                }

                var racksOk = delivery.Racks is >= 0 and <= FactoryPlan.MaxRacks;
                if (!racksOk)
                {
                    Add($"{path}[{i}].racks", string.Create(CultureInfo.InvariantCulture,
                        $"{delivery.Racks} racks is out of range: a quarter delivers from 0 to {FactoryPlan.MaxRacks:N0} racks."));
                }

                if (quarter is not null && racksOk)
                {
                    mapped.Add(new RackDelivery(quarter.Value, delivery.Racks));
                }
            }

            // The allocation is a table by quarter, so its order on the wire carries nothing: the plan holds it in
            // calendar order, and two documents that list the same quarters differently map to the same plan.
            return [.. mapped.OrderBy(d => d.QuarterStart)];
        }

        /// <summary>
        /// A list over its cap is refused whole, before its items are read: checking them would bury the one error
        /// that matters under the cap's worth of others, and the Engine never sees the list anyway.
        /// </summary>
        private bool CheckListLength(string path, int count, int max, string what)
        {
            CheckCount(path, count, max, what);
            return count <= max;
        }

        /// <summary>An ISO date within the schedule's years, or null after an error at <paramref name="path"/>.</summary>
        private DateOnly? ParseDate(string path, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(path, "Missing: give the date as yyyy-MM-dd, e.g. \"2027-01-01\".");
                return null;
            }

            if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Add(path, $"'{Truncate(text)}' is not a date: write it as yyyy-MM-dd, e.g. \"2027-01-01\".");
                return null;
            }

            if (date < EarliestDate || date > LatestDate)
            {
                Add(path, $"{text} is out of range: use a date from {Iso(EarliestDate)} to {Iso(LatestDate)}.");
                return null;
            }

            return date;
        }

        /// <summary>The first day of a "yyyy-Qn" quarter within the schedule's years, or null after an error.</summary>
        private DateOnly? ParseQuarter(string path, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(path, "Missing: give the quarter as yyyy-Qn, e.g. \"2027-Q3\".");
                return null;
            }

            var match = QuarterPattern().Match(text);
            if (!match.Success)
            {
                Add(path, $"'{Truncate(text)}' is not a quarter: write it as yyyy-Qn with n from 1 to 4, e.g. \"2027-Q3\".");
                return null;
            }

            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year < EarliestDate.Year || year > LatestDate.Year)
            {
                Add(path, $"{text} is out of range: use a quarter from {EarliestDate.Year}-Q1 to {LatestDate.Year}-Q4.");
                return null;
            }

            var quarter = match.Groups["quarter"].Value[0] - '0';
            return new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        }

        private static string Iso(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
    }
}
