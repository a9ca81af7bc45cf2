namespace Studio.Engine.Provenance;

/// <summary>
/// A value with the low and high ends of its plausible range. Arithmetic follows interval rules, treating the
/// operands as independent: a conservative band. Write models so that a quantity does not appear twice in one
/// expression (that would widen the band without cause).
/// </summary>
public readonly record struct Band(double Value, double Low, double High)
{
    public static Band Exact(double value) => new(value, value, value);

    public static Band Zero => Exact(0);

    public bool IsExact => Low == Value && High == Value;

    public static Band operator +(Band a, Band b) => new(a.Value + b.Value, a.Low + b.Low, a.High + b.High);

    public static Band operator -(Band a, Band b) => new(a.Value - b.Value, a.Low - b.High, a.High - b.Low);

    public static Band operator *(Band a, Band b)
    {
        ReadOnlySpan<double> corners = [a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High];
        return new(a.Value * b.Value, Min(corners), Max(corners));
    }

    public static Band operator *(Band a, double factor) => a * Exact(factor);

    public static Band operator *(double factor, Band a) => a * Exact(factor);

    /// <summary>Division; the divisor's band must not include zero.</summary>
    public static Band operator /(Band a, Band b)
    {
        if (b.Low <= 0 && b.High >= 0)
        {
            throw new DivideByZeroException($"The divisor's band [{b.Low}, {b.High}] includes zero.");
        }

        ReadOnlySpan<double> corners = [a.Low / b.Low, a.Low / b.High, a.High / b.Low, a.High / b.High];
        return new(a.Value / b.Value, Min(corners), Max(corners));
    }

    public static Band operator /(Band a, double divisor) => a / Exact(divisor);

    public static Band operator /(double dividend, Band b) => Exact(dividend) / b;

    public static Band Sum(IEnumerable<Band> bands)
    {
        var total = Zero;
        foreach (var band in bands)
        {
            total += band;
        }

        return total;
    }

    /// <summary>
    /// A band from a value and other estimates of it (a model run at the ends of its inputs' ranges), lowest to
    /// highest whichever way they fall; NaN marks an estimate that does not exist and is left out.
    /// </summary>
    public static Band Spanning(double value, params double[] others)
    {
        var (low, high) = (value, value);
        foreach (var other in others)
        {
            if (!double.IsNaN(other))
            {
                (low, high) = (Math.Min(low, other), Math.Max(high, other));
            }
        }

        return new Band(value, low, high);
    }

    /// <summary>The smaller of two bands, end by end (a capacity limit applied to a demand, say).</summary>
    public static Band Minimum(Band a, Band b) =>
        new(Math.Min(a.Value, b.Value), Math.Min(a.Low, b.Low), Math.Min(a.High, b.High));

    public static Band Maximum(Band a, Band b) =>
        new(Math.Max(a.Value, b.Value), Math.Max(a.Low, b.Low), Math.Max(a.High, b.High));

    private static double Min(ReadOnlySpan<double> values)
    {
        var min = values[0];
        foreach (var v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = values[0];
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }
}
