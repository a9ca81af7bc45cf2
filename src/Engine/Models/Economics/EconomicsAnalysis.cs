using System.Globalization;
using Studio.Engine.Compute;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Facility;
using Studio.Engine.Models.Factory;
using Studio.Engine.Models.Power;
using Studio.Engine.Models.Schedule;
using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Economics;

/// <summary>What the token economics give, each with a band; the token-based ones are null when serving is.</summary>
public sealed record EconomicsResult
{
    public required Figure CapexUsd { get; init; }

    public required Figure RacksPer100Mw { get; init; }

    public required Figure GpusPerGw { get; init; }

    public Figure? AnnualCostUsd { get; init; }

    public Figure? CostPerMillionOutputUsd { get; init; }

    public Figure? CostPerMillionInputUsd { get; init; }

    public Figure? TokensPerSecondPerMw { get; init; }

    public Figure? AnnualRevenueUsd { get; init; }

    public Figure? PaybackYears { get; init; }

    public Figure? AnnualRevenuePerGwUsd { get; init; }

    /// <summary>Revenue forgone while racks wait to come online; null without a build-out.</summary>
    public Figure? BuildOutRevenueUsd { get; init; }

    /// <summary>The model at every range's central value: the cash-flow chart's middle curve.</summary>
    public EconomicsOutcome? Central { get; init; }

    /// <summary>Every range at its favourable end, together.</summary>
    public EconomicsOutcome? Favourable { get; init; }

    /// <summary>Every range at its unfavourable end, together.</summary>
    public EconomicsOutcome? Unfavourable { get; init; }

    /// <summary>Output tokens/s per GPU at the central serving point; 0 without serving.</summary>
    public double CentralOutputRatePerGpu { get; init; }

    /// <summary>Every line the capex pays for; its total is the capex's central value.</summary>
    public required BillOfMaterials BillOfMaterials { get; init; }

    /// <summary>The facility's lines: bottom-up, or the user's one per-MW figure.</summary>
    public required FacilityCapex FacilityCapex { get; init; }
}

/// <summary>The serving operating point the economics price: output tokens/s per GPU and the prompts' share of GPU time.</summary>
public sealed record ServingRate(Figure OutputTokensPerSecondPerGpu, Figure? PrefillShare);

/// <summary>
/// Gathers the economics inputs from the design, the plant and the serving point, and runs the model at the central
/// values (each figure's value) and over a Monte Carlo of every uncertain input (each band: 5th to 95th percentile).
/// Two more runs with every range at its favourable and at its unfavourable end draw the cash-flow chart's curves.
/// </summary>
public static class EconomicsAnalysis
{
    public static EconomicsResult? Run(DesignAnalysis design, FacilityResult? facility, ServingRate? serving, BuildOut? buildOut, PowerTrainResult? train = null,
        ScheduleResult? schedule = null) =>
        Run(design, facility, serving, buildOut, EvaluationCompute.ParallelLoops, train, schedule);

