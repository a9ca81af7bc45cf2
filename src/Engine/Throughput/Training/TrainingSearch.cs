using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput.Training;

/// <summary>The fastest configuration found for a GPU count, how many were evaluated and fitted, and the space searched.</summary>
/// <param name="Space">Configurations in <see cref="TrainingSpace"/> on this cluster, whether evaluated or ruled out by a bound.</param>
/// <param name="Exact">
/// Every configuration not evaluated was ruled out by a bound or dominance, so no other is faster; false when the
/// search stopped at its work budget with the best found so far.
/// </param>
public sealed record TrainingChoice(TrainingConfig Config, TrainingStep Step, int Evaluated, int Fitting, long Space = 1, bool Exact = true);

/// <summary>
/// Finds the fastest training (tokens per second) that fits on at most a GPU count at a global batch, over the whole of
/// <see cref="TrainingSpace"/>. <see cref="Best"/> is the live search: it evaluates layouts in order of an upper bound on
/// their throughput, stops when no layout left can beat the best found, and skips configurations that another of the
/// same layout provably beats. <see cref="Exhaustive"/> evaluates every configuration. Both return the same
/// configuration: the bounds and dominance rules are exact for <see cref="TrainingModel.Evaluate"/>, and ties go to the
/// first in the space's order (tests hold the two to each other).
/// </summary>
public static partial class TrainingSearch
{
    /// <summary>How far the search may move the global batch to make micro-batches whole.</summary>
    public const double BatchTolerance = TrainingSpace.BatchTolerance;

    private const int ExhaustiveChunk = 1 << 16;

    /// <param name="evaluationBudget">
    /// Configurations the search may time before it stops with the best found so far (layouts are walked whole, so it
    /// may pass the budget by one layout's worth); the choice then says it is not exact.
    /// </param>
    /// <remarks>
    /// On one core: each layout's few surviving configurations are too few to pay for a kernel launch, and the
    /// evaluation runs its searches side by side already.
    /// </remarks>
    public static TrainingChoice? Best(in ModelShape m, in HardwareShape h, in TrainingRun run, int gpus, int globalBatch, int evaluationBudget = int.MaxValue)
    {
        // Sharding every weight, gradient and optimizer value over every GPU is the least any configuration keeps.
        if (gpus < 1 || m.TotalParams * (run.WeightBytes + run.GradientBytes + run.OptimizerBytes) / gpus > h.UsableHbmBytes)
        {
            return null;
        }

        var layouts = TrainingSpace.Layouts(m, h, run.SequenceLength, gpus, globalBatch);
        var keys = new double[layouts.Count];
        var bounds = new double[layouts.Count];
        var order = new int[layouts.Count];
        var space = TrainingSpace.Count(m, h, layouts);
        for (var i = 0; i < layouts.Count; i++)
        {
            bounds[i] = ThroughputBound(m, h, run, layouts[i]);
            keys[i] = -bounds[i];
            order[i] = i;
        }

        // Highest bound first. Among equal bounds the order does not matter: all of them are walked before the bound can
        // stop the search, and ties between configurations go to the space's order whatever the walk's.
        Array.Sort(keys, order);

        var walk = new LiveWalk(m, h, run);
        var exact = true;
        foreach (var index in order)
        {
            // The bound is at least every configuration's throughput in the layout: strictly below the best, nothing in
            // it or in any later layout can win. Equal bounds go on, as a tie could still fall to an earlier layout.
            if (walk.Best.Found && bounds[index] * (1 + 1e-12) < walk.Best.Throughput)
            {
                break;
            }

            if (walk.Evaluated >= evaluationBudget)
            {
                exact = false;
                break;
            }

            if (AnyFits(m, h, run, layouts[index]))
            {
                walk.Layout(layouts[index], index);
            }
        }

        var (best, evaluated, fitting) = (walk.Best, walk.Evaluated, walk.Fitting);
        return best.Found ? new TrainingChoice(best.Config, best.Step, evaluated, fitting, space, exact) : null;
    }

    /// <summary>
    /// Every configuration of <see cref="TrainingSpace"/> evaluated: on the batch in chunks when one is given (an
    /// accelerator), else layout by layout on every core.
    /// </summary>
    public static TrainingChoice? Exhaustive(in ModelShape m, in HardwareShape h, in TrainingRun run, int gpus, int globalBatch, IThroughputBatch? batch = null)
    {
        var layouts = TrainingSpace.Layouts(m, h, run.SequenceLength, gpus, globalBatch);
        var (best, evaluated, fitting) = batch is null ? OnCores(m, h, run, layouts) : OnBatch(m, h, run, layouts, batch);
        return best.Found ? new TrainingChoice(best.Config, best.Step, (int)Math.Min(int.MaxValue, evaluated), (int)Math.Min(int.MaxValue, fitting), evaluated) : null;
    }

