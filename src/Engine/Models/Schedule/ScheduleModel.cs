using System.Globalization;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Factory;
using Studio.Engine.Models.Power;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Schedule;

/// <summary>
/// The factory's calendar: halls come online in phases as the grid, the halls' construction, the long-lead
/// electrical equipment, the racks' allocation and the crews allow. Each compute rack, in hall and row order, goes
/// through two stages. A crew integrates it once its hall is built and it has been delivered; a test station then
/// leak-tests and burns it in once the crew is done and the rack has power (the equipment has arrived and the grid's
/// energised capacity covers it and every rack before it). The rack is online when its burn-in ends.
/// </summary>
public static class ScheduleModel
{
    /// <summary>What held a rack back last, in the words of <see cref="HallOnline.SetBy"/>.</summary>
    public const string Grid = "grid";
    public const string Construction = "construction";
    public const string Equipment = "equipment";
    public const string Racks = "racks";
    public const string Integration = "integration";

    /// <summary>The capacity chart's points at most: its shape, not every rack.</summary>
    public const int MaxCapacityPoints = 200;

    // A grid phase covers a rack when its cumulative capacity reaches the rack's cumulative need less this share of
    // the total: the per-rack split of the facility's power must not strand the last rack over rounding.
    private const double MwTolerance = 1e-9;

    /// <param name="peakPue">Peak facility power over IT power, used when <paramref name="train"/> is null; null takes
    /// <see cref="ScheduleDefaults.PeakPue"/>.</param>
    /// <returns>Null when the factory places no GPUs.</returns>
    public static ScheduleResult? Plan(Scenario scenario, FactoryAnalysis factory, PowerTrainResult? train, BuildOut? integration, Figure? peakPue = null)
    {
        var racks = SiteRacks(factory);
        if (racks.Count == 0)
        {
            return null;
        }

        var inputs = Inputs.Of(scenario, factory, racks, train, integration, peakPue);
        var central = Run(inputs, racks, End.Central);
        var fast = Run(inputs, racks, End.Low);
        var slow = Run(inputs, racks, End.High);
        var start = scenario.Schedule.Start;

        var sources = inputs.Figures.ToArray();
        var monthsToFirst = Figure.Derived(Band.Spanning(central.First / ScheduleDefaults.DaysPerMonth, fast.First / ScheduleDefaults.DaysPerMonth, slow.First / ScheduleDefaults.DaysPerMonth), "months",
            string.Create(CultureInfo.InvariantCulture,
                $"first rack online {central.First:0.#} days after ground-breaking, waiting last for the {central.FirstSetBy}; ends take every duration at its short or long end"),
            sources);
        var monthsToFull = Figure.Derived(Band.Spanning(central.Full / ScheduleDefaults.DaysPerMonth, fast.Full / ScheduleDefaults.DaysPerMonth, slow.Full / ScheduleDefaults.DaysPerMonth), "months",
            string.Create(CultureInfo.InvariantCulture, $"last of {racks.Count} racks online {central.Full:0.#} days after ground-breaking"),
            sources);
        var waiting = Figure.Derived(Band.Spanning(central.RackDaysWaiting, fast.RackDaysWaiting, slow.RackDaysWaiting), "rack-days",
            string.Create(CultureInfo.InvariantCulture, $"Σ over {racks.Count} racks of days from the first token to the rack online"),
            sources);

        return new ScheduleResult(
            start,
            ToDate(start, central.First),
            ToDate(start, central.Full),
            monthsToFirst,
            monthsToFull,
            central.FirstSetBy,
            Phases(inputs, racks, central, start),
            Halls(factory, racks, central, start),
            Capacity(racks, central, start),
            waiting);
    }

