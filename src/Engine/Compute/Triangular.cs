using Studio.Engine.Provenance;

namespace Studio.Engine.Compute;

/// <summary>
/// A triangular distribution over a figure's range, peaked at its value: the least-assuming shape for a range with a
/// most-likely value, which is what a catalog figure states.
/// </summary>
public readonly record struct Triangular(double Low, double Mode, double High)
{
    public static Triangular Of(Figure figure) => new(figure.Low, figure.Value, figure.High);

    public static Triangular Of(Band band) => new(band.Low, band.Value, band.High);

    public static Triangular Exact(double value) => new(value, value, value);

    /// <summary>Inverse of the cumulative distribution at <paramref name="u"/> in (0, 1).</summary>
    public double Sample(double u)
    {
        var width = High - Low;
        if (width <= 0)
        {
            return Mode;
        }

        var split = (Mode - Low) / width;
        return u < split
            ? Low + Math.Sqrt(u * width * (Mode - Low))
            : High - Math.Sqrt((1 - u) * width * (High - Mode));
    }
}

/// <summary>
/// Counter-based random numbers: sample i's k-th draw is a hash of (seed, i, k), so every sample is independent of
/// how the work is split over threads or devices, and a run is reproducible anywhere.
/// </summary>
public static class CounterRandom
{
    public static double Uniform(ulong seed, long index, int draw)
    {
        var z = seed + ((ulong)index * 0x9E3779B97F4A7C15UL) + ((ulong)(draw + 1) * 0xD1B54A32D192ED03UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return ((z >> 11) + 0.5) / 9007199254740992.0;
    }
}
