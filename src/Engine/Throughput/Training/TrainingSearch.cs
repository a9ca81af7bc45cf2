using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput.Training;

/// <summary>The fastest configuration found for a GPU count, and how many were tried and fitted.</summary>
public sealed record TrainingChoice(TrainingConfig Config, TrainingStep Step, int Evaluated, int Fitting);

/// <summary>
/// Searches tensor, pipeline, data and expert parallel sizes, pipeline interleaving, micro-batch size and
/// recomputation for the fastest training (tokens per second) that fits, on at most a GPU count, at a global batch.
/// </summary>
public static class TrainingSearch
{
    /// <summary>How far the search may move the global batch to make micro-batches whole (a batch is a tuned hyperparameter).</summary>
    public const double BatchTolerance = 0.1;

    private static readonly int[] s_tensor = [1, 2, 4, 8];
    private static readonly int[] s_pipeline = [1, 2, 4, 8, 16, 32, 64];
    private static readonly int[] s_interleave = [1, 2, 4];
    private static readonly int[] s_microBatch = [1, 2, 4, 8];
    private static readonly Recompute[] s_recompute = [Recompute.None, Recompute.Selective, Recompute.Full];

    public static TrainingChoice? Best(in ModelShape m, in HardwareShape h, in TrainingRun run, int gpus, int globalBatch, IThroughputBatch? batch = null)
    {
        var configs = Candidates(m, h, gpus, globalBatch).ToArray();
        TrainingStep[] steps;
        if (batch is null)
        {
            steps = new TrainingStep[configs.Length];
            for (var i = 0; i < configs.Length; i++)
            {
                steps[i] = TrainingModel.Evaluate(m, h, run, configs[i]);
            }
        }
        else
        {
            steps = batch.Train(m, h, run, configs);
        }

        TrainingConfig? bestConfig = null;
        TrainingStep bestStep = default;
        var evaluated = 0;
        var fitting = 0;
        for (var i = 0; i < configs.Length; i++)
        {
            var (config, step) = (configs[i], steps[i]);
            evaluated++;
            if (!step.Fits)
            {
                continue;
            }

            fitting++;
            if (bestConfig is null || Throughput(step) > Throughput(bestStep))
            {
                bestConfig = config;
                bestStep = step;
            }
        }

        return bestConfig is { } best ? new TrainingChoice(best, bestStep, evaluated, fitting) : null;
    }

    /// <summary>Tokens per second: with the batch rounded per replica, step time alone would favour smaller batches.</summary>
    public static double Throughput(in TrainingStep step) => step.TokensPerStep / step.StepSeconds;

    /// <summary>Every configuration the search tries on at most <paramref name="gpus"/> GPUs.</summary>
    public static IEnumerable<TrainingConfig> Candidates(ModelShape m, HardwareShape h, int gpus, int globalBatch)
    {
        foreach (var (tp, pp, dp) in Layouts(m, h, gpus))
        {
            foreach (var ep in ExpertParallelSizes(m, tp * dp))
            {
                foreach (var mb in s_microBatch)
                {
                    // Every replica runs whole micro-batches: round the batch to the nearest multiple of dp·mb,
                    // and leave out layouts that would move it by more than a tenth.
                    var perStep = dp * mb;
                    var batch = (int)Math.Max(1, Math.Round((double)globalBatch / perStep)) * perStep;
                    if (Math.Abs(batch - globalBatch) > BatchTolerance * globalBatch)
                    {
                        continue;
                    }

                    foreach (var v in s_interleave.Where(v => TrainingModel.ScheduleRuns(m.Layers, pp, v)))
                    {
                        foreach (var recompute in s_recompute)
                        {
                            yield return new TrainingConfig(tp * pp * dp, tp, pp, dp, ep, v, mb, batch, tp > 1, recompute);

                            // DualPipe (X13, §3.2.1): two chunks per stage on an even number of stages; it pays off
                            // where expert all-to-alls would otherwise block.
                            if (ep > 1 && v == 2 && pp % 2 == 0)
                            {
                                yield return new TrainingConfig(tp * pp * dp, tp, pp, dp, ep, v, mb, batch, tp > 1, recompute, DualPipe: true);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Tensor × pipeline × data sizes within the cluster; tensor parallelism stays inside one NVLink domain and splits
    /// the attention heads evenly, the same rules a pinned layout is held to.
    /// </summary>
    private static IEnumerable<(int Tp, int Pp, int Dp)> Layouts(ModelShape m, HardwareShape h, int gpus)
    {
        foreach (var tp in s_tensor.Where(t => t <= h.ScaleUpDomainGpus && m.Heads % t == 0))
        {
            foreach (var pp in s_pipeline.Where(p => p <= m.Layers && tp * p <= gpus))
            {
                foreach (var dp in DataParallelSizes(gpus / (tp * pp)))
                {
                    yield return (tp, pp, dp);
                }
            }
        }
    }

    /// <summary>
    /// Data-parallel sizes that use the cluster: all of it, and sizes a little below that factor into powers of two
    /// (idling up to 15% of the GPUs can pay when it lets experts and batches divide evenly).
    /// </summary>
    private static IEnumerable<int> DataParallelSizes(int most)
    {
        var seen = new HashSet<int>();
        for (var power = 1; power <= most; power *= 2)
        {
            var dp = most / power * power;
            if (dp >= 0.85 * most && seen.Add(dp))
            {
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