    private static (Incumbent Best, long Evaluated, long Fitting) OnCores(ModelShape m, HardwareShape h, TrainingRun run, List<TrainingLayout> layouts)
    {
        var gate = new object();
        var best = new Incumbent();
        long evaluated = 0, fitting = 0;
        Parallel.For(0, layouts.Count,
            () => (Best: new Incumbent(), Options: new List<TrainingConfig>(), Evaluated: 0L, Fitting: 0L),
            (l, _, local) =>
            {
                local.Options.Clear();
                TrainingSpace.Options(m, h, layouts[l], local.Options);
                for (var k = 0; k < local.Options.Count; k++)
                {
                    var step = TrainingModel.Evaluate(m, h, run, local.Options[k]);
                    local.Evaluated++;
                    if (step.Fits)
                    {
                        local.Fitting++;
                        local.Best.Offer(local.Options[k], step, l);
                    }
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    best.Merge(local.Best);
                    evaluated += local.Evaluated;
                    fitting += local.Fitting;
                }
            });
        return (best, evaluated, fitting);
    }

    private static (Incumbent Best, long Evaluated, long Fitting) OnBatch(in ModelShape m, in HardwareShape h, in TrainingRun run, List<TrainingLayout> layouts, IThroughputBatch batch)
    {
        var best = new Incumbent();
        long evaluated = 0, fitting = 0;
        var chunk = new List<TrainingConfig>(ExhaustiveChunk + 4096);
        var positions = new List<int>(ExhaustiveChunk + 4096);
        var options = new List<TrainingConfig>();
        for (var l = 0; l <= layouts.Count; l++)
        {
            if (l < layouts.Count)
            {
                options.Clear();
                TrainingSpace.Options(m, h, layouts[l], options);
                for (var k = 0; k < options.Count; k++)
                {
                    chunk.Add(options[k]);
                    positions.Add(l);
                }
            }

            if (chunk.Count >= ExhaustiveChunk || (l == layouts.Count && chunk.Count > 0))
            {
                var steps = batch.Train(m, h, run, [.. chunk]);
                for (var i = 0; i < steps.Length; i++)
                {
                    evaluated++;
                    if (steps[i].Fits)
                    {
                        fitting++;
                        best.Offer(chunk[i], steps[i], positions[i]);
                    }
                }

                chunk.Clear();
                positions.Clear();
            }
        }

        return (best, evaluated, fitting);
    }

    /// <summary>The most tokens per second that any configuration held above this step's floor can reach.</summary>
    private static double Bounded(in TrainingStep step) => step.FloorSeconds > 0 ? step.TokensPerStep / step.FloorSeconds * (1 + 1e-12) : double.PositiveInfinity;

    /// <summary>The most chunks per stage that the schedule runs with on this depth.</summary>
    private static int DeepestInterleave(in ModelShape m, int stages)
    {
        for (var v = (int)TrainingModel.StageLayers(m.Layers, stages); v > 1; v--)
        {
            if (TrainingModel.ScheduleRuns(m.Layers, stages, v))
            {
                return v;
            }
        }

        return 1;
    }

    /// <summary>Tokens per second: with the batch rounded per replica, step time alone would favour smaller batches.</summary>
    public static double Throughput(in TrainingStep step) => step.TokensPerStep / step.StepSeconds;

    /// <summary>Every configuration the searches consider on at most <paramref name="gpus"/> GPUs, in the space's order.</summary>
    public static IEnumerable<TrainingConfig> Candidates(ModelShape m, HardwareShape h, double sequenceLength, int gpus, int globalBatch)
    {
        var options = new List<TrainingConfig>();
        foreach (var layout in TrainingSpace.Layouts(m, h, sequenceLength, gpus, globalBatch))
        {
            options.Clear();
            TrainingSpace.Options(m, h, layout, options);
            foreach (var option in options)
            {
                yield return option;
            }
        }
    }

