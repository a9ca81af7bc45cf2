using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput.Training;

/// <summary>How a cluster's GPUs split, before the options each split can run with (micro-batch, schedule, memory).</summary>
/// <param name="GlobalBatch">The batch rounded to whole sequences per data-parallel replica.</param>
public readonly record struct TrainingLayout(int TensorParallel, int ContextParallel, int PipelineStages, int DataParallel, int ExpertParallel, int GlobalBatch)
{
    public int Gpus => TensorParallel * ContextParallel * PipelineStages * DataParallel;

    /// <summary>Sequences each replica runs per step: the micro-batch sizes are its divisors.</summary>
    public int SequencesPerReplica => GlobalBatch / DataParallel;
}

/// <summary>
/// Every training configuration the studio considers on a cluster: the layouts (tensor, context, pipeline, data and
/// expert parallel sizes) and, for each, every micro-batch size, interleave, recomputation mode, sequence parallelism,
/// ZeRO stage, activation offload and DualPipe where they apply. Both searches walk it in this order, which is also
/// how ties are broken: the first configuration of equal throughput wins.
/// </summary>
public static class TrainingSpace
{
    /// <summary>How far the search may move the global batch to make micro-batches whole (a batch is a tuned hyperparameter).</summary>
    public const double BatchTolerance = 0.1;

    /// <summary>
    /// The widest context parallelism tried: Megatron-Core's published long-context runs split a sequence over up to
    /// 32 ranks; past that each rank's chunk is too short for the ring to hide its keys and values.
    /// </summary>
    public const int MaxContextParallel = 32;

    private static readonly Recompute[] s_recompute = [Recompute.None, Recompute.Selective, Recompute.Full];

    /// <summary>ZeRO stages in the order that makes each dominate the next (same compute, no less traffic).</summary>
    private static readonly Sharding[] s_sharding = [Sharding.Optimizer, Sharding.Gradients, Sharding.Weights, Sharding.None];

    private static readonly Sharding[] s_unsharded = [Sharding.Optimizer];
    private static readonly bool[] s_sequenceParallel = [true, false];
    private static readonly bool[] s_off = [false];
    private static readonly bool[] s_offloadChoices = [false, true];

    /// <summary>
    /// Layouts on at most <paramref name="gpus"/> GPUs. Tensor parallelism divides the heads and stays inside one NVLink
    /// domain (the rules a pinned layout is held to); context parallelism is a power of two that splits each sequence
    /// into 2c equal chunks (a causal mask balanced over the ring); every pipeline depth up to the layer count; data
    /// parallelism fills the rest (or a little less, see <see cref="DataParallelSizes"/>) where the batch rounds to
    /// whole sequences per replica within <see cref="BatchTolerance"/>; experts over powers of two dividing the tensor ×
    /// context × data ranks.
    /// </summary>
    public static List<TrainingLayout> Layouts(in ModelShape m, in HardwareShape h, double sequenceLength, int gpus, int globalBatch)
    {
        var layouts = new List<TrainingLayout>();
        var heads = (int)m.Heads;
        var maxTensor = Math.Min(gpus, (int)Math.Max(1, h.ScaleUpDomainGpus));
        for (var tp = 1; tp <= maxTensor; tp++)
        {
            if (heads % tp != 0)
            {
                continue;
            }

            for (var cp = 1; cp <= MaxContextParallel && tp * cp <= gpus; cp *= 2)
            {
                if (cp > 1 && sequenceLength % (2 * cp) != 0)
                {
                    break;
                }

                for (var pp = 1; pp <= m.Layers && tp * cp * pp <= gpus; pp++)
                {
                    foreach (var dp in DataParallelSizes(gpus / (tp * cp * pp)))
                    {
                        var perReplica = (int)Math.Max(1, Math.Round((double)globalBatch / dp));
                        var batch = perReplica * dp;
                        if (Math.Abs(batch - globalBatch) > BatchTolerance * globalBatch)
                        {
                            continue;
                        }

                        foreach (var ep in ExpertParallelSizes(m, tp * cp * dp))
                        {
                            layouts.Add(new TrainingLayout(tp, cp, pp, dp, ep, batch));
                        }
                    }
                }
            }
        }

        return layouts;
    }

