using System.Buffers;

namespace Studio.Engine.Throughput.Inference;

/// <summary>What a sweep found: the frontier and the points a report reads off it.</summary>
/// <param name="Frontier">Pareto frontier, highest interactivity first: no other point is better on both axes.</param>
/// <param name="AtTarget">The most tokens per GPU among points that reach the interactivity target; null if none does.</param>
/// <param name="Evaluated">Configurations tried.</param>
/// <param name="Fitting">Configurations that can run: weights and KV cache fit in HBM and their GPUs can communicate.</param>
public sealed record ServingSweepResult(
    IReadOnlyList<ServingPoint> Frontier,
    ServingPoint? Peak,
    ServingPoint? AtTarget,
    ServingPoint? MostInteractive,
    PrefillRun Prefill,
    int Evaluated,
    int Fitting);

/// <summary>One configuration's result: whether it can run, and if so its point.</summary>
public readonly record struct ServingOutcome(bool Fits, ServingPoint Point)
{
    // Kernels need blittable buffers and bool is not: the flag is kept as a byte.
    private readonly byte _fits = Fits ? (byte)1 : (byte)0;

    public bool Fits
    {
        get => _fits != 0;
        init => _fits = value ? (byte)1 : (byte)0;
    }
}

/// <summary>Evaluates every configuration of a space and keeps the Pareto frontier of per-GPU against per-user rate.</summary>
public static class ServingSweep
{
    /// <summary>The scalar path: every configuration in turn on this thread.</summary>
    public static ServingSweepResult Run(
        in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, double targetTokensPerSecondPerUser, ServingSpace space)
    {
        var (model, hardware, bytes, request) = (m, h, p, r);
        return Run(m, h, p, r, targetTokensPerSecondPerUser, space, (configs, prefill, outcomes) =>
        {
            for (var pair = 0; pair < Pairs(configs.Length); pair++)
            {
                OutcomePair(model, hardware, bytes, request, prefill, configs.Span, outcomes.Span, pair);
            }
        });
    }

    /// <summary>
    /// The sweep with its configurations evaluated elsewhere (a kernel, a parallel loop): the same reading of them.
    /// <paramref name="evaluate"/> fills outcome i for configuration i. The grid and its outcomes (some 12 MB a corner)
    /// live in pooled arrays for the length of the sweep: a sweep per edit would otherwise leave them all to the GC.
    /// </summary>
    public static ServingSweepResult Run(
        in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, double targetTokensPerSecondPerUser, ServingSpace space,
        Action<ReadOnlyMemory<ServingConfig>, PrefillRun, Memory<ServingOutcome>> evaluate)
    {
        var count = space.Count;
        var configs = ArrayPool<ServingConfig>.Shared.Rent(count);
        var outcomes = ArrayPool<ServingOutcome>.Shared.Rent(count);
        try
        {
            space.Fill(configs);
            var prefill = PrefillModel.Best(m, h, p, r.InputTokens);
            evaluate(configs.AsMemory(0, count), prefill, outcomes.AsMemory(0, count));
            return Summarize(outcomes.AsSpan(0, count), prefill, targetTokensPerSecondPerUser, m, h, p, r);
        }
        finally
        {
            ArrayPool<ServingConfig>.Shared.Return(configs);
            ArrayPool<ServingOutcome>.Shared.Return(outcomes);
        }
    }

    private static ServingSweepResult Summarize(
        ReadOnlySpan<ServingOutcome> outcomes, in PrefillRun prefill, double targetTokensPerSecondPerUser, in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r)
    {
        var fitting = 0;
        foreach (var outcome in outcomes)
        {
            fitting += outcome.Fits ? 1 : 0;
        }

        var frontier = new List<ServingPoint>();
        foreach (var point in Frontier(outcomes))
        {
            frontier.Add(WithTimeToFirstToken(point, m, h, p, r));
        }

        ServingPoint? atTarget = null;
        foreach (var point in frontier)
        {
            if (point.TokensPerSecondPerUser >= targetTokensPerSecondPerUser
                && (atTarget is null || point.OutputTokensPerSecondPerGpu > atTarget.Value.OutputTokensPerSecondPerGpu))
            {
                atTarget = point;
            }
        }

        return new ServingSweepResult(
            frontier,
            frontier.Count == 0 ? null : frontier[^1],
            atTarget,
            frontier.Count == 0 ? null : frontier[0],
            prefill,
            outcomes.Length,
            fitting);
    }

    /// <summary>
    /// One configuration with its prefill share, or null when it cannot run (see <see cref="DecodeStep.Fits"/>): per
    /// GPU, out = r_d / (1 + r_d · (I/O) / r_p), r_d the decode rate and r_p the prefill rate. Aggregated serving stretches each user's decode by the share of time spent on prompts;
    /// disaggregated serving runs prompts on their own GPUs and hands the KV cache over.
    /// </summary>
    public static ServingPoint? Serve(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in ServingConfig c, in PrefillRun prefill) =>
        Outcome(m, h, p, r, c, prefill) is { Fits: true } outcome ? WithTimeToFirstToken(outcome.Point, m, h, p, r) : null;

