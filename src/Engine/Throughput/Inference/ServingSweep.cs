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

/// <summary>Evaluates every configuration of a space and keeps the Pareto frontier of per-GPU against per-user rate.</summary>
public static class ServingSweep
{
    public static ServingSweepResult Run(
        in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, double targetTokensPerSecondPerUser, ServingSpace space)
    {
        var prefill = PrefillModel.Best(m, h, p, r.InputTokens);
        var points = new List<ServingPoint>();
        var evaluated = 0;
        foreach (var config in space.Configurations())
        {
            evaluated++;
            if (prefill.Fits && Serve(m, h, p, r, config, prefill) is { } point)
            {
                points.Add(point);
            }
        }

        var frontier = Frontier(points);
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
            evaluated,
            points.Count);
    }

    /// <summary>
    /// One configuration with its prefill share, or null when it cannot run (see <see cref="DecodeStep.Fits"/>): per
    /// GPU, out = r_d / (1 + r_d · (I/O) / r_p), r_d the decode rate and r_p the prefill rate. Aggregated serving stretches each user's decode by the share of time spent on prompts;
    /// disaggregated serving runs prompts on their own GPUs and hands the KV cache over.
    /// </summary>
    public static ServingPoint? Serve(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in ServingConfig c, in PrefillRun prefill)
    {
        var decode = DecodeModel.Evaluate(m, h, p, r, c);
        if (!decode.Fits)
        {
            return null;
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
            ttft = PrefillModel.Evaluate(m, h, p, r.InputTokens, c.TensorParallel * c.AttentionDataParallel).Seconds;
        }

        // A disaggregated KV hand-over with no link to cross never arrives: that way of serving cannot run.
        if (!double.IsFinite(ttft))
        {
            return null;
        }

        return new ServingPoint(c, perUser, perGpu, perGpu * (r.InputTokens + r.OutputTokens) / r.OutputTokens, ttft, decode.Bound);
    }

    /// <summary>Points no other point beats on both rates, sorted by interactivity, highest first.</summary>
    public static IReadOnlyList<ServingPoint> Frontier(IEnumerable<ServingPoint> points)
    {
        var frontier = new List<ServingPoint>();
        var best = double.NegativeInfinity;
        foreach (var point in points.OrderByDescending(q => q.TokensPerSecondPerUser).ThenByDescending(q => q.OutputTokensPerSecondPerGpu))
        {
            if (point.OutputTokensPerSecondPerGpu > best)
            {
                frontier.Add(point);
                best = point.OutputTokensPerSecondPerGpu;
            }
        }

        return frontier;
    }
}