    /// <summary>
    /// Every configuration of one layout, appended to <paramref name="into"/> in the search order: micro-batch, interleave,
    /// recomputation, sequence parallelism (on first), DualPipe (off first), offload (off first), ZeRO stage.
    /// </summary>
    public static void Options(in ModelShape m, in HardwareShape h, TrainingLayout l, List<TrainingConfig> into)
    {
        var sequenceParallel = l.TensorParallel > 1 ? s_sequenceParallel : s_off;
        var offload = h.HostBytesPerSecond > 0 ? s_offloadChoices : s_off;
        var sharding = l.DataParallel * l.ContextParallel > 1 ? s_sharding : s_unsharded;
        var expertParallel = m.IsMixtureOfExperts && l.ExpertParallel > 1;
        var interleaves = Interleaves(m, l.PipelineStages);
        foreach (var mb in MicroBatches(l))
        {
            foreach (var v in interleaves)
            {

                // DualPipe (X13, §3.2.1): two chunks per stage on an even number of stages; it pays off where expert
                // all-to-alls would otherwise block.
                var dualPipe = expertParallel && v == 2 && l.PipelineStages % 2 == 0 ? 2 : 1;
                foreach (var recompute in s_recompute)
                {
                    foreach (var sp in sequenceParallel)
                    {
                        for (var pair = 0; pair < dualPipe; pair++)
                        {
                            foreach (var off in offload)
                            {
                                foreach (var z in sharding)
                                {
                                    into.Add(new TrainingConfig(l.Gpus, l.TensorParallel, l.PipelineStages, l.DataParallel, l.ExpertParallel, v, mb,
                                        l.GlobalBatch, sp, recompute, DualPipe: pair == 1, ContextParallel: l.ContextParallel, Sharding: z, OffloadActivations: off));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The micro-batch sizes of a layout: the divisors of its sequences per replica, smallest first.</summary>
    public static List<int> MicroBatches(TrainingLayout l)
    {
        var n = l.SequencesPerReplica;
        var small = new List<int>();
        var large = new List<int>();
        for (var d = 1; (long)d * d <= n; d++)
        {
            if (n % d == 0)
            {
                small.Add(d);
                if (d != n / d)
                {
                    large.Add(n / d);
                }
            }
        }

        large.Reverse();
        small.AddRange(large);
        return small;
    }

    /// <summary>The interleaves the schedule runs on this depth, smallest first (always 1).</summary>
    public static List<int> Interleaves(in ModelShape m, int stages)
    {
        var interleaves = new List<int>();
        var stageLayers = (int)TrainingModel.StageLayers(m.Layers, stages);
        for (var v = 1; v <= Math.Max(1, stageLayers); v++)
        {
            if (TrainingModel.ScheduleRuns(m.Layers, stages, v))
            {
                interleaves.Add(v);
            }
        }

        return interleaves;
    }

    /// <summary>How many configurations all the layouts give, each shape of layout counted once.</summary>
    public static long Count(in ModelShape m, in HardwareShape h, List<TrainingLayout> layouts)
    {
        // Layouts that share sequences per replica, depth and which options apply give the same count.
        var counts = new Dictionary<(int, int, bool, bool, bool), long>();
        long total = 0;
        foreach (var l in layouts)
        {
            var key = (l.SequencesPerReplica, l.PipelineStages, l.TensorParallel > 1, l.DataParallel * l.ContextParallel > 1, l.ExpertParallel > 1);
            if (!counts.TryGetValue(key, out var count))
            {
                count = OptionCount(m, h, l);
                counts[key] = count;
            }

            total += count;
        }

        return total;
    }

    /// <summary>How many configurations <see cref="Options"/> gives a layout, without listing them.</summary>
    public static long OptionCount(in ModelShape m, in HardwareShape h, TrainingLayout l)
    {
        long microBatches = MicroBatches(l).Count;

        var stageLayers = (int)TrainingModel.StageLayers(m.Layers, l.PipelineStages);
        long schedules = 0;
        for (var v = 1; v <= stageLayers; v++)
        {
            if (TrainingModel.ScheduleRuns(m.Layers, l.PipelineStages, v))
            {
                schedules += m.IsMixtureOfExperts && l.ExpertParallel > 1 && v == 2 && l.PipelineStages % 2 == 0 ? 2 : 1;
            }
        }

        long perSchedule = s_recompute.Length
            * (l.TensorParallel > 1 ? 2 : 1)
            * (h.HostBytesPerSecond > 0 ? 2 : 1)
            * (l.DataParallel * l.ContextParallel > 1 ? s_sharding.Length : 1);
        return microBatches * schedules * perSchedule;
    }

    /// <summary>
    /// Data-parallel sizes that use the cluster: all of it, and sizes a little below that factor into powers of two
    /// (idling up to 15% of the GPUs can pay when it lets experts and batches divide evenly).
    /// </summary>
    private static IEnumerable<int> DataParallelSizes(int most)
    {
        var previous = -1;
        for (var power = 1; power <= most; power *= 2)
        {
            var dp = most / power * power;
            if (dp >= 0.85 * most && dp != previous)
            {
                previous = dp;
                yield return dp;
            }
        }
    }

    private static IEnumerable<int> ExpertParallelSizes(ModelShape m, int ranks)
    {
        if (!m.IsMixtureOfExperts)
        {
            yield return 1;
            yield break;
        }

        for (var ep = 1; ep <= ranks && ep <= m.RoutedExperts; ep *= 2)
        {
            if (ranks % ep == 0)
            {
                yield return ep;
            }
        }
    }
}
