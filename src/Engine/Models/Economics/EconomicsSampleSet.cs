using Studio.Engine.Compute;
using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Economics;

/// <summary>
/// The Monte Carlo's samples and the bands read off them. The samples (10 MB at the default 100,000) and the column
/// being read live in pooled arrays for as long as the set: an evaluation per edit would otherwise hand them all to
/// the GC. Dispose returns them.
/// </summary>
public sealed class EconomicsSampleSet : IDisposable
{
    private readonly EconomicsValues[] _samples;
    private readonly double[] _column;
    private bool _disposed;

    public EconomicsSampleSet(EvaluationCompute compute, in EconomicsUncertainty uncertainty)
    {
        Count = compute.Options.MonteCarloSamples;
        _samples = EngineArrayPool.Of<EconomicsValues>().Rent(Count);
        _column = EngineArrayPool.Of<double>().Rent(Count);
        compute.EconomicsSamples(uncertainty, _samples.AsMemory(0, Count));
    }

    public int Count { get; }

    /// <summary>
    /// The 5th–95th percentile band of one output, widened to hold <paramref name="value"/> (the central run's),
    /// which a skewed distribution can leave outside it.
    /// </summary>
    public Band Band(Func<EconomicsValues, double> pick, double value)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var column = _column.AsSpan(0, Count);
        var samples = _samples.AsSpan(0, Count);
        for (var i = 0; i < column.Length; i++)
        {
            column[i] = pick(samples[i]);
        }

        var (low, high) = Percentiles.Of(column, 0.05, 0.95);
        return new Band(value, Math.Min(value, double.IsNaN(low) ? value : low), Math.Max(value, double.IsNaN(high) ? value : high));
    }

    /// <summary>The share of samples for which <paramref name="holds"/> is true.</summary>
    public double Share(Func<EconomicsValues, bool> holds)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var count = 0;
        foreach (var sample in _samples.AsSpan(0, Count))
        {
            count += holds(sample) ? 1 : 0;
        }

        return Count == 0 ? 0 : (double)count / Count;
    }

    public void Dispose()
    {
        // Twice would hand the arrays to two later renters at once.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        EngineArrayPool.Of<EconomicsValues>().Return(_samples);
        EngineArrayPool.Of<double>().Return(_column);
    }
}
