namespace Studio.Engine.Sites;

/// <summary>
/// An hourly outdoor dry-bulb temperature for each of the 8,760 hours of a year. Built-in sites synthesize theirs
/// from monthly normals; a user may give their own (a TMY file's dry-bulb column, say).
/// </summary>
public sealed class TypicalYear
{
    public const int Hours = 8760;

    private static readonly int[] s_daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    private TypicalYear(double[] ambientC, string description)
    {
        AmbientC = ambientC;
        Description = description;
    }

    public IReadOnlyList<double> AmbientC { get; }

    public string Description { get; }

    public static TypicalYear FromHours(IReadOnlyList<double> ambientC, string description)
    {
        if (ambientC.Count != Hours)
        {
            throw new ArgumentException($"A year has {Hours} hours; got {ambientC.Count}.", nameof(ambientC));
        }

        return new TypicalYear([.. ambientC], description);
    }

    /// <summary>Month (0–11) of an hour of the year.</summary>
    public static int MonthOf(int hour)
    {
        var day = hour / 24;
        for (var month = 0; month < 12; month++)
        {
            if (day < s_daysInMonth[month])
            {
                return month;
            }

            day -= s_daysInMonth[month];
        }

        return 11;
    }

    /// <summary>
    /// Hour by hour: the normal high and low, interpolated between mid-months so that seasons change smoothly, a
    /// cosine daily cycle peaking at 15:00, and a day-to-day weather anomaly that persists (first-order
    /// autoregressive, lag-one correlation 0.7) with the normals' spread. The anomaly's random sequence is fixed per
    /// site, so a site's year is the same on every run and every machine.
    /// </summary>
    public static TypicalYear Synthesize(SiteLocation site)
    {
        var normals = site.Normals;
        var midMonthDay = new double[12];
        var start = 0;
        for (var m = 0; m < 12; m++)
        {
            midMonthDay[m] = start + (s_daysInMonth[m] / 2.0);
            start += s_daysInMonth[m];
        }

        const double Persistence = 0.7;
        var random = new SplitMix(StableSeed(site.Id));
        var anomaly = 0.0;
        var hours = new double[Hours];
        for (var day = 0; day < 365; day++)
        {
            anomaly = (Persistence * anomaly) + (normals.DailySpreadK * Math.Sqrt(1 - (Persistence * Persistence)) * random.NextGaussian());
            var (high, low) = NormalsOn(day + 0.5, midMonthDay, normals);
            var mean = (high + low) / 2;
            var amplitude = (high - low) / 2;
            for (var h = 0; h < 24; h++)
            {
                hours[(day * 24) + h] = mean + anomaly + (amplitude * Math.Cos(2 * Math.PI * (h - 15) / 24));
            }
        }

        return new TypicalYear(hours, normals.Evidence.Note ?? normals.Station);
    }

    private static (double High, double Low) NormalsOn(double day, double[] midMonthDay, MonthlyNormals normals)
    {
        // Find the mid-months either side (wrapping December to January) and interpolate linearly.
        var next = Array.FindIndex(midMonthDay, d => d > day);
        var (a, b) = next switch
        {
            -1 => (11, 0),
            0 => (11, 0),
            _ => (next - 1, next),
        };
        var from = midMonthDay[a];
        var to = midMonthDay[b];
        if (to <= from)
        {
            to += 365;
        }

        var at = day < from ? day + 365 : day;
        var t = (at - from) / (to - from);
        return (Lerp(normals.HighC[a], normals.HighC[b], t), Lerp(normals.LowC[a], normals.LowC[b], t));
    }

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);

    /// <summary>A seed from the site id that does not change between runs (string.GetHashCode does).</summary>
    private static ulong StableSeed(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>SplitMix64: small, fast and the same on every platform, unlike an unspecified library generator.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public double NextUniform()
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return ((z >> 11) + 0.5) / (1UL << 53);
        }

        /// <summary>Box–Muller: a standard normal from two uniforms.</summary>
        public double NextGaussian() => Math.Sqrt(-2 * Math.Log(NextUniform())) * Math.Cos(2 * Math.PI * NextUniform());
    }
}
