using System.Collections.Concurrent;
using System.Globalization;
using Studio.Engine.Compute;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;
using Studio.Engine.Sites;

namespace Studio.Engine.Models.Facility;

/// <summary>The factory's draw and its plant over a year, with bands from the plant's ranges.</summary>
/// <param name="ItMw">IT load of the whole factory.</param>
/// <param name="FacilityMw">Mean facility draw over the year: IT × PUE.</param>
/// <param name="FacilityKwPerRack">Mean facility draw per rack, for scaling to a given site power.</param>
public sealed record FacilityResult(
    Figure ItMw,
    Figure FacilityMw,
    Figure PeakFacilityMw,
    Figure GridPeakMw,
    Figure Pue,
    Figure ChillerHours,
    Figure WaterLitres,
    Figure CoolingMwh,
    Figure FacilityKwPerRack,
    PlantYear Central)
{
    /// <summary>The year's mean draw per factory rack of each kind of load, kW: what the power chart stacks.</summary>
    public required PowerBreakdown PerRack { get; init; }

    /// <summary>The plant's capacity, sized for the year's hottest hour rather than its mean.</summary>
    public required DesignDayPlant DesignDay { get; init; }
}

/// <summary>Heat rejection and chiller capacity the site needs in its hottest hour.</summary>
/// <param name="AmbientC">The design hour's outdoor dry-bulb temperature.</param>
/// <param name="HeatRejectionMw">Heat the dry coolers (or towers) must reject then: the liquid heat, the pumps, and the chillers' own work.</param>
/// <param name="ChillerMw">Heat chillers must lift then: the liquid loop's trim and the air-cooled share above the economizer.</param>
/// <param name="TrimChillerMw">The liquid loop's part of <paramref name="ChillerMw"/>: what the supply temperature costs in chillers.</param>
public sealed record DesignDayPlant(Figure AmbientC, Figure HeatRejectionMw, Figure ChillerMw, Figure TrimChillerMw);

/// <summary>Mean draw over the year per factory rack, kW, split by what draws it.</summary>
public sealed record PowerBreakdown(Figure ItKw, Figure CoolingKw, Figure PumpsKw, Figure LossesKw);

/// <summary>Scales the design to the factory and runs its plant through the site's year at both ends of every range.</summary>
public static class FacilityAnalysis
{
    private static readonly ConcurrentDictionary<string, TypicalYear> s_years = new(StringComparer.Ordinal);

    /// <summary>The site's year: the user's hours, or the location's synthesized typical year (built once per location).</summary>
    public static TypicalYear YearOf(Site site)
    {
        if (site.HourlyAmbientC is { } hours)
        {
            return TypicalYear.FromHours(hours, "hourly dry-bulb temperatures given in the scenario");
        }

        return s_years.GetOrAdd(site.LocationId, id => SiteLocations.TryGet(id, out var location)
            ? TypicalYear.Synthesize(location)
            : throw new ArgumentException($"Unknown location '{id}'.", nameof(site)));
    }

    public static FacilityResult? Run(DesignAnalysis design) => Run(design, EvaluationCompute.ParallelLoops);

