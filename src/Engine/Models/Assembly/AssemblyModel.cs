using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models.Racks;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Assembly;

/// <summary>How long a rack and the factory take to build.</summary>
/// <param name="ComputeTrayMinutes">Building one compute tray, at the tray maker's line (the 5-minute Rubin figure is a
/// factory-floor figure): reported, but not charged to the crews on site, who receive trays built.</param>
/// <param name="CrewHoursPerRack">A crew's hands-on time per rack on site: install every part, plumb the rack.</param>
/// <param name="StationHoursPerRack">A test station's time per rack: leak test and burn-in.</param>
/// <param name="RackHours">One rack from bare frame to hand-over.</param>
/// <param name="RackDaysWaiting">Sum over racks of the days each waits to come online: what build-out costs in revenue.</param>
/// <param name="Timeline">Racks online against days since the first tray, at the central values.</param>
public sealed record BuildOut(
    Figure ComputeTrayMinutes,
    Figure CrewHoursPerRack,
    Figure StationHoursPerRack,
    Figure RackHours,
    Figure DaysToFirstRack,
    Figure DaysToFullCapacity,
    Band RackDaysWaiting,
    string Bottleneck,
    IReadOnlyList<(double Day, double Racks)> Timeline);

/// <summary>
/// Rack integration and factory build-out as a two-stage line: crews install and plumb (working their hours per
/// day), then test stations leak-test and burn in (around the clock). The first rack is online after one pass of
/// both stages; after it, racks come online at the slower stage's rate: min(crews × hours per day / crew hours,
/// stations × 24 / station hours) racks per day.
/// </summary>
public static class AssemblyModel
{
    public static BuildOut? Plan(RackAnalysis rack, FactoryPlan plan)
    {
        var trays = rack.Rack.PartsOf<ComputeTraySpec>().ToList();
        if (trays.Count == 0)
        {
            return null;
        }

        // Trays arrive built and tested from the tray maker (S42, S43 time the build on its line), so their build is
        // reported but not summed into the crew's hours: on site a tray is only slid in (its RackInstall step).
        var built = trays.Select(t => t.Spec.AssemblyMinutes).MaxBy(f => f.Value)!;
        var trayMinutes = built with
        {
            Evidence = built.Evidence with
            {
                Note = "Build time of one tray on the tray maker's line; trays reach the site built, so no crew hours are charged for it",
            },
        };
        var terms = new List<SumTerm>();

        // Kind by kind in palette order (the sort is stable), so the arithmetic reads like the parts list and sums
        // in the same order whatever order the parts were placed in.
        terms.AddRange(rack.Rack.Parts
            .Select(p => p.Spec)
            .Where(s => s.RackInstall is not null)
            .OrderBy(s => s.Kind.PaletteOrder)
            .Select(s => new SumTerm(s.RackInstall!.Step, s.RackInstall.Duration, s.RackInstall.HoursPerUnit)));
        terms.Add(new SumTerm("manifolds, fill and bleed", AssemblyDefaults.ManifoldHours));
        var crew = FigureSum.Of("h", terms);

        var burnIn = plan.BurnInHours is { } hours ? Figure.User(hours, "h", "burn-in per rack") : AssemblyDefaults.BurnInHours;
        var station = FigureSum.Of("h", [new SumTerm("leak test", AssemblyDefaults.LeakTestHours), new SumTerm("burn-in", burnIn)]);
        var rackHours = Figure.Derived(crew.Band + station.Band, "h",
            string.Create(CultureInfo.InvariantCulture, $"{crew.Value:0.#} h crew work + {station.Value:0.#} h leak test and burn-in"), crew, station);

        // Each end of a band takes every duration at the same end: build-out time rises with each of them.
        var central = Line(crew.Value, station.Value, plan);
        var fast = Line(crew.Low, station.Low, plan);
        var slow = Line(crew.High, station.High, plan);
        var planFigure = Figure.User(plan.RackCount, "racks",
            string.Create(CultureInfo.InvariantCulture, $"{plan.RackCount} racks, {plan.Crews} crews at {plan.CrewHoursPerDay:0.#} h/day, {plan.TestStations} test stations"));
        var first = Figure.Derived(new Band(central.First, fast.First, slow.First), "days",
            string.Create(CultureInfo.InvariantCulture, $"{crew.Value:0.#} h at {plan.CrewHoursPerDay:0.#} crew h/day + {station.Value:0.#} h of testing around the clock"),
            crew, station, planFigure);
        var full = Figure.Derived(new Band(central.Full, fast.Full, slow.Full), "days",
            string.Create(CultureInfo.InvariantCulture,
                $"first rack after {central.First:0.#} days, then {central.RacksPerDay:0.##} racks/day ({central.Bottleneck}) for the other {plan.RackCount - 1}"),
            crew, station, planFigure);

        return new BuildOut(trayMinutes, crew, station, rackHours, first, full,
            new Band(central.RackDaysWaiting, fast.RackDaysWaiting, slow.RackDaysWaiting), central.Bottleneck, Timeline(central, plan.RackCount));
    }

    private readonly record struct ProductionLine(double First, double RacksPerDay, double Full, double RackDaysWaiting, string Bottleneck);

    private static ProductionLine Line(double crewHours, double stationHours, FactoryPlan plan)
    {
        var crewRate = plan.Crews * plan.CrewHoursPerDay / crewHours;
        var stationRate = plan.TestStations * 24 / stationHours;
        var rate = Math.Min(crewRate, stationRate);
        var first = (crewHours / plan.CrewHoursPerDay) + (stationHours / 24);
        var n = plan.RackCount;
        var full = first + ((n - 1) / rate);

        // Rack i (from 0) comes online on day first + i / rate: the sum of those days in closed form.
        var waiting = (n * first) + ((double)(n - 1) * n / 2 / rate);
        return new ProductionLine(first, rate, full, waiting, crewRate <= stationRate ? "crews are the bottleneck" : "test stations are the bottleneck");
    }

    private static List<(double Day, double Racks)> Timeline(ProductionLine line, int racks)
    {
        // At most ~100 points: the chart needs the shape, not every rack.
        var step = Math.Max(1, racks / 100);
        var points = new List<(double, double)> { (0, 0) };
        for (var i = 0; i < racks; i += step)
        {
            points.Add((line.First + (i / line.RacksPerDay), i + 1));
        }

        points.Add((line.Full, racks));
        return points;
    }
}