    /// <summary>Days after the start to the day the event falls on: an event part-way through a day counts that day.</summary>
    /// <remarks>A plan that runs past the calendar's end (a million racks for one crew) ends on its last day rather than failing.</remarks>
    internal static DateOnly ToDate(DateOnly start, double days)
    {
        var left = DateOnly.MaxValue.DayNumber - start.DayNumber;
        var whole = double.IsNaN(days) ? left : Math.Clamp(Math.Ceiling(days - 1e-9), 0, left);
        return start.AddDays((int)whole);
    }

    private static double DaysFrom(DateOnly start, DateOnly date) => date.DayNumber - start.DayNumber;

    /// <summary>A compute rack on site: its hall (by position among halls with GPUs), its IT draw and its share of the grid.</summary>
    private readonly record struct SiteRack(int Hall, double ItKw, double FacilityMw);

    private enum End
    {
        Central,
        Low,
        High,
    }

    private static double Pick(Figure figure, End end) => end switch
    {
        End.Low => figure.Low,
        End.High => figure.High,
        _ => figure.Value,
    };

    private static List<SiteRack> SiteRacks(FactoryAnalysis factory)
    {
        var racks = new List<SiteRack>();
        var hall = 0;
        foreach (var h in factory.Halls)
        {
            var rows = h.Rows.Where(r => r.Rack.HasCompute && r.RackCount > 0).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            foreach (var row in rows)
            {
                for (var i = 0; i < row.RackCount; i++)
                {
                    racks.Add(new SiteRack(hall, row.Rack.ItPowerKw.Value, 0));
                }
            }

            hall++;
        }

        return racks;
    }

    /// <summary>A step of grid capacity: energised from this day on, cumulative MW after it.</summary>
    private sealed record GridStep(string Label, DateOnly? Date, Figure? QueueMonths, double Mw, double CumulativeMw, bool Assumed);

    /// <summary>An item of long-lead equipment, ordered at ground-breaking.</summary>
    private sealed record LeadItem(string Name, Figure Weeks);

