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

/// <summary>The outputs with the cash-flow curve the report draws.</summary>
/// <param name="CumulativeCashUsd">Cumulative cash at the end of years 0 (the capital outlay) to the depreciation life.</param>
public sealed record EconomicsOutcome(EconomicsValues Values, IReadOnlyList<double> CumulativeCashUsd)
{
    /// <summary>Years until cumulative cash turns positive; null when it does not within the horizon.</summary>
    public double? PaybackYears => double.IsNaN(Values.PaybackYears) ? null : Values.PaybackYears;
}

/// <summary>
/// The outputs as plain numbers, computed without allocating: what the Monte Carlo kernel evaluates per sample.
/// </summary>
/// <param name="PaybackYears">NaN when cumulative cash does not turn positive within the horizon.</param>
public readonly record struct EconomicsValues(
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
    double PaybackYears);

/// <summary>
/// Token economics of a factory. Capital is parts plus facility per MW of IT; it is charged over the depreciation
/// life at the cost of capital through the capital-recovery factor r / (1 − (1 + r)^−n). Operating cost is energy at
/// the facility's mean draw and maintenance. Output tokens a year = rate per GPU × GPUs × utilisation × 8,760 h; the
/// annual cost splits between input and output tokens by the GPU time each takes. The projection lets token prices
/// fall and demand grow (utilisation rising to at most 1) year by year, and reads the payback off cumulative cash.
/// Every method here is kernel-safe (value types, no exceptions, no allocation) except <see cref="Evaluate"/>, which
/// adds the cash-flow curve for the report.
/// </summary>
public static class TokenEconomics
{
    /// <summary>The projection runs past the depreciation life by this factor to find a late payback.</summary>
    public const int HorizonLives = 3;

    public static EconomicsOutcome Evaluate(in EconomicsPoint p)
    {
        var v = Values(p);
        var life = (int)Math.Ceiling(p.DepreciationYears);
        var cumulative = new List<double> { -v.CapexUsd };
        var cash = -v.CapexUsd;
        var (demand, price) = (1.0, 1.0);
        for (var year = 1; year <= life; year++)
        {
            cash += CashFlow(p, v.AnnualRevenueUsd, v.AnnualOpexUsd, ref demand, ref price);
            cumulative.Add(cash);
        }

        return new EconomicsOutcome(v, cumulative);
    }

    public static EconomicsValues Values(in EconomicsPoint p)
    {
        var capex = p.PartsCapexUsd + (p.FacilityUsdPerMw * p.ItMw);
        var capital = capex * CapitalRecoveryFactor(p.CostOfCapital, p.DepreciationYears);
        var energyUsd = p.FacilityMw * 1000 * EconomicsDefaults.HoursPerYear * p.ElectricityUsdPerKwh;
        var opex = energyUsd + (p.MaintenanceFraction * capex);
        var annualCost = capital + opex;

        var outputTokens = p.OutputTokensPerSecondPerGpu * p.Gpus * p.Utilisation * EconomicsDefaults.SecondsPerYear;
        var inputTokens = outputTokens * p.InputPerOutputToken;
        var revenue = (inputTokens / 1e6 * p.InputUsdPerMillion) + (outputTokens / 1e6 * p.OutputUsdPerMillion);
        var racksPerGw = p.FacilityMw > 0 ? 1000 / (p.FacilityMw / p.Racks) : 0;

        return new EconomicsValues(
            capex,
            annualCost,
            opex,
            outputTokens,
            inputTokens,
            outputTokens > 0 ? annualCost * (1 - p.PrefillShare) / (outputTokens / 1e6) : 0,
            inputTokens > 0 ? annualCost * p.PrefillShare / (inputTokens / 1e6) : 0,
            revenue,
            p.FacilityMw > 0 ? p.OutputTokensPerSecondPerGpu * p.Gpus / p.FacilityMw : 0,
            racksPerGw,
            racksPerGw * p.Gpus / p.Racks,
            p.FacilityMw > 0 ? revenue / p.FacilityMw * 1000 : 0,
            Payback(p, capex, revenue, opex));
    }

    /// <summary>The annual payment that repays one dollar over <paramref name="years"/> at rate <paramref name="rate"/>.</summary>
    public static double CapitalRecoveryFactor(double rate, double years) =>
        rate <= 0 ? 1 / years : rate / (1 - Math.Pow(1 + rate, -years));

    /// <summary>
    /// A year's cash: revenue at that year's price and demand, less operating cost. <paramref name="demand"/> and
    /// <paramref name="price"/> are the year's factors on year one's, (1 + growth)^(y − 1) and (1 − decline)^(y − 1):
    /// start both at 1 for year one; each call moves them on to the next year, as running products (two powers per
    /// year per Monte Carlo sample were a third of its time).
    /// </summary>
    public static double CashFlow(in EconomicsPoint p, double revenue, double opex, ref double demand, ref double price)
    {
        var utilisation = Math.Min(1, p.Utilisation * demand);
        var flow = (revenue * (p.Utilisation > 0 ? utilisation / p.Utilisation : 0) * price) - opex;
        demand *= 1 + p.DemandGrowthPerYear;
        price *= 1 - p.PriceDeclinePerYear;
        return flow;
    }

    private static double Payback(in EconomicsPoint p, double capex, double revenue, double opex)
    {
        if (capex <= 0)
        {
            return 0;
        }

        var horizon = (int)Math.Ceiling(p.DepreciationYears) * HorizonLives;
        var cash = -capex;
        var (demand, price) = (1.0, 1.0);
        for (var year = 1; year <= horizon; year++)
        {
            var flow = CashFlow(p, revenue, opex, ref demand, ref price);
            if (flow > 0 && cash + flow >= 0)
            {
                return year - 1 + (-cash / flow);
            }

            cash += flow;
        }

        return double.NaN;
    }
}
