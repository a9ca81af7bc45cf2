using Studio.Engine.Models.Economics;

namespace Studio.Engine.Tests.Models.Economics;

/// <summary>Round inputs, so every output can be checked by hand.</summary>
public sealed class TokenEconomicsTests
{
    private const double Tolerance = 1e-9;

    /// <summary>
    /// 100 M$ of parts + 10 M$/MW × 10 MW IT; 12 MW facility; 10,000 GPUs in 100 racks at 1,000 output tokens/s,
    /// 2 input tokens per output token, a quarter of GPU time on prompts, 50% utilisation, 5 years at 0%,
    /// 3% maintenance, 0.10 $/kWh, 0.5 $/M input and 2 $/M output, prices and demand flat.
    /// </summary>
    private static readonly EconomicsPoint s_point = new(
        PartsCapexUsd: 100e6, FacilityUsdPerMw: 10e6, ItMw: 10, FacilityMw: 12, Gpus: 10_000, Racks: 100,
        OutputTokensPerSecondPerGpu: 1000, PrefillShare: 0.25, InputPerOutputToken: 2, Utilisation: 0.5,
        DepreciationYears: 5, CostOfCapital: 0, MaintenanceFraction: 0.03, ElectricityUsdPerKwh: 0.1,
        InputUsdPerMillion: 0.5, OutputUsdPerMillion: 2, PriceDeclinePerYear: 0, DemandGrowthPerYear: 0);

    [Fact]
    public void CapitalRecoveryFactor_EightPercentFiveYears_MatchesTheAnnuityFormula()
    {
        // 0.08 / (1 − 1.08^−5) = 0.08 / (1 − 0.6805832) = 0.2504565.
        Assert.Equal(0.2504564545, TokenEconomics.CapitalRecoveryFactor(0.08, 5), 1e-9);
        Assert.Equal(0.2, TokenEconomics.CapitalRecoveryFactor(0, 5), Tolerance);
    }

    [Fact]
    public void Evaluate_RoundInputs_CostsByHand()
    {
        var outcome = TokenEconomics.Evaluate(s_point);

        // Capex 100 + 10 × 10 = 200 M$; capital 200 / 5 = 40 M$/yr; energy 12 MW × 8,760 h × 100 $/MWh = 10.512 M$;
        // maintenance 6 M$: 56.512 M$ a year.
        Assert.Equal(200e6, outcome.Values.CapexUsd, Tolerance);
        Assert.Equal(16.512e6, outcome.Values.AnnualOpexUsd, 1e-3);
        Assert.Equal(56.512e6, outcome.Values.AnnualCostUsd, 1e-3);

        // Output tokens: 1,000 × 10,000 × 0.5 × 31,536,000 s = 1.5768e14 a year; input twice that.
        Assert.Equal(1.5768e14, outcome.Values.OutputTokensPerYear, 1);
        Assert.Equal(3.1536e14, outcome.Values.InputTokensPerYear, 1);

        // Output tokens carry 75% of the cost: 42.384 M$ / 1.5768e8 M = 0.2688 $/M; input 14.128 M$ / 3.1536e8 M = 0.0448 $/M.
        Assert.Equal(56.512e6 * 0.75 / 1.5768e8, outcome.Values.CostPerMillionOutputUsd, Tolerance);
        Assert.Equal(56.512e6 * 0.25 / 3.1536e8, outcome.Values.CostPerMillionInputUsd, Tolerance);
    }

    [Fact]
    public void Evaluate_RoundInputs_RevenueAndScalingByHand()
    {
        var outcome = TokenEconomics.Evaluate(s_point);

        // 3.1536e8 M × 0.5 $ + 1.5768e8 M × 2 $ = 157.68 + 315.36 = 473.04 M$ a year.
        Assert.Equal(473.04e6, outcome.Values.AnnualRevenueUsd, 1e-3);

        // Full-load rate 1e7 tokens/s over 12 MW; 0.12 MW per rack: 8,333.3 racks and 833,333 GPUs per GW.
        Assert.Equal(1e7 / 12, outcome.Values.TokensPerSecondPerMw, Tolerance);
        Assert.Equal(1000 / 0.12, outcome.Values.RacksPerGw, 1e-6);
        Assert.Equal(1000 / 0.12 * 100, outcome.Values.GpusPerGw, 1e-6);
        Assert.Equal(473.04e6 / 12 * 1000, outcome.Values.AnnualRevenuePerGwUsd, 1e-3);
    }

    [Fact]
    public void Evaluate_FlatPrices_PaybackIsCapexOverYearlyCash()
    {
        var outcome = TokenEconomics.Evaluate(s_point);

        // 473.04 − 16.512 = 456.528 M$ a year: 200 / 456.528 = 0.43809 years.
        Assert.Equal(200 / 456.528, outcome.PaybackYears!.Value, 1e-9);
        Assert.Equal(6, outcome.CumulativeCashUsd.Count);
        Assert.Equal(-200e6, outcome.CumulativeCashUsd[0]);
    }

    [Fact]
    public void Evaluate_DemandGrowing_PaybackInTheThirdYear()
    {
        // Revenue of exactly 100 M$ in year one; demand +20% a year lifts utilisation 0.5 → 0.6 → 0.72.
        var point = s_point with { InputUsdPerMillion = 0, OutputUsdPerMillion = 100e6 / 1.5768e8, DemandGrowthPerYear = 0.2 };

        var outcome = TokenEconomics.Evaluate(point);

        // Cash: −200 + 83.488 = −116.512; + (120 − 16.512) = −13.024; year 3 brings 144 − 16.512 = 127.488:
        // payback 2 + 13.024 / 127.488 = 2.10216 years.
        Assert.Equal(2 + (13.024 / 127.488), outcome.PaybackYears!.Value, 1e-6);
    }

    [Fact]
    public void Evaluate_PricesFallingFasterThanTheCashComesIn_NoPayback()
    {
        // Year one 83.5 M$ of cash, then revenue × 0.7 each year: the sum never reaches 200 M$ before opex exceeds revenue.
        var point = s_point with { InputUsdPerMillion = 0, OutputUsdPerMillion = 100e6 / 1.5768e8, PriceDeclinePerYear = 0.3 };

        Assert.Null(TokenEconomics.Evaluate(point).PaybackYears);
    }
}