    /// <summary>
    /// An upper bound on the tokens per second of every configuration of a layout, from lower bounds on the terms of
    /// <see cref="TrainingModel.Evaluate"/> that do not depend on the layout's options: compute without recomputation at
    /// the FLOP roofline (and the streaming work with sequence parallelism), the bubble at one sequence per micro-batch and
    /// the deepest interleave, tensor-parallel all-reduces at their bandwidth with one latency, the per-layer overhead and
    /// the sharded optimizer step, and expert all-to-alls and two data-parallel passes beyond that compute. Every term left
    /// out (recomputation, the rest of the data-parallel traffic, pipeline and context traffic, offload) only adds time.
    /// </summary>
    internal static double ThroughputBound(in ModelShape m, in HardwareShape h, in TrainingRun run, TrainingLayout l)
    {
        const double A = PrecisionBytes.ActivationBytes;
        double tp = l.TensorParallel, cp = l.ContextParallel, pp = l.PipelineStages, dp = l.DataParallel;
        var ep = m.IsMixtureOfExperts ? Math.Max(1, l.ExpertParallel) : 1.0;
        var s = run.SequenceLength;
        var perReplica = (double)l.SequencesPerReplica;
        var gpus = (double)l.Gpus;
        var stageLayers = TrainingModel.StageLayers(m.Layers, l.PipelineStages);
        var imbalance = stageLayers * pp / m.Layers;

        var tokensPerStep = l.GlobalBatch * s;
        var forwardMatmul = 2 * m.ActiveMatmulParams;
        var forwardAttention = m.Layers * m.FullAttentionFlopsPerContextToken * m.MeanCausalAttendedTokens(s);
        var headShare = m.HeadParams / m.ActiveMatmulParams;
        var matmul = tokensPerStep * 3 * forwardMatmul / h.EffectiveFlops / gpus * (headShare + (1 - headShare) * imbalance);
        var attention = tokensPerStep * 3 * forwardAttention / h.EffectiveAttentionFlops / gpus * imbalance;

        // Streaming work over all of a replica's tokens on this rank: the same whatever the micro-batch.
        var ffnWeights = m.IsMixtureOfExperts ? (m.ActiveExperts + m.SharedExperts) * m.ExpertParams : m.DenseFfnParamsPerLayer;
        var ffnWidth = ffnWeights / (m.FfnMatrices * m.Hidden);
        var replicaTokens = perReplica * s / cp;
        var normsAndAdds = (2 * 2 * A + 2 * (3 * A + 1)) * replicaTokens * m.Hidden / tp;
        var activation = (m.FfnMatrices == 3 ? 3 : 2) * A * replicaTokens * ffnWidth / tp;
        var layerStream = h.StreamSeconds((normsAndAdds + activation) * 3 * stageLayers);
        var vocabulary = m.HeadParams / m.Hidden;
        var loss = h.StreamSeconds(3 * A * 3 * tokensPerStep * vocabulary / gpus);
        var compute = matmul + attention + layerStream + loss;

        var deepestInterleave = DeepestInterleave(m, l.PipelineStages);
        var bubble = compute * (pp - 1) / (perReplica * deepestInterleave);

        // m micro-batches of b sequences: m · C(k·b) = n·k/bandwidth + (n/b)·latency ≥ C(k·n), one latency per collective.
        var tpBytes = 2 * (tp - 1) / tp * replicaTokens * m.Hidden * A;
        var tensor = tp > 1 ? 4 * stageLayers * h.CollectiveSeconds(tpBytes, tp) : 0;
        var overhead = h.LayerOverheadSeconds * stageLayers * 3;

        // Expert all-to-alls: whatever the schedule, those that outlast the compute are exposed (m · C(k·b) ≥ C(k·n) again).
        var a2aBytes = replicaTokens / tp * m.ActiveExperts * m.Hidden * A * (ep - 1) / ep;
        var experts = ep > 1 ? 4 * m.MoeLayers / pp * imbalance * h.CollectiveSeconds(a2aBytes, ep * Math.Min(tp, h.ScaleUpDomainGpus)) : 0;

        var expertParams = m.RoutedExperts * m.ExpertParams * m.MoeLayers;
        var expertReplicas = Math.Max(1, tp * cp * dp / ep);
        var shard = (m.TotalParams - expertParams) / (tp * pp) / (dp * cp) + expertParams / (ep * pp) / expertReplicas;
        var optimizer = h.StreamSeconds(shard * (2 * run.OptimizerBytes + run.GradientBytes + run.WeightBytes));

        // Data-parallel traffic: at least two passes, of which one micro-batch's compute (at most all of it) hides some.
        var pass = TrainingModel.DataParallelPass(h, (m.TotalParams - expertParams) / (tp * pp), expertParams / (ep * pp), dp * cp, expertReplicas, l.Gpus);
        var seconds = compute + Math.Max(0, experts - compute) + Math.Max(0, 2 * pass - compute) + bubble + tensor + overhead + optimizer;
        return seconds > 0 && double.IsFinite(seconds) ? tokensPerStep / seconds : 0;
    }

    /// <summary>
    /// Whether any configuration of the layout fits in memory: the one that keeps the least (one sequence per
    /// micro-batch, no interleave, full recomputation, sequence parallelism, offload where the host link allows) under
    /// each ZeRO stage.
    /// </summary>
    private static bool AnyFits(in ModelShape m, in HardwareShape h, in TrainingRun run, TrainingLayout l) =>
        AnyFits(m, h, run, new TrainingConfig(l.Gpus, l.TensorParallel, l.PipelineStages, l.DataParallel, l.ExpertParallel, 1, 1, l.GlobalBatch,
            l.TensorParallel > 1, Recompute.Full, ContextParallel: l.ContextParallel));

    /// <summary>Whether the configuration fits in memory under some ZeRO stage, in HBM or offloaded.</summary>
    private static bool AnyFits(in ModelShape m, in HardwareShape h, in TrainingRun run, in TrainingConfig lean)
    {
        Sharding[] stages = [Sharding.Optimizer, Sharding.Gradients, Sharding.Weights];
        foreach (var z in stages)
        {
            if (TrainingMemory.Of(m, h, run, lean with { Sharding = z }).FitsInMemory
                || (h.HostBytesPerSecond > 0 && TrainingMemory.Of(m, h, run, lean with { Sharding = z, OffloadActivations = true }).FitsInMemory))
            {
                return true;
            }
        }

        return false;
    }
}
