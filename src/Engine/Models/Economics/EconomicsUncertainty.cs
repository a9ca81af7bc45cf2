using Studio.Engine.Compute;

namespace Studio.Engine.Models.Economics;

/// <summary>
/// The economics inputs as distributions: each uncertain input triangular over its range; the rest fixed at the
/// central point. Facility power is sampled as IT load × PUE, each over its own range.
/// </summary>
public readonly record struct EconomicsUncertainty(
    EconomicsPoint Central,
    Triangular PartsCapexUsd,
    Triangular FacilityUsdPerMw,
    Triangular ItMw,
    Triangular Pue,
    Triangular OutputTokensPerSecondPerGpu,
    Triangular Utilisation,
    Triangular DepreciationYears,
    Triangular CostOfCapital,
    Triangular MaintenanceFraction)
{
    /// <summary>Sample <paramref name="index"/>'s inputs: one independent draw per uncertain input.</summary>
    public EconomicsPoint Sample(ulong seed, long index)
    {
        var it = ItMw.Sample(CounterRandom.Uniform(seed, index, 2));
        return Central with
        {
            PartsCapexUsd = PartsCapexUsd.Sample(CounterRandom.Uniform(seed, index, 0)),
            FacilityUsdPerMw = FacilityUsdPerMw.Sample(CounterRandom.Uniform(seed, index, 1)),
            ItMw = it,
            FacilityMw = it * Pue.Sample(CounterRandom.Uniform(seed, index, 3)),
            OutputTokensPerSecondPerGpu = OutputTokensPerSecondPerGpu.Sample(CounterRandom.Uniform(seed, index, 4)),
            Utilisation = Utilisation.Sample(CounterRandom.Uniform(seed, index, 5)),
            DepreciationYears = DepreciationYears.Sample(CounterRandom.Uniform(seed, index, 6)),
            CostOfCapital = CostOfCapital.Sample(CounterRandom.Uniform(seed, index, 7)),
            MaintenanceFraction = MaintenanceFraction.Sample(CounterRandom.Uniform(seed, index, 8)),
        };
    }

    /// <summary>The outputs of sample <paramref name="index"/>: the kernel and the scalar reference both call this.</summary>
    public EconomicsValues Evaluate(ulong seed, long index) => TokenEconomics.Values(Sample(seed, index));
}