    /// <summary>An aggregated point's time to first token: its instance's own prefill of one prompt.</summary>
    public static ServingPoint WithTimeToFirstToken(in ServingPoint point, in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r) =>
        point.Config.Disaggregated
            ? point
            : point with { TimeToFirstTokenSeconds = PrefillModel.Evaluate(m, h, p, r.InputTokens, point.Config.TensorParallel * point.Config.AttentionDataParallel).Seconds };

    /// <summary>
    /// <see cref="Serve"/> without nullables, for kernels: a configuration that cannot run (or whose prompts cannot
    /// be served) comes back with <see cref="ServingOutcome.Fits"/> false.
    /// </summary>
    public static ServingOutcome Outcome(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in ServingConfig c, in PrefillRun prefill) =>
        Outcome(m, h, p, r, c, prefill, DecodeModel.Evaluate(m, h, p, r, c));

    /// <summary>Pairs in a batch of <paramref name="configurations"/>: each configuration beside the next, the last alone when the count is odd.</summary>
    public static int Pairs(int configurations) => (configurations + 1) / 2;

    /// <summary>
    /// Configurations 2·pair and 2·pair + 1 of a batch. The grid lists each aggregated configuration beside its
    /// disaggregated twin, and the two decode alike: one decode step (most of a configuration's arithmetic) serves
    /// both. Neighbours that decode differently each get their own. Kernels run the same pairing over their buffers.
    /// </summary>
    public static void Pair(
        in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in PrefillRun prefill,
        in ServingConfig first, in ServingConfig second, out ServingOutcome firstOutcome, out ServingOutcome secondOutcome)
    {
        var decode = DecodeModel.Evaluate(m, h, p, r, first);
        firstOutcome = Outcome(m, h, p, r, first, prefill, decode);
        secondOutcome = Outcome(m, h, p, r, second, prefill, second.DecodesLike(first) ? decode : DecodeModel.Evaluate(m, h, p, r, second));
    }

    /// <summary><see cref="Pair"/> over spans: what the scalar and parallel-loop paths call per pair.</summary>
    public static void OutcomePair(
        in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in PrefillRun prefill, ReadOnlySpan<ServingConfig> configs, Span<ServingOutcome> output, int pair)
    {
        var i = 2 * pair;
        if (i + 1 < configs.Length)
        {
            Pair(m, h, p, r, prefill, configs[i], configs[i + 1], out output[i], out output[i + 1]);
        }
        else
        {
            output[i] = Outcome(m, h, p, r, configs[i], prefill);
        }
    }

    /// <summary>One configuration's outcome from its decode step (<see cref="DecodeModel.Evaluate"/> of the same configuration).</summary>
    public static ServingOutcome Outcome(
        in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in ServingConfig c, in PrefillRun prefill, in DecodeStep decode)
    {
        if (!decode.Fits || !prefill.Fits)
        {
            return default;
        }

        var ratio = r.InputTokens / r.OutputTokens;
        var perGpu = decode.OutputTokensPerSecondPerGpu / (1 + decode.OutputTokensPerSecondPerGpu * ratio / prefill.InputTokensPerSecondPerGpu);
        double perUser;
        double ttft;
        if (c.Disaggregated)
        {
            perUser = decode.TokensPerSecondPerUser;
            var kvBytes = m.MeanAttendedTokens(r.InputTokens) * m.KvElementsPerTokenPerLayer * m.Layers * p.KvBytes;
            ttft = prefill.Seconds + h.CollectiveSeconds(kvBytes, prefill.GroupGpus + c.Gpus);
        }
        else
        {
            var prefillShare = perGpu * ratio / prefill.InputTokensPerSecondPerGpu;
            perUser = decode.TokensPerSecondPerUser * (1 - prefillShare);

            // The instance's own prefill time depends only on its size, and only the frontier's points report it:
            // the sweep leaves it to WithTimeToFirstToken rather than repeat it for every batch size.
            ttft = double.NaN;
        }

        // A disaggregated KV hand-over with no link to cross never arrives: that way of serving cannot run.
        if (c.Disaggregated && !double.IsFinite(ttft))
        {
            return default;
        }

        return new ServingOutcome(true, new ServingPoint(c, perUser, perGpu, perGpu * (r.InputTokens + r.OutputTokens) / r.OutputTokens, ttft, decode.Bound));
    }

    /// <summary>Points no other point beats on both rates, sorted by interactivity, highest first.</summary>
    public static IReadOnlyList<ServingPoint> Frontier(IEnumerable<ServingPoint> points) =>
        Frontier([.. points.Select(point => new ServingOutcome(true, point))]);

    /// <summary>The frontier of the outcomes that fit, read in place.</summary>
    public static IReadOnlyList<ServingPoint> Frontier(ReadOnlySpan<ServingOutcome> outcomes)
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
    private static ServingPoint[] Candidates(ReadOnlySpan<ServingOutcome> outcomes)
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
    private static ulong OrderedBits(double value)
    {
        // Zero's two signs are one rate: a point at −0 must not sit in a lower bin than its tie at +0.
        var bits = BitConverter.DoubleToInt64Bits(value == 0 ? 0.0 : value);
        return bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000_0000_0000_0000;
    }
}
