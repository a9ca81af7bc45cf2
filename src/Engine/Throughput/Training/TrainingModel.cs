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

        // Activations kept for the backward pass, per layer and per token of one micro-batch, in bytes of 16-bit values
        // (Korthikanti et al. 2022, arXiv 2205.05198, §4.1): s·b·h·(34 + 5·a·s/h) per layer without parallelism, of which
        // attention keeps 11·sbh + 5·a·s²·b (the scores, softmax and its dropout), the MLP 19·sbh and two layer norms 4·sbh.
        // Tensor parallelism t splits 24 of the 34 (the attention core 8, the MLP's 16) and the 5·a·s/h term, leaving 10
        // whole (layer-norm inputs, the QKV and first-MLP inputs, two dropout masks): sbh·(10 + 24/t + 5as/(ht)) (§4.2.1).
        // Sequence parallelism splits the 10 too: sbh/t·(34 + 5as/h) (§4.2.2). Selective recomputation (§5) recomputes the
        // attention core and drops the 5as/h term, as FlashAttention does; full recomputation keeps only each layer's
        // input, 2·sbh, split by t under sequence parallelism. The MLP's 16 (GELU input and output at width 4h) scale with the
        // feed-forward's width: the dense FFN's intermediate size, or the active and shared experts' together.
        var ffnWeights = m.IsMixtureOfExperts ? (m.ActiveExperts + m.SharedExperts) * m.ExpertParams : m.DenseFfnParamsPerLayer;
        var ffnWidth = ffnWeights / (m.FfnMatrices * m.Hidden);
        var sequenceSplit = c.SequenceParallel ? tp : 1;
        var whole = 10 * m.Hidden / sequenceSplit;
        var split = (8 + 16 * ffnWidth / (4 * m.Hidden)) * m.Hidden / tp;
        var attentionMatrix = 5 * m.Heads * s / tp;
        var perTokenLayer = c.Recompute switch
        {
            Recompute.Full => 2 * m.Hidden / sequenceSplit,
            Recompute.Selective => whole + split,
            _ => whole + split + attentionMatrix,
        };

        // What the first pipeline stage holds, the most of any stage (Korthikanti §4.2.3; Narayanan et al. 2021, §2.2):
        // 1F1B starts p micro-batches' forwards before the first backward, each keeping its L/p layers' activations,
        // or every micro-batch when there are fewer than p. Interleaving v chunks per stage starts more forwards early:
        // (1 + (p − 1)/(p·v)) times as much. Without interleaving there is no such factor.
        var inFlight = Math.Min(pp, microBatches);
        var interleaveFactor = c.Interleave > 1 ? 1 + (pp - 1) / (pp * c.Interleave) : 1;
        var activations = perTokenLayer * mb * s * m.Layers / pp * inFlight * interleaveFactor;
        var memory = states + activations;
        var fits = memory <= h.UsableHbmBytes && c.DataParallel * c.MicroBatch > 0 && c.GlobalBatch % (c.DataParallel * c.MicroBatch) == 0
            && ScheduleRuns(m.Layers, c.PipelineStages, c.Interleave);

        // FLOPs per token: forward 2 per active weight plus causal attention; backward twice the forward.
        // Full recomputation runs the forward again; selective recomputes attention's core only.
        var tokensPerStep = c.GlobalBatch * s;
        var forwardMatmul = 2 * m.ActiveMatmulParams;
        var forwardAttention = m.Layers * m.FullAttentionFlopsPerContextToken * m.MeanCausalAttendedTokens(s);
        var modelFlops = tokensPerStep * 3 * (forwardMatmul + forwardAttention);
        var hardwareMatmul = tokensPerStep * (3 + (c.Recompute == Recompute.Full ? 1 : 0)) * forwardMatmul;
        var hardwareAttention = tokensPerStep * (3 + (c.Recompute == Recompute.None ? 0 : 1)) * forwardAttention;
        var matmulSeconds = hardwareMatmul / h.EffectiveFlops / c.Gpus;
        var attentionSeconds = hardwareAttention / h.EffectiveAttentionFlops / c.Gpus;

        // Memory-bound work, in bytes one GPU streams through HBM per layer and micro-batch in the forward pass
        // (docs/models/throughput.md, "Memory-bound layer work"). The backward pass streams about twice the forward's
        // bytes (it reads the saved input and the incoming gradient and writes the outgoing one), so the passes count
        // as the FLOPs do: 3, plus 1 for what is recomputed. T tokens of the micro-batch, A bytes per 16-bit value.
        var tokens = mb * s;
        const double A = PrecisionBytes.ActivationBytes;
        var layerPasses = 3.0 + (c.Recompute == Recompute.Full ? 1 : 0);
        var attentionPasses = 3.0 + (c.Recompute == Recompute.None ? 0 : 1);
        var layerSlots = microBatches * (m.Layers / pp);
        // Two layer norms (read and write each value) and two fused bias-dropout-residual adds (read two, write one,
        // a one-byte mask) at width h, split over tensor ranks only under sequence parallelism; the activation
        // (GeLU reads and writes, SwiGLU reads two and writes one) at the feed-forward's width over tensor ranks.
        var normsAndAdds = (2 * 2 * A + 2 * (3 * A + 1)) * tokens * m.Hidden / sequenceSplit;
        var activation = (m.FfnMatrices == 3 ? 3 : 2) * A * tokens * ffnWidth / tp;
        var layerStream = h.StreamSeconds((normsAndAdds + activation) * layerPasses * layerSlots);

        // Materialised attention (no FlashAttention): mb·a/t score matrices of s² values per layer. The fused
        // scale-mask-softmax reads and writes them, dropout reads, writes and keeps a one-byte mask: (4A + 1) per score.
        // The two batched matmuls around them write and read the scores (2A per score) and run at the roofline's
        // lower bound, max(FLOPs / compute, bytes / bandwidth) (Williams et al. 2009): with a head dimension d their
        // intensity is s·d/(2d + s) FLOP/byte, below the A100's ridge at d = 96, s = 2,048.
        var scores = run.MaterialisedAttention ? mb * m.Heads / tp * s * s : 0;
        var softmax = h.StreamSeconds((4 * A + 1) * scores * attentionPasses * layerSlots);
        attentionSeconds = Math.Max(attentionSeconds, h.StreamSeconds(2 * A * scores * attentionPasses * layerSlots));

        // Weight matmuls on the per-GPU shapes after tensor parallelism, at the roofline's lower bound too: each reads
        // its weight shard and its input and writes its output. M = T tokens, so small micro-batches or short
        // sequences on wide tensor-parallel shards fall below the ridge and run at bandwidth, not at peak.
        var weightsPerLayer = (m.ActiveMatmulParams - m.HeadParams) / m.Layers / tp;
        var gemmBytes = A * (weightsPerLayer + tokens * (4 * m.Hidden + 4 * m.Hidden / tp + m.FfnMatrices * ffnWidth / tp));
        matmulSeconds = Math.Max(matmulSeconds, h.StreamSeconds(gemmBytes * layerPasses * layerSlots));

        // The loss: softmax cross-entropy over the vocabulary shard, about three 16-bit passes over each logit forward
        // and twice that backward, once per token, spread over the GPUs as the head's FLOPs are.
        var vocabulary = m.HeadParams / m.Hidden;
        var loss = h.StreamSeconds(3 * A * 3 * tokensPerStep * vocabulary / c.Gpus);

        var compute = matmulSeconds + attentionSeconds + layerStream + softmax + loss;

        // Pipeline bubble: (p − 1) / (m · v) of the ideal time (Narayanan et al. 2021, §2.2.2).
        var bubble = compute * (pp - 1) / (microBatches * Math.Max(1, c.Interleave));

        // The optimizer step once per step (Adam, distributed): read and write the FP32 state shard, read its FP32
        // gradients, write the 16-bit weights: (2 · state + gradient + weight) bytes per parameter of the shard.
        var shardParams = optimizer / run.OptimizerBytes;
        var oneMicroBatch = compute / Math.Max(1, microBatches);
        compute += h.StreamSeconds(shardParams * (2 * run.OptimizerBytes + run.GradientBytes + run.WeightBytes));

        // Per micro-batch communication on one GPU, then over all micro-batches of the step (docs/models/throughput.md,
        // "Communication"). Tensor-parallel all-reduces sit on the critical path between a layer's matmuls.
        var tokensPerMicroBatch = mb * s;
        var layersPerStage = m.Layers / pp;
        var tpCollectives = (c.Recompute == Recompute.Full ? 6 : 4) * layersPerStage;
        var tpBytes = 2 * (tp - 1) / tp * tokensPerMicroBatch * m.Hidden * PrecisionBytes.ActivationBytes;
        var tpSeconds = tp > 1 ? tpCollectives * h.CollectiveSeconds(tpBytes, tp) : 0;

        // Expert all-to-alls: dispatch and combine, forward and backward, per MoE layer of the stage. Pipeline
        // hand-offs: each chunk of a stage sends its output forward and its input's gradient back, point to point.
        var moeLayersPerStage = m.MoeLayers / pp;
        var a2aBytes = tokensPerMicroBatch / tp * m.ActiveExperts * m.Hidden * PrecisionBytes.ActivationBytes * (ep - 1) / ep;
        var epSeconds = ep > 1 ? 4 * moeLayersPerStage * h.CollectiveSeconds(a2aBytes, ep * Math.Min(tp, h.ScaleUpDomainGpus)) : 0;
        var chunks = Math.Max(1, c.Interleave);
        var handOff = pp > 1 ? h.CollectiveSeconds(tokensPerMicroBatch * m.Hidden * PrecisionBytes.ActivationBytes / tp, tp * pp) : 0;
        double exposedStage;
        if (c.DualPipe)
        {
            // DualPipe runs one micro-batch's forward chunk beside another's backward chunk and puts each one's
            // all-to-alls and sends under the other's compute (X13, §3.2.1): only what outlasts one micro-batch's
            // compute is exposed. The SMs DeepSeek gives to communication (20 of 132, §3.2.2) are not taken from compute.
            exposedStage = microBatches * Math.Max(0, epSeconds + 2 * chunks * handOff - oneMicroBatch);
        }
        else
        {
            // Megatron-LM's 1F1B blocks on both: every all-to-all waits, and each of the m·v micro-batch chunks plus
            // the p − 1 of fill and drain waits on a send forward and one back along the critical path.
            exposedStage = epSeconds * microBatches + 2 * (microBatches * chunks + pp - 1) * handOff;
        }

        var exposedInStep = tpSeconds * microBatches + exposedStage;

        // Data-parallel: a reduce-scatter of BF16 gradients and an all-gather of the updated BF16 weights, each a ring
        // over the replicas of its weights (d for dense weights, t·d/e for experts) spanning the t·p·d GPUs. Gradients
        // accumulate over micro-batches and are reduced in buckets during the last micro-batch's backward pass (the
        // first stage's ends the step); weights are gathered bucket by bucket under the first micro-batch's forward.
        // Each hides under that one pass and leaves its last bucket exposed:
        // exposed = max(0, T_rs − T_backward) + T_bucket + max(0, T_ag − T_forward) + T_bucket.
        var dpGroup = dp * tp * pp;
        var denseShard = otherParams / (tp * pp) * PrecisionBytes.ActivationBytes;
        var expertShard = expertParams / (ep * pp) * PrecisionBytes.ActivationBytes;
        var passSeconds = h.RingSeconds(denseShard, dp, dpGroup, 1) + h.RingSeconds(expertShard, expertReplicas, dpGroup, 1);
        var bucketSeconds = Math.Min(passSeconds, h.RingSeconds(h.GradientBucketParams * PrecisionBytes.ActivationBytes, dp, dpGroup, 1));
        var backwardShare = c.Recompute == Recompute.Full ? 3.0 / 4 : 2.0 / 3;
        var exposedDp = passSeconds > 0
            ? Math.Max(0, passSeconds - backwardShare * oneMicroBatch) + Math.Max(0, passSeconds - (1 - backwardShare) * oneMicroBatch) + 2 * bucketSeconds
            : 0;

        var overhead = h.LayerOverheadSeconds * layersPerStage * microBatches * 3;
        var step = compute + bubble + exposedInStep + exposedDp + overhead;

        // A step whose collectives have no link to cross never ends: the layout cannot run on this hardware.
        fits &= double.IsFinite(step);
        return new TrainingStep(fits, memory, step, compute, bubble, exposedInStep + exposedDp, modelFlops, hardwareMatmul + hardwareAttention, tokensPerStep);
    }

    /// <summary>
    /// Whether Megatron-LM's schedule can run <paramref name="interleave"/> chunks per stage on <paramref name="stages"/>
    /// stages of <paramref name="layers"/> layers: every chunk whole layers. Without interleaving any depth up to the
    /// layer count runs. With it the pipeline must be deeper than one stage, and where layers split evenly over the
    /// stages the interleave must divide each stage's layers (Narayanan et al. 2021, §2.2.2: each device holds v
    /// chunks of L/(p·v) layers). Where they do not split evenly (DeepSeek-V3's 61 layers on 16 stages, scheduled by
    /// DualPipe's two chunks per stage), every stage must still hold at least one layer per chunk. A chunk with no
    /// layer would shrink the bubble for free: 64 chunks on 2 layers per stage is not a schedule.
    /// </summary>
    /// <remarks>Arithmetic only: the training kernel runs it.</remarks>
    public static bool ScheduleRuns(double layers, int stages, int interleave)
    {
        if (stages < 1 || interleave < 1 || stages > layers)
        {
            return false;
        }

        if (interleave == 1)
        {
            return true;
        }

        var whole = (int)layers;
        return stages > 1 && (whole % stages == 0 ? whole / stages % interleave == 0 : whole / stages >= interleave);
    }
}
