using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput.Training;

/// <summary>One training step of one configuration.</summary>
/// <param name="Fits">Memory fits in HBM, the batch is whole micro-batches, and the step ends (its GPUs can communicate).</param>
/// <param name="MemoryBytesPerGpu">Weights, gradients, optimizer shards and the activations in flight.</param>
/// <param name="ModelFlopsPerStep">6 × active matmul weights per token plus causal attention, over the global batch.</param>
/// <param name="HardwareFlopsPerStep">Model FLOPs plus what recomputation adds.</param>
public readonly record struct TrainingStep(
    bool Fits,
    double MemoryBytesPerGpu,
    double StepSeconds,
    double ComputeSeconds,
    double BubbleSeconds,
    double ExposedCommunicationSeconds,
    double ModelFlopsPerStep,
    double HardwareFlopsPerStep,
    double TokensPerStep)
{
    // Kernels need blittable buffers and bool is not: the flag is kept as a byte.
    private readonly byte _fits = Fits ? (byte)1 : (byte)0;

    public bool Fits
    {
        get => _fits != 0;
        init => _fits = value ? (byte)1 : (byte)0;
    }
}

/// <summary>
/// A training step as Megatron-style 3D parallelism runs it: micro-batches flow through pipeline stages (1F1B,
/// optionally interleaved), layers split by tensor parallelism, experts by expert parallelism, and data-parallel
/// replicas reduce gradients overlapped with the backward pass. docs/models/throughput.md gives each term.
/// </summary>
public static class TrainingModel
{
    public static TrainingStep Evaluate(in ModelShape m, in HardwareShape h, in TrainingRun run, in TrainingConfig c)
    {
        double tp = c.TensorParallel;
        double pp = c.PipelineStages;
        double dp = c.DataParallel;
        var ep = m.IsMixtureOfExperts ? Math.Max(1, c.ExpertParallel) : 1.0;
        var s = run.SequenceLength;
        double microBatches = c.MicroBatchesPerPipeline;
        double mb = c.MicroBatch;

        // Parameters on one GPU: expert weights split over expert-parallel ranks, everything else over tensor ranks.
        var expertParams = m.RoutedExperts * m.ExpertParams * m.MoeLayers;
        var otherParams = m.TotalParams - expertParams;
        var paramsPerGpu = otherParams / (tp * pp) + expertParams / (ep * pp);

        // Optimizer state is sharded over the data-parallel replicas of each weight (distributed optimizer).
        var expertReplicas = Math.Max(1, tp * dp / ep);
        var optimizer = (otherParams / (tp * pp) / dp + expertParams / (ep * pp) / expertReplicas) * run.OptimizerBytes;
        var states = paramsPerGpu * (run.WeightBytes + run.GradientBytes) + optimizer;

        // Activations per token per layer (Korthikanti et al.: 34·h bytes with 4h MLPs, FlashAttention), scaled for the
        // feed-forward actually used; split by tensor ranks under sequence parallelism. 1F1B keeps pp micro-batches.
        // The width a token passes through: the dense FFN's intermediate size, or the active and shared experts' together
        // (weights over matrices × h, for gated and plain feed-forwards alike).
        var ffnWeights = m.IsMixtureOfExperts ? (m.ActiveExperts + m.SharedExperts) * m.ExpertParams : m.DenseFfnParamsPerLayer;
        var ffnWidth = ffnWeights / (m.FfnMatrices * m.Hidden);
        var perTokenLayer = m.Hidden * (15 + 19 * ffnWidth / (4 * m.Hidden)) / (c.SequenceParallel ? tp : 1);
        perTokenLayer = c.Recompute switch
        {
            Recompute.Full => 2 * m.Hidden / (c.SequenceParallel ? tp : 1),
            Recompute.Selective => perTokenLayer * 0.7,
            _ => perTokenLayer,
        };
        var interleavePenalty = 1 + (pp - 1) / (pp * Math.Max(1, c.Interleave));
        var activations = perTokenLayer * mb * s * m.Layers / pp * Math.Min(pp, microBatches) * interleavePenalty;
        var memory = states + activations;
        var fits = memory <= h.UsableHbmBytes && c.DataParallel * c.MicroBatch > 0 && c.GlobalBatch % (c.DataParallel * c.MicroBatch) == 0;

        // FLOPs per token: forward 2 per active weight plus causal attention; backward twice the forward.
        // Full recomputation runs the forward again; selective recomputes attention's core only.
        var tokensPerStep = c.GlobalBatch * s;
        var forwardMatmul = 2 * m.ActiveMatmulParams;
        var forwardAttention = m.Layers * m.FullAttentionFlopsPerContextToken * m.MeanCausalAttendedTokens(s);
        var modelFlops = tokensPerStep * 3 * (forwardMatmul + forwardAttention);
        var hardwareMatmul = tokensPerStep * (3 + (c.Recompute == Recompute.Full ? 1 : 0)) * forwardMatmul;
        var hardwareAttention = tokensPerStep * (3 + (c.Recompute == Recompute.None ? 0 : 1)) * forwardAttention;
        var compute = (hardwareMatmul / h.EffectiveFlops + hardwareAttention / h.EffectiveAttentionFlops) / c.Gpus;

        // Pipeline bubble: (p − 1) / (m · v) of the ideal time.
        var bubble = compute * (pp - 1) / (microBatches * Math.Max(1, c.Interleave));

        // Per micro-batch communication on one GPU, then over all micro-batches of the step.
        var tokensPerMicroBatch = mb * s;
        var layersPerStage = m.Layers / pp;
        var tpCollectives = (c.Recompute == Recompute.Full ? 6 : 4) * layersPerStage;
        var tpBytes = 2 * (tp - 1) / tp * tokensPerMicroBatch * m.Hidden * PrecisionBytes.ActivationBytes;
        var tpSeconds = tp > 1 ? tpCollectives * h.CollectiveSeconds(tpBytes, tp) : 0;
        var moeLayersPerStage = m.MoeLayers / pp;
        var a2aBytes = tokensPerMicroBatch / tp * m.ActiveExperts * m.Hidden * PrecisionBytes.ActivationBytes * (ep - 1) / ep;
        var epSeconds = ep > 1 ? 4 * moeLayersPerStage * h.CollectiveSeconds(a2aBytes, ep * Math.Min(tp, h.ScaleUpDomainGpus)) : 0;
        var ppSeconds = pp > 1 ? 2 * h.CollectiveSeconds(tokensPerMicroBatch * m.Hidden * PrecisionBytes.ActivationBytes / tp, tp * pp) : 0;
        // Tensor-parallel collectives sit on the critical path between a layer's matmuls; expert all-to-alls and
        // pipeline hand-offs can run under other micro-batches' compute.
        var hideable = (epSeconds + ppSeconds) * microBatches;
        var exposedInStep = tpSeconds * microBatches + hideable - Math.Min(hideable, h.Overlap * compute);

        // Data-parallel gradient reduce-scatter and weight all-gather (BF16), overlapped with the backward pass.
        var dpBytes = dp > 1 ? 2 * paramsPerGpu * PrecisionBytes.ActivationBytes * (dp - 1) / dp : 0;
        var dpGroup = dp * tp * pp;
        var dpSeconds = dp > 1 ? h.CollectiveSeconds(dpBytes, dpGroup) : 0;
        var exposedDp = dpSeconds - Math.Min(dpSeconds, h.Overlap * compute * 2 / 3);

        var overhead = h.LayerOverheadSeconds * layersPerStage * microBatches * 3;
        var step = compute + bubble + exposedInStep + exposedDp + overhead;

        // A step whose collectives have no link to cross never ends: the layout cannot run on this hardware.
        fits &= double.IsFinite(step);
        return new TrainingStep(fits, memory, step, compute, bubble, exposedInStep + exposedDp, modelFlops, hardwareMatmul + hardwareAttention, tokensPerStep);
    }
}
