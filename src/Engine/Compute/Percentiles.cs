namespace Studio.Engine.Compute;

/// <summary>Percentiles of samples without sorting them all: a selection in linear time.</summary>
public static class Percentiles
{
    /// <summary>
    /// The <paramref name="fraction"/> quantile (nearest rank) of <paramref name="values"/>, which it reorders. NaN
    /// counts as larger than every number (a payback that never comes).
    /// </summary>
    public static double Of(Span<double> values, double fraction)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        var k = (int)Math.Clamp(Math.Round(fraction * (values.Length - 1)), 0, values.Length - 1);
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

    private static bool Less(double a, double b) => double.IsNaN(a) ? false : double.IsNaN(b) || a < b;
}