    public static FacilityResult? Run(DesignAnalysis design, EvaluationCompute compute)
    {
        var scenario = design.Scenario;
        var factory = design.Factory;

        // The plant serves the factory as laid out: every row's racks, the fabric's switches and the rows' CDUs.
        var racks = factory.RackCount;
        var designIt = factory.ItPowerKw;
        if (factory.ComputeRackCount == 0 || designIt.Value <= 0)
        {
            return null;
        }

        var supplyC = scenario.Site.CoolantSupplyC;
        var load = new PlantLoad(designIt.Value, factory.LiquidHeatKw.Value, factory.PumpKw, supplyC, supplyC + factory.LoopRiseK);
        var parameters = FacilityDefaults.ParametersFor(scenario.Site, scenario.Power);
        var year = YearOf(scenario.Site);
        var years = compute.PlantYears(load,
            [PlantPoint.Central(parameters), PlantPoint.Favourable(parameters), PlantPoint.Unfavourable(parameters)], year.AmbientC);
        var (central, good, bad) = (years[0], years[1], years[2]);

        Figure[] inputs = [.. parameters.All(), designIt];
        var climate = new Figure(Band.Exact(year.AmbientC.Average()), "°C", SiteEvidence(scenario.Site, year));
        Figure[] plantInputs = [.. inputs, climate];

        var rackCount = Figure.User(racks, "racks", "racks laid out in the factory's rows");
        var itMw = Figure.Derived(designIt.Band / 1000, "MW",
            string.Create(CultureInfo.InvariantCulture, $"{designIt.Evidence.Note}, in kW / 1000"), designIt);
        var pue = Figure.Derived(new Band(central.Pue, good.Pue, bad.Pue), "ratio",
            string.Create(CultureInfo.InvariantCulture,
                $"facility / IT energy over the year: {central.CoolingMwh:0} MWh cooling, {central.PumpMwh:0} MWh pumps, {central.LossMwh:0} MWh losses on {central.ItMwh:0} MWh IT; {Rejection(scenario.Site)}"),
            plantInputs);
        var facilityMw = Figure.Derived(itMw.Band * pue.Band, "MW",
            string.Create(CultureInfo.InvariantCulture, $"{itMw.Value:0.###} MW IT × PUE {pue.Value:0.###}"), itMw, pue);
        // The plant runs at the central IT load, and its draw is proportional to the load it serves: the peak takes the
        // IT load's band as the mean (IT × PUE) does, or its high end would fall below the mean's.
        var itSpread = designIt.Band / designIt.Value;
        var peak = Figure.Derived(new Band(central.PeakFacilityKw, good.PeakFacilityKw, bad.PeakFacilityKw) * itSpread / 1000, "MW",
            "the year's highest hourly facility draw (hottest hour: most chiller work)", plantInputs);
        var grid = scenario.Power.PeakSmoothing
            ? Figure.Derived(peak.Band * (Band.Exact(1) - FacilityDefaults.PeakSmoothingFraction.Band), "MW",
                string.Create(CultureInfo.InvariantCulture, $"{peak.Value:0.###} MW peak × (1 − {FacilityDefaults.PeakSmoothingFraction.Value:0.##} smoothed by storage)"),
                peak, FacilityDefaults.PeakSmoothingFraction)
            : Figure.Derived(peak.Band, "MW", "peak facility draw; no peak smoothing", peak);

        return new FacilityResult(
            itMw,
            facilityMw,
            peak,
            grid,
            pue,
            Figure.Derived(new Band(central.ChillerHours, good.ChillerHours, bad.ChillerHours), "h/year",
                string.Create(CultureInfo.InvariantCulture,
                    $"hours when the coolers cannot bring the liquid loop to {supplyC:0.#} °C (outdoor + {parameters.ApproachK.Value:0.#} K approach)"),
                plantInputs),
            Figure.Derived(new Band(central.WaterLitres, good.WaterLitres, bad.WaterLitres), "L/year",
                scenario.Site.HeatRejection switch
                {
                    HeatRejection.CoolingTower => string.Create(CultureInfo.InvariantCulture, $"liquid heat rejected by evaporation × {parameters.TowerLitresPerKwh.Value:0.##} L/kWh"),
                    HeatRejection.Adiabatic => string.Create(CultureInfo.InvariantCulture,
                        $"liquid heat rejected while the pads are wet (the hours dry coolers alone miss the set-point) × {parameters.AdiabaticLitresPerKwh.Value:0.##} L/kWh"),
                    _ => "closed-loop dry coolers and air-cooled chillers evaporate no water",
                },
                plantInputs),
            Figure.Derived(new Band(central.CoolingMwh, good.CoolingMwh, bad.CoolingMwh), "MWh/year",
                "fans, chillers and air handling over the year", plantInputs),
            Figure.Derived(facilityMw.Band * 1000 / racks, "kW",
                string.Create(CultureInfo.InvariantCulture, $"{facilityMw.Value:0.###} MW / {racks} racks"), facilityMw, rackCount),
            central)
        {
            PerRack = Breakdown(central, good, bad, racks, plantInputs),
            DesignDay = DesignDay(load, parameters, year, plantInputs),
        };
    }