    /// <summary>The plan's and the defaults' figures, resolved once for all three runs.</summary>
    private sealed record Inputs(
        DateOnly Start,
        double TotalFacilityMw,
        double[] RackMw,
        IReadOnlyList<GridStep> Grid,
        IReadOnlyList<(DateOnly Date, int Racks)> Deliveries,
        Figure ConstructionMonths,
        Figure StaggerMonths,
        IReadOnlyList<LeadItem> Equipment,
        Figure CrewHours,
        Figure StationHours,
        double CrewHoursPerDay,
        int Crews,
        int Stations,
        IReadOnlyList<Figure> Figures,
        IReadOnlyList<(string Id, string Label)> HallIds)
    {
        public static Inputs Of(Scenario scenario, FactoryAnalysis factory, List<SiteRack> racks, PowerTrainResult? train, BuildOut? integration, Figure? peakPue)
        {
            var plan = scenario.Schedule;
            var figures = new List<Figure>();

            // The grid must carry the facility's peak: the power train's where it is built, else IT × a peak PUE.
            var itKw = racks.Sum(r => r.ItKw);
            Figure facilityMw;
            if (train is not null)
            {
                facilityMw = train.GridPeakMw;
            }
            else
            {
                // The factory's IT power holds the fabric's switches as well as the racks: the grid carries both.
                var pue = peakPue ?? ScheduleDefaults.PeakPue;
                var itMw = Figure.Derived(Band.Exact(factory.ItPowerKw.Value > 0 ? factory.ItPowerKw.Value / 1000 : itKw / 1000), "MW",
                    "factory IT power, racks and fabric", factory.ItPowerKw);
                facilityMw = Figure.Derived(itMw.Band * pue.Band, "MW",
                    string.Create(CultureInfo.InvariantCulture, $"{itMw.Value:0.###} MW IT × peak PUE {pue.Value:0.###}"), itMw, pue);
            }

            figures.Add(facilityMw);
            var total = facilityMw.Value;
            var rackMw = racks.Select(r => itKw > 0 ? r.ItKw / itKw * total : 0).ToArray();

            var grid = GridSteps(plan, total, figures);
            var deliveries = DeliverySchedule(plan, racks.Count, figures);

            var construction = plan.HallConstructionMonths is { } months
                ? Figure.User(months, "months", "hall construction, ground-breaking to ready for racks")
                : ScheduleDefaults.HallConstructionMonths;
            figures.Add(construction);
            var halls = racks.Count == 0 ? 0 : racks[^1].Hall + 1;
            var stagger = ScheduleDefaults.HallStaggerMonths;
            if (halls > 1)
            {
                figures.Add(stagger);
            }

            List<LeadItem> equipment = train is not null
                ? [.. train.Blocks.Where(b => b.Units > 0 && b.LeadTimeWeeks.Value > 0).Select(b => new LeadItem(b.Name, b.LeadTimeWeeks))]
                :
                [
                    new("Substation transformers", ScheduleDefaults.TransformerLeadWeeks),
                    new("Medium-voltage switchgear", ScheduleDefaults.SwitchgearLeadWeeks),
                    new("Standby generators", ScheduleDefaults.GeneratorLeadWeeks),
                ];
            figures.AddRange(equipment.Select(e => e.Weeks));

            var crew = integration?.CrewHoursPerRack ?? ScheduleDefaults.CrewHoursPerRack;
            var station = integration?.StationHoursPerRack ?? ScheduleDefaults.StationHoursPerRack;
            figures.Add(crew);
            figures.Add(station);
            var f = scenario.Factory;
            return new Inputs(plan.Start, total, rackMw, grid, deliveries, construction, stagger, equipment, crew, station,
                f.CrewHoursPerDay > 0 ? f.CrewHoursPerDay : FactoryPlan.DefaultCrewHoursPerDay, Math.Max(1, f.Crews), Math.Max(1, f.TestStations),
                figures,
                [.. factory.Halls.Where(h => h.Rows.Any(r => r.Rack.HasCompute && r.RackCount > 0)).Select(h => (h.Hall.Id, h.Hall.Label))]);
        }

        /// <summary>
        /// The plan's phases in date order, cumulated; none takes the whole load after the default queue. Phases that
        /// fall short of the load leave the rest to join the queue: it is energised at the later of the last phase and
        /// the queue time, and marked assumed.
        /// </summary>
        private static List<GridStep> GridSteps(SchedulePlan plan, double totalMw, List<Figure> figures)
        {
            var steps = new List<GridStep>();
            if (plan.GridPhases.Count == 0)
            {
                figures.Add(ScheduleDefaults.InterconnectionQueueMonths);
                steps.Add(new GridStep("Grid: whole load after the interconnection queue", null, ScheduleDefaults.InterconnectionQueueMonths, totalMw, totalMw, true));
                return steps;
            }

            var cumulative = 0.0;
            foreach (var phase in plan.GridPhases.OrderBy(p => p.EnergisedOn))
            {
                cumulative += phase.Mw;
                steps.Add(new GridStep(string.Create(CultureInfo.InvariantCulture, $"Grid: +{phase.Mw:0.#} MW ({cumulative:0.#} MW)"),
                    phase.EnergisedOn, null, phase.Mw, cumulative, false));
            }

            figures.Add(Figure.User(cumulative, "MW", string.Create(CultureInfo.InvariantCulture, $"{plan.GridPhases.Count} grid phases")));
            if (cumulative < totalMw * (1 - MwTolerance))
            {
                figures.Add(ScheduleDefaults.InterconnectionQueueMonths);
                steps.Add(new GridStep(string.Create(CultureInfo.InvariantCulture, $"Grid: remaining {totalMw - cumulative:0.#} MW after the queue (assumed)"),
                    steps[^1].Date, ScheduleDefaults.InterconnectionQueueMonths, totalMw - cumulative, totalMw, true));
            }

            return steps;
        }

        /// <summary>
        /// The plan's quarterly allocation in date order; an allocation that falls short of the racks continues at its
        /// last non-zero quarter's rate, a quarter apart, until every rack is delivered.
        /// </summary>
        private static List<(DateOnly, int)> DeliverySchedule(SchedulePlan plan, int racks, List<Figure> figures)
        {
            var list = plan.RackDeliveries.Where(d => d.Racks > 0).OrderBy(d => d.QuarterStart).Select(d => (d.QuarterStart, d.Racks)).ToList();
            if (list.Count == 0)
            {
                return list;
            }

            figures.Add(Figure.User(list.Sum(d => d.Racks), "racks", string.Create(CultureInfo.InvariantCulture, $"{list.Count} quarterly rack allocations")));
            var delivered = list.Sum(d => d.Racks);
            var (last, rate) = list[^1];

            // The calendar ends in 9999: an allocation too thin for the racks (one a quarter for a million) delivers the
            // rest in its last representable quarter rather than failing.
            var lastQuarter = new DateOnly(9999, 10, 1);
            while (delivered < racks && last < lastQuarter)
            {
                last = last.AddMonths(3);
                var count = Math.Min(rate, racks - delivered);
                list.Add((last, count));
                delivered += count;
            }

            if (delivered < racks)
            {
                list.Add((last, racks - delivered));
            }

            return list;
        }

        public double HallStartDays(int hall, End end) => hall * Pick(StaggerMonths, end) * ScheduleDefaults.DaysPerMonth;

        public double HallReadyDays(int hall, End end) => HallStartDays(hall, end) + (Pick(ConstructionMonths, end) * ScheduleDefaults.DaysPerMonth);

        public double EquipmentDays(End end) => Equipment.Count == 0 ? 0 : Equipment.Max(e => Pick(e.Weeks, end)) * 7;

        public double GridDays(GridStep step, End end)
        {
            var dated = step.Date is { } date ? DaysFrom(Start, date) : 0;
            var queued = step.QueueMonths is { } queue ? Pick(queue, end) * ScheduleDefaults.DaysPerMonth : 0;
            return Math.Max(dated, queued);
        }
    }

