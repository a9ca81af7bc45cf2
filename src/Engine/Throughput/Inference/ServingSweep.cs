using Studio.Engine.Compute;

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
        var configs = EngineArrayPool.Of<ServingConfig>().Rent(count);
        var outcomes = EngineArrayPool.Of<ServingOutcome>().Rent(count);
        try
        {
            space.Fill(configs);
            var prefill = PrefillModel.Best(m, h, p, r.InputTokens);
            evaluate(configs.AsMemory(0, count), prefill, outcomes.AsMemory(0, count));
            return Summarize(outcomes.AsSpan(0, count), prefill, targetTokensPerSecondPerUser, m, h, p, r);
        }
        finally
        {
            EngineArrayPool.Of<ServingConfig>().Return(configs);
            EngineArrayPool.Of<ServingOutcome>().Return(outcomes);
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
        foreach (var point in ServingFrontier.Of(outcomes))
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
}
