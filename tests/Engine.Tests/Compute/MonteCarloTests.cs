using Studio.Engine.Compute;
using Studio.Engine.Models.Economics;

namespace Studio.Engine.Tests.Compute;

/// <summary>The sampling pieces: triangular draws, counter-based uniforms, percentiles by selection.</summary>
public sealed class MonteCarloTests
{
    /// <summary>Round central inputs (see TokenEconomicsTests) with ±20–50% ranges on the uncertain ones.</summary>
    internal static readonly EconomicsUncertainty Uncertainty = new(
        new EconomicsPoint(
            PartsCapexUsd: 100e6, FacilityUsdPerMw: 10e6, ItMw: 10, FacilityMw: 12, Gpus: 10_000, Racks: 100,
            OutputTokensPerSecondPerGpu: 1000, PrefillShare: 0.25, InputPerOutputToken: 2, Utilisation: 0.5,
            DepreciationYears: 5, CostOfCapital: 0.08, MaintenanceFraction: 0.03, ElectricityUsdPerKwh: 0.1,
            InputUsdPerMillion: 0.5, OutputUsdPerMillion: 2, PriceDeclinePerYear: 0.3, DemandGrowthPerYear: 0.2),
        new Triangular(80e6, 100e6, 130e6),
        new Triangular(8e6, 10e6, 15e6),
        new Triangular(9, 10, 11),
        new Triangular(1.05, 1.2, 1.4),
        new Triangular(500, 1000, 1500),
        new Triangular(0.3, 0.5, 0.7),
        new Triangular(4, 5, 6),
        new Triangular(0.06, 0.08, 0.12),
        new Triangular(0.02, 0.03, 0.05));

    [Fact]
    public void Sample_Ends_MapToTheRangesEnds()
    {
        var t = new Triangular(2, 3, 7);

        Assert.Equal(2, t.Sample(0), 1e-12);
        Assert.Equal(7, t.Sample(1), 1e-12);
        // At u = (mode − low) / (high − low) = 0.2 the draw is the mode.
        Assert.Equal(3, t.Sample(0.2), 1e-12);
        Assert.Equal(4, Triangular.Exact(4).Sample(0.9));
    }

    [Fact]
    public void Sample_HundredThousandDraws_MeanIsTheTriangularMean()
    {
        var t = new Triangular(2, 3, 7);

        var mean = Enumerable.Range(0, 100_000).Average(i => t.Sample(CounterRandom.Uniform(42, i, 0)));

        // Triangular mean (2 + 3 + 7) / 3 = 4; standard deviation √((4 + 9 + 49 − 6 − 14 − 21) / 18) = 1.08, so the
        // mean of 100,000 draws has a standard error of 0.0034: 0.02 is six of them.
        Assert.Equal(4, mean, 0.02);
    }

    [Fact]
    public void Uniform_SameCounter_SameDrawAndInsideTheOpenInterval()
    {
        Assert.Equal(CounterRandom.Uniform(1, 2, 3), CounterRandom.Uniform(1, 2, 3));
        Assert.NotEqual(CounterRandom.Uniform(1, 2, 3), CounterRandom.Uniform(1, 2, 4));
        Assert.All(Enumerable.Range(0, 10_000), i => Assert.InRange(CounterRandom.Uniform(9, i, 0), double.Epsilon, 1 - 1e-17));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Percentiles_Of_MatchesSortingWithNaNsLast(double fraction)
    {
        var values = Enumerable.Range(0, 1001).Select(i => i % 10 == 0 ? double.NaN : CounterRandom.Uniform(5, i, 0)).ToArray();
        var sorted = values.OrderBy(v => double.IsNaN(v) ? double.PositiveInfinity : v).ToArray();
        var expected = sorted[(int)Math.Round(fraction * (values.Length - 1))];

        Assert.Equal(expected, Percentiles.Of(values.ToArray(), fraction));
    }

    public static TheoryData<string> LargeSampleSets => ["uniform with NaNs", "few distinct values", "sorted", "sample misleads", "bracket overflows"];

    [Theory]
    [MemberData(nameof(LargeSampleSets))]
    public void Percentiles_OfTwoFractions_MatchesSortingAndLeavesTheValuesAlone(string kind)
    {
        const int Count = 100_000;
        var guessed = Enumerable.Range(0, 1_024).Select(i => (int)((long)i * Count / 1_024)).ToHashSet();
        var values = Enumerable.Range(0, Count).Select(i => kind switch
        {
            "uniform with NaNs" => i % 17 == 0 ? double.NaN : CounterRandom.Uniform(3, i, 0),
            "few distinct values" => Math.Floor(CounterRandom.Uniform(4, i, 0) * 5),
            "sorted" => i,
            // The guess reads only values above all the rest, so the 5th percentile's bracket takes in nearly every
            // value, far more than it makes room for; the rest fall with position, so keeping only the first that
            // fit would answer about 0.8 where the truth is about 0.05.
            "bracket overflows" => guessed.Contains(i) ? 2 + i : 1 - ((double)i / Count),
            // The 1,024 evenly spaced positions the guess reads hold the smallest values, so its bracket misses.
            _ => guessed.Contains(i) ? i : 1e6 + CounterRandom.Uniform(6, i, 0),
        }).ToArray();
        var before = values.ToArray();
        var sorted = values.OrderBy(v => double.IsNaN(v) ? double.PositiveInfinity : v).ToArray();

        var (low, high) = Percentiles.Of(values, 0.05, 0.95);

        // Nearest rank on n − 1: ranks 5,000 and 94,999 of 0 … 99,999.
        Assert.Equal(sorted[5_000], low);
        Assert.Equal(sorted[94_999], high);
        Assert.Equal(before, values);
    }

    [Fact]
    public void EconomicsSamples_CentralInputs_BandHoldsTheCentralValueAndIsTighterThanAllEndsTogether()
    {
        var samples = EvaluationCompute.EconomicsSamplesScalar(Uncertainty, 100_000, seed: 11, parallel: true);
        var cost = samples.Select(s => s.CostPerMillionOutputUsd).ToArray();
        var central = TokenEconomics.Values(Uncertainty.Central).CostPerMillionOutputUsd;

        var p5 = Percentiles.Of(cost, 0.05);
        var p95 = Percentiles.Of(cost, 0.95);

        // All ends together: the cheapest and dearest corners bound every sample.
        var cheapest = TokenEconomics.Values(Uncertainty.Central with
        {
            PartsCapexUsd = 80e6, FacilityUsdPerMw = 8e6, ItMw = 9, FacilityMw = 9 * 1.05, OutputTokensPerSecondPerGpu = 1500,
            Utilisation = 0.7, DepreciationYears = 6, CostOfCapital = 0.06, MaintenanceFraction = 0.02,
        }).CostPerMillionOutputUsd;
        var dearest = TokenEconomics.Values(Uncertainty.Central with
        {
            PartsCapexUsd = 130e6, FacilityUsdPerMw = 15e6, ItMw = 11, FacilityMw = 11 * 1.4, OutputTokensPerSecondPerGpu = 500,
            Utilisation = 0.3, DepreciationYears = 4, CostOfCapital = 0.12, MaintenanceFraction = 0.05,
        }).CostPerMillionOutputUsd;
        Assert.InRange(central, p5, p95);
        Assert.True(cheapest < p5 && p95 < dearest);
        Assert.True(p95 - p5 < (dearest - cheapest) / 2);
    }
}