    /// <param name="train">The power train as sized, whose blocks the facility's electrical lines are; null prices the electrical plant per MW.</param>
    /// <param name="schedule">The calendar whose ramp defers revenue; null takes the crews' build-out alone.</param>
    public static EconomicsResult? Run(DesignAnalysis design, FacilityResult? facility, ServingRate? serving, BuildOut? buildOut, EvaluationCompute compute,
        PowerTrainResult? train = null, ScheduleResult? schedule = null)
    {
        var scenario = design.Scenario;
        var factory = design.Factory;
        if (facility is null || factory.ComputeRackCount == 0)
        {
            return null;
        }

        var assumptions = scenario.Economics;
        // The facility from what it is built of, unless the user gives one figure per MW for all of it.
        var facilityCapex = assumptions.FacilityUsdPerMw is { } userPerMw
            ? FacilityCapexModel.Flat(Figure.User(userPerMw, "USD/MW", "facility cost per MW"), facility.ItMw)
            : FacilityCapexModel.BottomUp(facility, factory, scenario.Site, train);
        var facilityPerMw = facilityCapex.UsdPerMw;
        var life = FacilityDefaults.Or(assumptions.DepreciationYears, EconomicsDefaults.DepreciationYears, "depreciation life");
        var rate = FacilityDefaults.Or(assumptions.CostOfCapital, EconomicsDefaults.CostOfCapital, "cost of capital");
        var utilisation = FacilityDefaults.Or(assumptions.Utilisation, EconomicsDefaults.Utilisation, "utilisation");
        var maintenance = FacilityDefaults.Or(assumptions.MaintenanceFraction, EconomicsDefaults.MaintenanceFraction, "maintenance");
        // The factory as laid out: its parts are the bill of materials', its GPUs every row's.
        var bom = BillOfMaterials.For(factory, facilityCapex);
        var partsDesign = bom.PartsUsd;
        double gpus = factory.GpuCount;
        var racks = factory.RackCount;
        var workload = scenario.Workload;
        var ioRatio = (double)workload.InputTokens / workload.OutputTokens;

        // Each input goes to the end that helps (or hurts) the outcome: more tokens and a longer life help, more cost hurts.
        EconomicsPoint Point(Func<Figure, double> moreHelps, Func<Figure, double> lessHelps) => new(
            PartsCapexUsd: lessHelps(partsDesign),
            FacilityUsdPerMw: lessHelps(facilityPerMw),
            ItMw: lessHelps(facility.ItMw),
            FacilityMw: lessHelps(facility.FacilityMw),
            Gpus: gpus,
            Racks: racks,
            OutputTokensPerSecondPerGpu: serving is null ? 0 : moreHelps(serving.OutputTokensPerSecondPerGpu),
            PrefillShare: serving?.PrefillShare?.Value ?? 0,
            InputPerOutputToken: ioRatio,
            Utilisation: moreHelps(utilisation),
            DepreciationYears: moreHelps(life),
            CostOfCapital: lessHelps(rate),
            MaintenanceFraction: lessHelps(maintenance),
            ElectricityUsdPerKwh: scenario.Site.ElectricityUsdPerKwh,
            InputUsdPerMillion: assumptions.InputUsdPerMillionTokens,
            OutputUsdPerMillion: assumptions.OutputUsdPerMillionTokens,
            PriceDeclinePerYear: assumptions.PriceDeclinePerYear,
            DemandGrowthPerYear: assumptions.DemandGrowthPerYear);

        var central = TokenEconomics.Evaluate(Point(f => f.Value, f => f.Value));
        var good = TokenEconomics.Evaluate(Point(f => f.High, f => f.Low));
        var bad = TokenEconomics.Evaluate(Point(f => f.Low, f => f.High));

        Figure[] costInputs = [partsDesign, facilityPerMw, facility.ItMw, facility.FacilityMw, life, rate, maintenance];
        Figure[] tokenInputs = serving is null ? costInputs : [.. costInputs, utilisation, serving.OutputTokensPerSecondPerGpu];
        // The bands are the 5th and 95th percentiles of a Monte Carlo over every uncertain input (triangular over its
        // range); the ends-together corners above only draw the cash-flow chart's pessimistic and optimistic curves.
        var uncertainty = new EconomicsUncertainty(
            Point(f => f.Value, f => f.Value),
            Triangular.Of(partsDesign.Band),
            Triangular.Of(facilityPerMw),
            Triangular.Of(facility.ItMw),
            Triangular.Of(facility.Pue),
            serving is null ? Triangular.Exact(0) : Triangular.Of(serving.OutputTokensPerSecondPerGpu),
            Triangular.Of(utilisation),
            Triangular.Of(life),
            Triangular.Of(rate),
            Triangular.Of(maintenance));
        using var samples = new EconomicsSampleSet(compute, uncertainty);
        var spread = string.Create(CultureInfo.InvariantCulture, $"; band: 5th–95th percentile of {samples.Count:N0} Monte Carlo samples");
        Band Percentiles(Func<EconomicsValues, double> pick, double value) => samples.Band(pick, value);

        Figure Of(Func<EconomicsValues, double> pick, string unit, string note, Figure[] inputs) =>
            Figure.Derived(Percentiles(pick, pick(central.Values)), unit, note + spread, inputs);

        var capex = Of(v => v.CapexUsd, "USD", string.Create(CultureInfo.InvariantCulture,
            $"parts {partsDesign.Value / 1e6:0.#} M$ ({racks:N0} racks with their CDUs and switches; the bill of materials lists every line) + {facilityPerMw.Value / 1e6:0.#} M$/MW × {facility.ItMw.Value:0.##} MW IT"), costInputs);
        var racksPer100Mw = Figure.Derived(Percentiles(v => v.RacksPerGw, central.Values.RacksPerGw) / 10,
            "racks", string.Create(CultureInfo.InvariantCulture, $"100 MW / {facility.FacilityKwPerRack.Value:0.#} kW facility draw per rack"), facility.FacilityKwPerRack);
        var gpusPerGw = Figure.Derived(Percentiles(v => v.GpusPerGw, central.Values.GpusPerGw),
            "GPUs", string.Create(CultureInfo.InvariantCulture, $"1 GW / {facility.FacilityKwPerRack.Value:0.#} kW per rack × {gpus / racks:0.#} GPUs per rack"),
            facility.FacilityKwPerRack);
        if (serving is null)
        {
            return new EconomicsResult { CapexUsd = capex, RacksPer100Mw = racksPer100Mw, GpusPerGw = gpusPerGw, BillOfMaterials = bom, FacilityCapex = facilityCapex };
        }

        var share = serving.PrefillShare?.Value ?? 0;
        var annualCost = Of(v => v.AnnualCostUsd, "USD/year", string.Create(CultureInfo.InvariantCulture,
            $"capital {TokenEconomics.CapitalRecoveryFactor(rate.Value, life.Value):0.###} × capex over {life.Value:0.#} years at {rate.Value:P0}, energy at {scenario.Site.ElectricityUsdPerKwh:0.###} $/kWh, maintenance {maintenance.Value:P0}"),
            costInputs);
        var perOutput = Of(v => v.CostPerMillionOutputUsd, "USD/M tokens", string.Create(CultureInfo.InvariantCulture,
            $"annual cost × {1 - share:0.###} (decode's share of GPU time) / {central.Values.OutputTokensPerYear / 1e12:0.###} T output tokens a year ({serving.OutputTokensPerSecondPerGpu.Value:0} tokens/s per GPU × {gpus:0} GPUs × {utilisation.Value:P0})"),
            tokenInputs);
        var perInput = Of(v => v.CostPerMillionInputUsd, "USD/M tokens", string.Create(CultureInfo.InvariantCulture,
            $"annual cost × {share:0.###} (prefill's share of GPU time) / {central.Values.InputTokensPerYear / 1e12:0.###} T input tokens a year"), tokenInputs);
        var perMw = Of(v => v.TokensPerSecondPerMw, "tokens/s per MW", string.Create(CultureInfo.InvariantCulture,
            $"{serving.OutputTokensPerSecondPerGpu.Value:0} output tokens/s per GPU × {gpus:0} GPUs / {facility.FacilityMw.Value:0.##} MW facility (at full load)"), tokenInputs);
        var revenue = Of(v => v.AnnualRevenueUsd, "USD/year", string.Create(CultureInfo.InvariantCulture,
            $"input tokens at {assumptions.InputUsdPerMillionTokens:0.##} $/M + output tokens at {assumptions.OutputUsdPerMillionTokens:0.##} $/M, year one"), tokenInputs);
        var perGw = Of(v => v.AnnualRevenuePerGwUsd, "USD/year", "year-one revenue / facility MW × 1,000", tokenInputs);

        var horizon = Math.Ceiling(life.Value) * TokenEconomics.HorizonLives;
        var payback = central.PaybackYears is not null
            ? Figure.Derived(PaybackBand(Percentiles(v => v.PaybackYears, central.PaybackYears!.Value), samples, horizon, out var never), "years",
                string.Create(CultureInfo.InvariantCulture,
                    $"cumulative cash turns positive; prices fall {assumptions.PriceDeclinePerYear:P0} a year, demand grows {assumptions.DemandGrowthPerYear:P0} a year{(never > 0.05 ? string.Create(CultureInfo.InvariantCulture, $"; {never:P0} of samples do not pay back within {horizon:0} years") : "")}{spread}"),
                tokenInputs)
            : null;

        Figure? buildOutCost = null;
        if (schedule is not null)
        {
            // The ramp from the first token: each rack earns from the day it comes online, not from the first one's.
            var perRackDay = revenue.Band / factory.ComputeRackCount / 365;
            buildOutCost = Figure.Derived(perRackDay * schedule.RackDaysWaiting.Band, "USD",
                string.Create(CultureInfo.InvariantCulture,
                    $"{schedule.RackDaysWaiting.Value:N0} rack-days from the first token ({schedule.FirstToken:yyyy-MM-dd}) to each rack online × {perRackDay.Value:N0} $ revenue per rack-day"),
                revenue, schedule.RackDaysWaiting, schedule.MonthsToFullCapacity);
        }
        else if (buildOut is not null)
        {
            var perRackDay = revenue.Band / factory.ComputeRackCount / 365;
            buildOutCost = Figure.Derived(perRackDay * buildOut.RackDaysWaiting, "USD",
                string.Create(CultureInfo.InvariantCulture,
                    $"{buildOut.RackDaysWaiting.Value:N0} rack-days waiting to come online × {perRackDay.Value:N0} $ revenue per rack-day"),
                revenue, buildOut.DaysToFullCapacity);
        }

        return new EconomicsResult
        {
            CapexUsd = capex,
            RacksPer100Mw = racksPer100Mw,
            GpusPerGw = gpusPerGw,
            AnnualCostUsd = annualCost,
            CostPerMillionOutputUsd = perOutput,
            CostPerMillionInputUsd = perInput,
            TokensPerSecondPerMw = perMw,
            AnnualRevenueUsd = revenue,
            PaybackYears = payback,
            AnnualRevenuePerGwUsd = perGw,
            BuildOutRevenueUsd = buildOutCost,
            Central = central,
            Favourable = good,
            Unfavourable = bad,
            CentralOutputRatePerGpu = serving.OutputTokensPerSecondPerGpu.Value,
            BillOfMaterials = bom,
            FacilityCapex = facilityCapex,
        };
    }

    /// <summary>Samples that never pay back count as beyond the horizon: the band's top is the horizon when they pass 5%.</summary>
    private static Band PaybackBand(Band band, EconomicsSampleSet samples, double horizon, out double never)
    {
        never = samples.Share(sample => double.IsNaN(sample.PaybackYears));
        return never > 0.05 ? band with { High = Math.Max(band.Value, horizon) } : band;
    }
}