    /// <summary>One run of the line at one end of the durations: each rack's days and what it waited for.</summary>
    private sealed record RunResult(double[] CrewStart, double[] Delivered, double[] Online, string[] SetBy, double First, double Full, string FirstSetBy, double RackDaysWaiting);

    private static RunResult Run(Inputs inputs, List<SiteRack> racks, End end)
    {
        var n = racks.Count;
        var crewDays = Pick(inputs.CrewHours, end) / inputs.CrewHoursPerDay;
        var stationDays = Pick(inputs.StationHours, end) / 24;
        var equipment = inputs.EquipmentDays(end);
        var gridDays = inputs.Grid.Select(g => inputs.GridDays(g, end)).ToArray();

        var crews = new PriorityQueue<int, double>();
        for (var c = 0; c < inputs.Crews; c++)
        {
            crews.Enqueue(c, 0);
        }

        var stations = new PriorityQueue<int, double>();
        for (var s = 0; s < inputs.Stations; s++)
        {
            stations.Enqueue(s, 0);
        }

        var crewStart = new double[n];
        var deliveredDays = new double[n];
        var online = new double[n];
        var setBy = new string[n];
        var cumulativeNeed = 0.0;
        var step = 0;
        var delivery = 0;
        var deliveredSoFar = inputs.Deliveries.Count == 0 ? 0 : inputs.Deliveries[0].Racks;
        var tolerance = inputs.TotalFacilityMw * MwTolerance;
        for (var i = 0; i < n; i++)
        {
            var hallReady = inputs.HallReadyDays(racks[i].Hall, end);

            // Deliveries fill racks in hall order: rack i arrives with the quarter that brings the (i+1)th rack.
            var delivered = double.NegativeInfinity;
            if (inputs.Deliveries.Count > 0)
            {
                while (deliveredSoFar < i + 1)
                {
                    delivery++;
                    deliveredSoFar += inputs.Deliveries[delivery].Racks;
                }

                delivered = DaysFrom(inputs.Start, inputs.Deliveries[delivery].Date);
            }

            cumulativeNeed += inputs.RackMw[i];
            while (step < inputs.Grid.Count - 1 && inputs.Grid[step].CumulativeMw < cumulativeNeed - tolerance)
            {
                step++;
            }

            var grid = gridDays[step];
            var ready = Math.Max(hallReady, delivered);
            crews.TryDequeue(out var crew, out var crewFree);
            var start = Math.Max(ready, crewFree);
            var crewEnd = start + crewDays;
            crews.Enqueue(crew, crewEnd);

            var powered = Math.Max(equipment, grid);
            stations.TryDequeue(out var station, out var stationFree);
            var test = Math.Max(Math.Max(crewEnd, powered), stationFree);
            online[i] = test + stationDays;
            stations.Enqueue(station, online[i]);
            crewStart[i] = start;
            deliveredDays[i] = delivered;

            // What the rack waited for last: a station still busy, the power, or (through the crew) a crew still busy,
            // the hall or the delivery. Ties go to the power, then the hall: the site's own constraints before the line's.
            setBy[i] = stationFree > Math.Max(crewEnd, powered)
                ? Integration
                : powered >= crewEnd
                    ? grid >= equipment ? Grid : Equipment
                    : crewFree > ready
                        ? Integration
                        : hallReady >= delivered ? Construction : Racks;
        }

        var firstIndex = 0;
        for (var i = 1; i < n; i++)
        {
            if (online[i] < online[firstIndex])
            {
                firstIndex = i;
            }
        }

        var first = online[firstIndex];
        var full = online.Max();
        var waiting = online.Sum(d => d - first);
        return new RunResult(crewStart, deliveredDays, online, setBy, first, full, setBy[firstIndex], waiting);
    }

