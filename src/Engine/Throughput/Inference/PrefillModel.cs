namespace Studio.Engine.Throughput.Inference;

/// <summary>Prefill of one request on a group of GPUs.</summary>
/// <param name="Fits">Weights, the prompt's KV cache and activations fit in HBM, and the group's GPUs can communicate.</param>
/// <param name="Seconds">Time to process the prompt: time to first token, before queueing and KV transfer.</param>
/// <param name="InputTokensPerSecondPerGpu">Prompt tokens per second per GPU of the group, back to back.</param>
public readonly record struct PrefillRun(bool Fits, int GroupGpus, double Seconds, double InputTokensPerSecondPerGpu)
{
    // Kernels need blittable parameters and bool is not: the flag is kept as a byte.
    private readonly byte _fits = Fits ? (byte)1 : (byte)0;

    public bool Fits
    {
        get => _fits != 0;
        init => _fits = value ? (byte)1 : (byte)0;
    }
}

/// <summary>
/// Prefill is one large forward pass over the prompt: compute-bound matmuls over every prompt token, causal
/// attention (each token attends to those before it), tensor-parallel all-reduces and expert dispatch/combine of
/// the prompt's activations. Weights are read once per pass.
/// </summary>
public static class PrefillModel
{
    public static PrefillRun Evaluate(in ModelShape m, in HardwareShape h, in PrecisionBytes p, double inputTokens, int groupGpus)
    {
        double g = groupGpus;
        var weights = m.TotalParams * p.WeightBytes / g;
        var kv = m.MeanAttendedTokens(inputTokens) * m.KvElementsPerTokenPerLayer * m.Layers * p.KvBytes / Math.Min(g, Math.Max(1, m.KvSplittableHeads));
        var activations = inputTokens * m.Hidden * PrecisionBytes.ActivationBytes * 8;
        var fits = weights + kv + activations <= h.UsableHbmBytes;

        var matmulFlops = 2 * m.ActiveMatmulParams * inputTokens;
        var attentionFlops = inputTokens * m.MeanCausalAttendedTokens(inputTokens) * m.FullAttentionFlopsPerContextToken * m.Layers;
        var compute = (matmulFlops / h.EffectiveFlops + attentionFlops / h.EffectiveAttentionFlops) / g;
        var memory = weights / h.EffectiveHbmBytesPerSecond;

        var communication = 0.0;
        if (g > 1)
        {
            var tp = Math.Min(g, h.ScaleUpDomainGpus);
            var allReduce = 2 * (tp - 1) / tp * inputTokens * m.Hidden * PrecisionBytes.ActivationBytes;
            communication += (m.Layers + m.DenseLayers) * h.CollectiveSeconds(allReduce, tp);
            if (m.IsMixtureOfExperts)
            {
                var perGpu = inputTokens / g * m.ActiveExperts * m.Hidden * (g - 1) / g;
                communication += m.MoeLayers * (h.CollectiveSeconds(perGpu * p.DispatchBytes, g)
                    + h.CollectiveSeconds(perGpu * PrecisionBytes.ActivationBytes, g));
            }

            if (g > tp)
            {
                // Past the tensor-parallel group the layers are split into stages: the prompt's activations move on.
                communication += h.CollectiveSeconds(inputTokens * m.Hidden * PrecisionBytes.ActivationBytes, g);
            }
        }

        var busy = Math.Max(compute, memory);
        var seconds = busy + communication - Math.Min(communication, h.Overlap * busy) + h.LayerOverheadSeconds * m.Layers;

        // A group whose GPUs have no link between them cannot share a prompt.
        return new PrefillRun(fits && double.IsFinite(seconds), groupGpus, seconds, inputTokens / (seconds * g));
    }

    /// <summary>
    /// The prefill group that serves the most prompt tokens per GPU among power-of-two groups that hold the model, up
    /// to the NVLink domain (or 64 GPUs where the domain is small and the model needs more); a larger group must beat a
    /// smaller one by more than 2%. Each GPU of a group pays the layer overhead and its share of the collectives, so
    /// per GPU a larger group is slower: in practice this is the smallest group that holds the model.
    /// </summary>
    public static PrefillRun Best(in ModelShape m, in HardwareShape h, in PrecisionBytes p, double inputTokens)
    {
        var best = default(PrefillRun);
        var limit = Math.Max(h.ScaleUpDomainGpus, 64);
        for (var g = 1; g <= limit; g *= 2)
        {
            var run = Evaluate(m, h, p, inputTokens, g);
            if (run.Fits && (!best.Fits || run.InputTokensPerSecondPerGpu > best.InputTokensPerSecondPerGpu * 1.02))
            {
                best = run;
            }
        }

        return best;
    }
}