    private static PowerBreakdown Breakdown(PlantYear central, PlantYear good, PlantYear bad, int racks, Figure[] inputs)
    {
        Figure Of(Func<PlantYear, double> mwh, string what)
        {
            double Kw(PlantYear y) => mwh(y) * 1000 / y.Hours / racks;
            return Figure.Derived(new Band(Kw(central), Math.Min(Kw(good), Kw(bad)), Math.Max(Kw(good), Kw(bad))), "kW",
                string.Create(CultureInfo.InvariantCulture, $"{what}: {mwh(central):0} MWh a year / {central.Hours:N0} h / {racks} racks"), inputs);
        }

        return new PowerBreakdown(Of(y => y.ItMwh, "IT"), Of(y => y.CoolingMwh, "fans, chillers and air handling"),
            Of(y => y.PumpMwh, "CDU pumps"), Of(y => y.LossMwh, "distribution losses"));
    }

    /// <summary>
    /// Plant is bought for the worst hour it must carry, not the year's mean: the hottest hour of the site's year (the
    /// typical year's maximum, which is at or beyond ASHRAE's 0.4 % design dry-bulb), at both ends of every range.
    /// </summary>
    private static DesignDayPlant DesignDay(PlantLoad load, PlantParameters parameters, TypicalYear year, Figure[] inputs)
    {
        var hottest = year.AmbientC.Max();
        (double Rejection, double Chiller, double Trim) At(PlantPoint p)
        {
            var hour = CoolingPlant.Hour(load, p, hottest);
            var trimmedKw = hour.Trim * load.LiquidHeatKw;
            var airKw = Math.Max(0, load.ItKw - load.LiquidHeatKw);
            var airChillerKw = airKw > 0 && hottest > p.AirEconomizerC ? airKw : 0;
            var chillerWorkKw = (trimmedKw / p.ChillerCop) + (airChillerKw / p.AirChillerCop);
            // The air chillers' condensers reject the room heat they lift as well as their own work.
            return ((load.LiquidHeatKw + load.PumpKw + airChillerKw + chillerWorkKw) / 1000, (trimmedKw + airChillerKw) / 1000, trimmedKw / 1000);
        }

        var (central, good, bad) = (At(PlantPoint.Central(parameters)), At(PlantPoint.Favourable(parameters)), At(PlantPoint.Unfavourable(parameters)));
        var ambient = Figure.Derived(Band.Exact(hottest), "°C", "the hottest hour of the site's year", inputs[^1]);
        return new DesignDayPlant(
            ambient,
            Figure.Derived(Band.Spanning(central.Rejection, good.Rejection, bad.Rejection), "MW",
                string.Create(CultureInfo.InvariantCulture,
                    $"liquid heat {load.LiquidHeatKw / 1000:0.##} MW + pumps {load.PumpKw / 1000:0.###} MW + chilled room heat and the chillers' work, at {hottest:0.#} °C outdoors"),
                inputs),
            Figure.Derived(Band.Spanning(central.Chiller, good.Chiller, bad.Chiller), "MW",
                string.Create(CultureInfo.InvariantCulture,
                    $"liquid heat the coolers cannot bring to {load.SupplyC:0.#} °C at {hottest:0.#} °C outdoors, plus air-cooled heat above the economizer"),
                inputs),
            Figure.Derived(Band.Spanning(central.Trim, good.Trim, bad.Trim), "MW",
                string.Create(CultureInfo.InvariantCulture, $"liquid heat the coolers cannot bring to {load.SupplyC:0.#} °C at {hottest:0.#} °C outdoors"),
                inputs));
    }

    private static string Rejection(Site site) => site.HeatRejection switch
    {
        HeatRejection.CoolingTower => "evaporative towers",
        HeatRejection.Adiabatic => "dry coolers with adiabatic assist and chiller trim",
        _ => "dry coolers with chiller trim",
    };

    private static Evidence SiteEvidence(Site site, TypicalYear year)
    {
        if (site.HourlyAmbientC is not null || !SiteLocations.TryGet(site.LocationId, out var location))
        {
            return new Evidence(EvidenceKind.User, [], year.Description);
        }

        return location.Normals.Evidence;
    }
}
