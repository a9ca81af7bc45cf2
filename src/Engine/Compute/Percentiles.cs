using System.Runtime.CompilerServices;

namespace Studio.Engine.Compute;

/// <summary>
/// Percentiles of samples without sorting them all. NaN counts as larger than every number (a payback that never
/// comes); ranks are nearest-rank on (n − 1).
/// </summary>
public static class Percentiles
{
    /// <summary>Below this many values the plain selection is as quick as narrowing them first.</summary>
    private const int NarrowFrom = 4_096;

    /// <summary>Values read, evenly spaced, to guess where a percentile lies.</summary>
    private const int GuessSampleSize = 1_024;

    /// <summary>The <paramref name="fraction"/> quantile of <paramref name="values"/>, which it reorders: a selection in linear time.</summary>
    public static double Of(Span<double> values, double fraction) =>
        values.IsEmpty ? double.NaN : Select(values, Rank(fraction, values.Length));

    /// <summary>
    /// Two quantiles of <paramref name="values"/>, left as they are. Each is found as Floyd and Rivest's selection
    /// finds it: a sorted sample of the values brackets its rank; one pass counts the values below each bracket and
    /// keeps those inside; only those few are selected from. The answer is exact whatever the sample: should a
    /// bracket miss its rank (an unlucky spread) or hold more than twice its expected share, the whole set is copied
    /// and selected from instead. For the economics bands this reads 100,000 values once per metric, where a copy and
    /// two selections read them about six times.
    /// </summary>
    public static (double Low, double High) Of(ReadOnlySpan<double> values, double lowFraction, double highFraction)
    {
        if (values.IsEmpty)
        {
            return (double.NaN, double.NaN);
        }

        var (lowRank, highRank) = (Rank(lowFraction, values.Length), Rank(highFraction, values.Length));
        if (values.Length < NarrowFrom)
        {
            var all = values.ToArray();
            return (Select(all, lowRank), Select(all, highRank));
        }

        var sample = new double[GuessSampleSize];
        for (var i = 0; i < sample.Length; i++)
        {
            sample[i] = values[(int)((long)i * values.Length / sample.Length)];
        }

        sample.AsSpan().Sort(Compare);
        var low = new Bracket(lowRank, values.Length, sample);
        var high = new Bracket(highRank, values.Length, sample);
        var lowInside = EngineArrayPool.Of<double>().Rent(low.Capacity);
        var highInside = EngineArrayPool.Of<double>().Rent(high.Capacity);
        try
        {
            foreach (var value in values)
            {
                low.Take(value, lowInside);
                high.Take(value, highInside);
            }

            double[]? all = null;
            return (low.Found(lowInside) ?? Select(all ??= values.ToArray(), lowRank),
                high.Found(highInside) ?? Select(all ??= values.ToArray(), highRank));
        }
        finally
        {
            EngineArrayPool.Of<double>().Return(lowInside);
            EngineArrayPool.Of<double>().Return(highInside);
        }
    }

    /// <summary>Where one rank's value should lie, from the sorted sample, and what a pass over the values found there.</summary>
    private struct Bracket
    {
        // For values in no particular order (Monte Carlo draws), the sample rank of the value at `rank` is about
        // binomial with a standard deviation of at most √(s/4) = 16 for s = 1,024: a bracket of ±4 of those misses
        // once in tens of thousands. The sample is evenly spaced, not random, so ordered or periodic values can miss
        // every time; a miss costs only time.
        private const int Margin = 64;

        private readonly int _rank;
        private readonly bool _hasFloor;
        private readonly bool _hasCeiling;
        private readonly double _floor;
        private readonly double _ceiling;
        private int _below;
        private int _kept;
        private bool _overflowed;

        public Bracket(int rank, int count, double[] sortedSample)
        {
            _rank = rank;
            var guess = (int)((long)rank * sortedSample.Length / count);
            var (lowIndex, highIndex) = (guess - Margin, guess + Margin);
            _hasFloor = lowIndex >= 0;
            _hasCeiling = highIndex < sortedSample.Length;
            _floor = _hasFloor ? sortedSample[lowIndex] : 0;
            _ceiling = _hasCeiling ? sortedSample[highIndex] : 0;

            // Twice the bracket's expected share of the values; a bracket that holds more is as good as a miss.
            Capacity = (int)(4L * Margin * count / sortedSample.Length);
        }

        public int Capacity { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Take(double value, double[] inside)
        {
            if (_hasFloor && Less(value, _floor))
            {
                _below++;
            }
            else if (!_hasCeiling || !Less(_ceiling, value))
            {
                if (_kept < Capacity)
                {
                    inside[_kept++] = value;
                }
                else
                {
                    _overflowed = true;
                }
            }
        }

        /// <summary>The rank's value, or null when the bracket missed it or overflowed.</summary>
        public readonly double? Found(double[] inside) =>
            !_overflowed && _rank >= _below && _rank < _below + _kept ? Select(inside.AsSpan(0, _kept), _rank - _below) : null;
    }

    private static int Rank(double fraction, int count) => (int)Math.Clamp(Math.Round(fraction * (count - 1)), 0, count - 1);

    /// <summary>Hoare's selection: the value of rank <paramref name="k"/>, reordering <paramref name="values"/> around it.</summary>
    private static double Select(Span<double> values, int k)
    {
        var (left, right) = (0, values.Length - 1);
        while (left < right)
        {
            var pivot = values[left + ((right - left) / 2)];
            var (i, j) = (left, right);
            while (i <= j)
            {
                while (Less(values[i], pivot))
                {
                    i++;
                }

                while (Less(pivot, values[j]))
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return values[k];
    }

    private static int Compare(double a, double b) => Less(a, b) ? -1 : Less(b, a) ? 1 : 0;

    private static bool Less(double a, double b) => !double.IsNaN(a) && (double.IsNaN(b) || a < b);
}
