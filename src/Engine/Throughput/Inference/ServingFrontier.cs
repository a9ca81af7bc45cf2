namespace Studio.Engine.Throughput.Inference;

/// <summary>The Pareto frontier of a sweep: per-GPU against per-user rate, most interactive first.</summary>
public static class ServingFrontier
{
    /// <summary>Points no other point beats on both rates, sorted by interactivity, highest first.</summary>
    public static IReadOnlyList<ServingPoint> Of(IEnumerable<ServingPoint> points) =>
        Of([.. points.Select(point => new ServingOutcome(true, point))]);

    /// <summary>The frontier of the outcomes that fit, read in place.</summary>
    public static IReadOnlyList<ServingPoint> Of(ReadOnlySpan<ServingOutcome> outcomes)
    {
        // Sort by tokens per user alone on a primitive key array (far cheaper than a comparison delegate on the
        // 100,000 points of a sweep), then take each run of equal keys as one: its best point by tokens per GPU,
        // the earliest on a tie, as a stable sort on both keys would. Only the candidates are sorted.
        var all = Candidates(outcomes);
        var keys = new double[all.Length];
        var order = new int[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            keys[i] = -all[i].TokensPerSecondPerUser;
            order[i] = i;
        }

        Array.Sort(keys, order);
        var frontier = new List<ServingPoint>();
        var best = double.NegativeInfinity;
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            var pick = order[start];
            while (end < order.Length && keys[end] == keys[start])
            {
                var candidate = order[end];
                var (a, b) = (all[candidate].OutputTokensPerSecondPerGpu, all[pick].OutputTokensPerSecondPerGpu);
                if (a > b || (a == b && candidate < pick))
                {
                    pick = candidate;
                }

                end++;
            }

            if (all[pick].OutputTokensPerSecondPerGpu > best)
            {
                frontier.Add(all[pick]);
                best = all[pick].OutputTokensPerSecondPerGpu;
            }

            start = end;
        }

        return frontier;
    }

    /// <summary>
    /// The points that may lie on the frontier, in their order: a linear pass that drops every point matched or beaten
    /// on tokens per GPU by a point in a higher bin of tokens per user. Such a point never joins the frontier (the
    /// sweep over interactivity has already seen a point at least as good when it reaches it) and, its rate being no
    /// better, never displaces the pick among points of its own interactivity. A sweep's 100,000 points come down to
    /// a few hundred, so sorting stops being the sweep's largest cost.
    /// </summary>
    internal static ServingPoint[] Candidates(ReadOnlySpan<ServingOutcome> outcomes)
    {
        const int Bins = 4096;

        // Bins over the order-preserving integer image of the rate: a higher bin always holds higher rates, and the
        // exponent bits make the bins nearly logarithmic, as the batch-size grid is.
        var (lowest, highest) = (ulong.MaxValue, ulong.MinValue);
        var fitting = 0;
        foreach (var outcome in outcomes)
        {
            if (outcome.Fits && !double.IsNaN(outcome.Point.TokensPerSecondPerUser))
            {
                var key = OrderedBits(outcome.Point.TokensPerSecondPerUser);
                lowest = Math.Min(lowest, key);
                highest = Math.Max(highest, key);
            }

            fitting += outcome.Fits ? 1 : 0;
        }

        if (fitting <= Bins || lowest > highest)
        {
            var all = new ServingPoint[fitting];
            var next = 0;
            foreach (var outcome in outcomes)
            {
                if (outcome.Fits)
                {
                    all[next++] = outcome.Point;
                }
            }

            return all;
        }

        var shift = 0;
        while ((highest - lowest) >> shift >= Bins)
        {
            shift++;
        }

        var best = new double[Bins + 1];
        best.AsSpan().Fill(double.NegativeInfinity);
        foreach (var outcome in outcomes)
        {
            if (outcome.Fits && !double.IsNaN(outcome.Point.TokensPerSecondPerUser))
            {
                var bin = (int)((OrderedBits(outcome.Point.TokensPerSecondPerUser) - lowest) >> shift);
                best[bin] = Math.Max(best[bin], outcome.Point.OutputTokensPerSecondPerGpu);
            }
        }

        // above[b]: the best rate per GPU in the bins above b.
        var above = new double[Bins + 1];
        above[Bins] = double.NegativeInfinity;
        for (var bin = Bins - 1; bin >= 0; bin--)
        {
            above[bin] = Math.Max(above[bin + 1], best[bin + 1]);
        }

        var kept = new List<ServingPoint>();
        foreach (var outcome in outcomes)
        {
            var point = outcome.Point;
            if (outcome.Fits && (double.IsNaN(point.TokensPerSecondPerUser)
                || !(point.OutputTokensPerSecondPerGpu <= above[(int)((OrderedBits(point.TokensPerSecondPerUser) - lowest) >> shift)])))
            {
                kept.Add(point);
            }
        }

        return [.. kept];
    }

    /// <summary>An unsigned integer whose order is the doubles' order (NaN aside): the sign bit flipped for positives, every bit for negatives.</summary>
    internal static ulong OrderedBits(double value)
    {
        // Zero's two signs are one rate: a point at −0 must not sit in a lower bin than its tie at +0.
        var bits = BitConverter.DoubleToInt64Bits(value == 0 ? 0.0 : value);
        return bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000_0000_0000_0000;
    }
}