    private static List<SchedulePhase> Phases(Inputs inputs, List<SiteRack> racks, RunResult run, DateOnly start)
    {
        var phases = new List<SchedulePhase>();
        var previous = start;
        foreach (var step in inputs.Grid)
        {
            var energised = ToDate(start, inputs.GridDays(step, End.Central));
            var note = step.Assumed
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{step.Mw:0.#} MW after {ScheduleDefaults.InterconnectionQueueMonths.Value:0} months in the interconnection queue (default, {ScheduleDefaults.InterconnectionQueueMonths.Low:0} to {ScheduleDefaults.InterconnectionQueueMonths.High:0})")
                : string.Create(CultureInfo.InvariantCulture, $"{step.Mw:0.#} MW energised on {energised:yyyy-MM-dd} (plan)");
            phases.Add(new SchedulePhase(step.Label, PhaseKind.Grid, null, previous < energised ? previous : start, energised, note));
            previous = energised;
        }

        foreach (var item in inputs.Equipment)
        {
            phases.Add(new SchedulePhase(item.Name, PhaseKind.Equipment, null, start, ToDate(start, item.Weeks.Value * 7),
                string.Create(CultureInfo.InvariantCulture, $"ordered at ground-breaking, {item.Weeks.Value:0} weeks to site ({item.Weeks.Low:0} to {item.Weeks.High:0})")));
        }

        var halls = racks[^1].Hall + 1;
        for (var h = 0; h < halls; h++)
        {
            var label = HallLabel(inputs, h);
            phases.Add(new SchedulePhase($"{label.Label}: construction", PhaseKind.Construction, label.Id,
                ToDate(start, inputs.HallStartDays(h, End.Central)), ToDate(start, inputs.HallReadyDays(h, End.Central)),
                string.Create(CultureInfo.InvariantCulture, $"{inputs.ConstructionMonths.Value:0.#} months of shell, fit-out and commissioning")));

            var indices = HallIndices(racks, h);
            if (inputs.Deliveries.Count > 0)
            {
                phases.Add(new SchedulePhase($"{label.Label}: rack deliveries", PhaseKind.Delivery, label.Id,
                    ToDate(start, indices.Min(i => run.Delivered[i])), ToDate(start, indices.Max(i => run.Delivered[i])),
                    string.Create(CultureInfo.InvariantCulture, $"{indices.Count} racks from the quarterly allocation, filled in hall order")));
            }

            phases.Add(new SchedulePhase($"{label.Label}: integration", PhaseKind.Integration, label.Id,
                ToDate(start, indices.Min(i => run.CrewStart[i])), ToDate(start, indices.Max(i => run.Online[i])),
                string.Create(CultureInfo.InvariantCulture,
                    $"{inputs.Crews} crews at {inputs.CrewHours.Value:0.#} h a rack, {inputs.Stations} test stations at {inputs.StationHours.Value:0.#} h")));
        }

        return phases;
    }

    /// <summary>A hall's racks: they are listed in hall order, so each hall is one run of indices, found by halving.</summary>
    private static IReadOnlyList<int> HallIndices(List<SiteRack> racks, int hall)
    {
        int First(int h)
        {
            var (low, high) = (0, racks.Count);
            while (low < high)
            {
                var mid = (low + high) / 2;
                (low, high) = racks[mid].Hall < h ? (mid + 1, high) : (low, mid);
            }

            return low;
        }

        var start = First(hall);
        return Enumerable.Range(start, First(hall + 1) - start).ToList();
    }

    // Halls are numbered among those with GPUs, in the factory's order.
    private static (string Id, string Label) HallLabel(Inputs inputs, int hall) => inputs.HallIds[hall];

    private static List<HallOnline> Halls(FactoryAnalysis factory, List<SiteRack> racks, RunResult run, DateOnly start)
    {
        var labels = factory.Halls.Where(h => h.Rows.Any(r => r.Rack.HasCompute && r.RackCount > 0)).Select(h => h.Hall).ToList();
        var result = new List<HallOnline>();
        for (var h = 0; h < labels.Count; h++)
        {
            var indices = HallIndices(racks, h);
            var first = indices.MinBy(i => run.Online[i]);
            result.Add(new HallOnline(labels[h].Id, labels[h].Label, indices.Count,
                ToDate(start, run.Online[first]), ToDate(start, indices.Max(i => run.Online[i])), run.SetBy[first]));
        }

        return result;
    }

    private static List<CapacityPoint> Capacity(List<SiteRack> racks, RunResult run, DateOnly start)
    {
        // Racks by the day they come online; each day's count and IT power is a step of the chart.
        var days = new SortedDictionary<int, (int Racks, double Kw)>();
        for (var i = 0; i < racks.Count; i++)
        {
            var day = ToDate(start, run.Online[i]).DayNumber;
            days[day] = days.TryGetValue(day, out var seen) ? (seen.Racks + 1, seen.Kw + racks[i].ItKw) : (1, racks[i].ItKw);
        }

        var steps = new List<CapacityPoint>();
        var (count, kw) = (0, 0.0);
        foreach (var (day, added) in days)
        {
            count += added.Racks;
            kw += added.Kw;
            steps.Add(new CapacityPoint(DateOnly.FromDayNumber(day), count, kw / 1000));
        }

        // Thin the steps evenly to at most the chart's points, keeping the last (full capacity).
        var every = (int)Math.Ceiling(steps.Count / (double)(MaxCapacityPoints - 1));
        var points = new List<CapacityPoint> { new(start, 0, 0) };
        for (var k = 0; k < steps.Count; k++)
        {
            if (k % every == 0 || k == steps.Count - 1)
            {
                points.Add(steps[k]);
            }
        }

        return points;
    }
}
