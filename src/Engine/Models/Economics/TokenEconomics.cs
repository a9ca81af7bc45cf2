namespace Studio.Engine.Models.Economics;

/// <summary>One set of economics inputs as plain numbers: the central values, or every range at one end.</summary>
/// <param name="OutputTokensPerSecondPerGpu">At the interactivity target, prefill GPUs included.</param>
/// <param name="PrefillShare">Share of GPU time spent on prompts: the part of the cost input tokens carry.</param>
/// <param name="FacilityMw">Mean facility draw of the factory (IT × PUE).</param>
public readonly record struct EconomicsPoint(
    double PartsCapexUsd,
    double FacilityUsdPerMw,
    double ItMw,
    double FacilityMw,
    double Gpus,
    double Racks,
    double OutputTokensPerSecondPerGpu,
    double PrefillShare,
    double InputPerOutputToken,
    double Utilisation,
    double DepreciationYears,
    double CostOfCapital,
    double MaintenanceFraction,
    double ElectricityUsdPerKwh,
    double InputUsdPerMillion,
    double OutputUsdPerMillion,
    double PriceDeclinePerYear,
    double DemandGrowthPerYear);

/// <summary>What the inputs give, in the units of the metrics.</summary>
/// <param name="PaybackYears">Years until cumulative cash turns positive; null when it does not within the horizon.</param>
/// <param name="CumulativeCashUsd">Cumulative cash at the end of years 0 (the capital outlay) to the depreciation life.</param>
public sealed record EconomicsOutcome(
    double CapexUsd,
    double AnnualCostUsd,
    double AnnualOpexUsd,
    double OutputTokensPerYear,
    double InputTokensPerYear,
    double CostPerMillionOutputUsd,
    double CostPerMillionInputUsd,
    double AnnualRevenueUsd,
    double TokensPerSecondPerMw,
    double RacksPerGw,
    double GpusPerGw,
    double AnnualRevenuePerGwUsd,
    double? PaybackYears,
    IReadOnlyList<double> CumulativeCashUsd);

/// <summary>
/// Token economics of a factory. Capital is parts plus facility per MW of IT; it is charged over the depreciation
/// life at the cost of capital through the capital-recovery factor r / (1 − (1 + r)^−n). Operating cost is energy at
/// the facility's mean draw and maintenance. Output tokens a year = rate per GPU × GPUs × utilisation × 8,760 h; the
/// annual cost splits between input and output tokens by the GPU time each takes. The projection lets token prices
/// fall and demand grow (utilisation rising to at most 1) year by year, and reads the payback off cumulative cash.
/// </summary>
public static class TokenEconomics
{
    /// <summary>The projection runs past the depreciation life by this factor to find a late payback.</summary>
    public const int HorizonLives = 3;

    public static EconomicsOutcome Evaluate(in EconomicsPoint p)
    {
        var capex = p.PartsCapexUsd + (p.FacilityUsdPerMw * p.ItMw);
        var capital = capex * CapitalRecoveryFactor(p.CostOfCapital, p.DepreciationYears);
        var energyUsd = p.FacilityMw * 1000 * EconomicsDefaults.HoursPerYear * p.ElectricityUsdPerKwh;
        var opex = energyUsd + (p.MaintenanceFraction * capex);
        var annualCost = capital + opex;

        var outputTokens = p.OutputTokensPerSecondPerGpu * p.Gpus * p.Utilisation * EconomicsDefaults.SecondsPerYear;
        var inputTokens = outputTokens * p.InputPerOutputToken;
        var revenue = (inputTokens / 1e6 * p.InputUsdPerMillion) + (outputTokens / 1e6 * p.OutputUsdPerMillion);

        var fullRate = p.OutputTokensPerSecondPerGpu * p.Gpus;
        var racksPerGw = p.FacilityMw > 0 ? 1000 / (p.FacilityMw / p.Racks) : 0;
        var (payback, cumulative) = Project(capex, revenue, opex, p);

        return new EconomicsOutcome(
            capex,
            annualCost,
            opex,
            outputTokens,
            inputTokens,
            outputTokens > 0 ? annualCost * (1 - p.PrefillShare) / (outputTokens / 1e6) : 0,
            inputTokens > 0 ? annualCost * p.PrefillShare / (inputTokens / 1e6) : 0,
            revenue,
            p.FacilityMw > 0 ? fullRate / p.FacilityMw : 0,
            racksPerGw,
            racksPerGw * p.Gpus / p.Racks,
            p.FacilityMw > 0 ? revenue / p.FacilityMw * 1000 : 0,
            payback,
            cumulative);
    }

    /// <summary>The annual payment that repays one dollar over <paramref name="years"/> at rate <paramref name="rate"/>.</summary>
    public static double CapitalRecoveryFactor(double rate, double years) =>
        rate <= 0 ? 1 / years : rate / (1 - Math.Pow(1 + rate, -years));

    private static (double? Payback, IReadOnlyList<double> Cumulative) Project(double capex, double revenue, double opex, in EconomicsPoint p)
    {
        var life = (int)Math.Ceiling(p.DepreciationYears);
        var cumulative = new List<double> { -capex };
        var cash = -capex;
        double? payback = null;
        for (var year = 1; year <= life * HorizonLives; year++)
        {
            var utilisation = Math.Min(1, p.Utilisation * Math.Pow(1 + p.DemandGrowthPerYear, year - 1));
            var price = Math.Pow(1 - p.PriceDeclinePerYear, year - 1);
            var flow = (revenue * (p.Utilisation > 0 ? utilisation / p.Utilisation : 0) * price) - opex;
            if (payback is null && cash < 0 && cash + flow >= 0 && flow > 0)
            {
                payback = year - 1 + (-cash / flow);
            }

            cash += flow;
            if (year <= life)
            {
                cumulative.Add(cash);
            }
        }

        return (capex <= 0 ? 0 : payback, cumulative);
    }
}
