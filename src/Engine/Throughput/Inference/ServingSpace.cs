namespace Studio.Engine.Throughput.Inference;

/// <summary>
/// The serving configurations a sweep tries: tensor, attention-data (with experts spread over both) and pipeline
/// parallel sizes, sequences per rank on a geometric grid, speculated tokens per step, aggregated or disaggregated prefill.
/// </summary>
public sealed record ServingSpace(
    IReadOnlyList<int> TensorParallel,
    IReadOnlyList<int> AttentionDataParallel,
    IReadOnlyList<int> PipelineStages,
    IReadOnlyList<double> SequencesPerRank,
    IReadOnlyList<int> DraftTokens)
{
    /// <summary>
    /// The default grid: up to 5 × 9 × 4 × 120 × 4 × 2 = 172,800 configurations for a MoE model, fewer where whole
    /// batch sizes repeat on the geometric grid (75 distinct from 1 to 256: 108,000 for DeepSeek-R1 on an NVL72, so
    /// every sweep tries at least the 100,000 configurations the engine promises).
    /// </summary>
    public static ServingSpace Default(in ModelShape model, in HardwareShape hardware, int batchSteps = 120)
    {
        var tensor = PowersOfTwo(1, (int)Math.Min(Math.Min(16, hardware.ScaleUpDomainGpus), Math.Max(1, model.Heads))).ToList();
        var data = model.IsMixtureOfExperts ? PowersOfTwo(1, 256).ToList() : [1];
        int[] stages = [1, 2, 4, 8];
        return new ServingSpace(tensor, data, stages, GeometricGrid(1, Math.Max(1, hardware.MaxSequencesPerRank), batchSteps), [0, 1, 2, 3]);
    }

    public int Count => TensorParallel.Count * AttentionDataParallel.Count * PipelineStages.Count * SequencesPerRank.Count * DraftTokens.Count * 2;

    /// <summary>Every configuration, in a new array.</summary>
    public ServingConfig[] Configurations()
    {
        var configs = new ServingConfig[Count];
        Fill(configs);
        return configs;
    }

    /// <summary>
    /// Writes every configuration to the start of <paramref name="configs"/> (at least <see cref="Count"/> long), each
    /// aggregated configuration beside its disaggregated twin, the order <see cref="ServingSweep.Pair"/> relies on.
    /// </summary>
    public void Fill(Span<ServingConfig> configs)
    {
        var i = 0;
        foreach (var tp in TensorParallel)
        {
            foreach (var dp in AttentionDataParallel)
            {
                foreach (var pp in PipelineStages)
                {
                    foreach (var b in SequencesPerRank)
                    {
                        foreach (var draft in DraftTokens)
                        {
                            configs[i++] = new ServingConfig(tp, dp, pp, b, Disaggregated: false, draft);
                            configs[i++] = new ServingConfig(tp, dp, pp, b, Disaggregated: true, draft);
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<int> PowersOfTwo(int from, int to)
    {
        for (var n = from; n <= to; n *= 2)
        {
            yield return n;
        }
    }

    /// <summary><paramref name="steps"/> whole numbers from <paramref name="from"/> to <paramref name="to"/>, evenly spaced in log.</summary>
    public static IReadOnlyList<double> GeometricGrid(double from, double to, int steps)
    {
        var values = new SortedSet<double>();
        for (var i = 0; i < steps; i++)
        {
            var t = steps == 1 ? 0 : (double)i / (steps - 1);
            values.Add(Math.Round(from * Math.Pow(to / from, t)));
        }

        return [.. values];
    }
}
