using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput.Training;

/// <summary>One training step of one configuration.</summary>
/// <param name="Fits">Memory fits in HBM, the batch is whole micro-batches, and the step ends (its GPUs can communicate).</param>
/// <param name="MemoryBytesPerGpu">Weights, gradients, optimizer shards and the activations in flight.</param>
/// <param name="ModelFlopsPerStep">6 × active matmul weights per token plus causal attention, over the global batch.</param>
/// <param name="HardwareFlopsPerStep">Model FLOPs plus what recomputation adds.</param>
/// <param name="FloorSeconds">
/// The step without the terms its memory and overlap choices change (exposed data-parallel traffic, pipeline sends and
/// expert all-to-alls, offload): no variant of this configuration that differs only in its ZeRO stage, DualPipe or
/// offload, or that drops sequence parallelism, is faster. The searches bound by it.
/// </param>
public readonly record struct TrainingStep(
    bool Fits,
    double MemoryBytesPerGpu,
    double StepSeconds,
    double ComputeSeconds,
    double BubbleSeconds,
    double ExposedCommunicationSeconds,
    double ModelFlopsPerStep,
    double HardwareFlopsPerStep,
    double TokensPerStep,
    double FloorSeconds = 0)
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
        double cp = c.ContextRanks;
        double pp = c.PipelineStages;
        double dp = c.DataParallel;
        var ep = m.IsMixtureOfExperts ? Math.Max(1, c.ExpertParallel) : 1.0;
        var s = run.SequenceLength;
        double microBatches = c.MicroBatchesPerPipeline;
        double mb = c.MicroBatch;
        const double A = PrecisionBytes.ActivationBytes;

        var memory = TrainingMemory.Of(m, h, run, c);
        var stageLayers = memory.StageLayers;
        var imbalance = stageLayers * pp / m.Layers;
        var (denseParams, expertShardParams, replicas, expertReplicas) = (memory.DenseParams, memory.ExpertShardParams, memory.Replicas, memory.ExpertReplicas);
        var (ffnWidth, sequenceSplit, tokens) = (memory.FfnWidth, memory.SequenceSplit, memory.Tokens);
        var fits = memory.FitsInMemory && c.DataParallel * c.MicroBatch > 0 && c.GlobalBatch % (c.DataParallel * c.MicroBatch) == 0
            && ScheduleRuns(m.Layers, c.PipelineStages, c.Interleave);

        // FLOPs per token: forward 2 per active weight plus causal attention; backward twice the forward.
        // Full recomputation runs the forward again; selective recomputes attention's core only. The deepest stage's
        // share of the layers' work sets the pace; the head's share is spread as evenly as its weights are.
        var tokensPerStep = c.GlobalBatch * s;
        var forwardMatmul = 2 * m.ActiveMatmulParams;
        var forwardAttention = m.Layers * m.FullAttentionFlopsPerContextToken * m.MeanCausalAttendedTokens(s);
        var modelFlops = tokensPerStep * 3 * (forwardMatmul + forwardAttention);
        var hardwareMatmul = tokensPerStep * (3 + (c.Recompute == Recompute.Full ? 1 : 0)) * forwardMatmul;
        var hardwareAttention = tokensPerStep * (3 + (c.Recompute == Recompute.None ? 0 : 1)) * forwardAttention;
        // The output head stays in BF16 under FP8 training, as attention does (X13 §3.3.1): it runs at the training
        // shape's attention peak, BF16's.
        var headShare = m.HeadParams / m.ActiveMatmulParams;
        var matmulSeconds = hardwareMatmul / c.Gpus * (headShare / h.EffectiveAttentionFlops + (1 - headShare) * imbalance / h.EffectiveFlops);
        var attentionSeconds = hardwareAttention / h.EffectiveAttentionFlops / c.Gpus * imbalance;

        // Memory-bound work, in bytes one GPU streams through HBM per layer and micro-batch in the forward pass
        // (docs/models/throughput.md, "Memory-bound layer work"). The backward pass streams about twice the forward's
        // bytes (it reads the saved input and the incoming gradient and writes the outgoing one), so the passes count
        // as the FLOPs do: 3, plus 1 for what is recomputed. T tokens of the micro-batch on this rank, A bytes per
        // 16-bit value.
        var layerPasses = 3.0 + (c.Recompute == Recompute.Full ? 1 : 0);
        var attentionPasses = 3.0 + (c.Recompute == Recompute.None ? 0 : 1);
        var layerSlots = microBatches * stageLayers;
        // Two layer norms (read and write each value) and two fused bias-dropout-residual adds (read two, write one,
        // a one-byte mask) at width h, split over tensor ranks only under sequence parallelism; the activation
        // (GeLU reads and writes, SwiGLU reads two and writes one) at the feed-forward's width over tensor ranks.
        var normsAndAdds = (2 * 2 * A + 2 * (3 * A + 1)) * tokens * m.Hidden / sequenceSplit;
        var activation = (m.FfnMatrices == 3 ? 3 : 2) * A * tokens * ffnWidth / tp;
        var layerStream = h.StreamSeconds((normsAndAdds + activation) * layerPasses * layerSlots);

        // Materialised attention (no FlashAttention): mb·a/t score matrices of (s/c)·s values per layer. The fused
        // scale-mask-softmax reads and writes them, dropout reads, writes and keeps a one-byte mask: (4A + 1) per score.
        // The two batched matmuls around them write and read the scores (2A per score) and run at the roofline's
        // lower bound, max(FLOPs / compute, bytes / bandwidth) (Williams et al. 2009): with a head dimension d their
        // intensity is s·d/(2d + s) FLOP/byte, below the A100's ridge at d = 96, s = 2,048.
        var scores = run.MaterialisedAttention ? mb * m.Heads / tp * s / cp * s : 0;
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

        // The optimizer step once per step (Adam): read and write the FP32 state of the parameters this GPU updates,
        // read their FP32 gradients, write the 16-bit weights: (2 · state + gradient + weight) bytes per parameter.
        var oneMicroBatch = compute / Math.Max(1, microBatches);
        var backwardShare = c.Recompute == Recompute.Full ? 3.0 / 4 : 2.0 / 3;
        var forwardCompute = (1 - backwardShare) * compute;
        var backwardCompute = backwardShare * compute;
        compute += h.StreamSeconds(memory.OptimizerParams * (2 * run.OptimizerBytes + run.GradientBytes + run.WeightBytes));

        // Per micro-batch communication on one GPU, then over all micro-batches of the step (docs/models/throughput.md,
        // "Communication"). Tensor-parallel all-reduces sit on the critical path between a layer's matmuls.
        var tpCollectives = (c.Recompute == Recompute.Full ? 6 : 4) * stageLayers;
        var tpBytes = 2 * (tp - 1) / tp * tokens * m.Hidden * A;
        var tpSeconds = tp > 1 ? tpCollectives * h.CollectiveSeconds(tpBytes, tp) : 0;

        // Context parallelism passes each layer's keys and values around the ring of c ranks: one pass of the whole
        // sequence's K and V per attention pass (forward, the backward's K and V, its dK and dV reduce-scatter, and
        // the recomputed forward), each under one forward's attention compute (X61).
        var kvBytes = mb * s * m.KvElementsPerTokenPerLayer / Math.Min(tp, m.KvSplittableHeads) * A;
        var attentionForwardOne = attentionSeconds / (attentionPasses * Math.Max(1, layerSlots));
        var cpExposed = cp > 1 ? attentionPasses * layerSlots * Math.Max(0, h.RingSeconds(kvBytes, cp, tp * cp, 1) - attentionForwardOne) : 0;

        // Expert all-to-alls: dispatch and combine, forward and backward, per MoE layer of the stage. Pipeline
        // hand-offs: each chunk of a stage sends its output forward and its input's gradient back, point to point.
        var moeLayersPerStage = m.MoeLayers / pp * imbalance;
        var a2aBytes = tokens / tp * m.ActiveExperts * m.Hidden * A * (ep - 1) / ep;
        var epSeconds = ep > 1 ? 4 * moeLayersPerStage * h.CollectiveSeconds(a2aBytes, ep * Math.Min(tp, h.ScaleUpDomainGpus)) : 0;
        var chunks = Math.Max(1, c.Interleave);
        var handOff = pp > 1 ? h.CollectiveSeconds(tokens * m.Hidden * A / tp, tp * cp * pp) : 0;
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

        // Offloaded activations go out over the host link during the forward passes and come back during the
        // backward: what the link cannot move under that compute is exposed.
        var offloadSeconds = c.OffloadActivations && h.HostBytesPerSecond > 0 ? memory.ActivationsPerMicroBatch * microBatches / h.HostBytesPerSecond : 0;
        var offloadExposed = Math.Max(0, offloadSeconds - forwardCompute) + Math.Max(0, offloadSeconds - backwardCompute);

        var exposedInStep = tpSeconds * microBatches + cpExposed + exposedStage + offloadExposed;
        var dpGroup = dp * cp * tp * pp;
        var dpPass = DataParallelPass(h, denseParams, expertShardParams, replicas, expertReplicas, dpGroup);
        var exposedDp = DataParallelExposed(h, c, dpPass, denseParams, expertShardParams, replicas, expertReplicas, dpGroup, oneMicroBatch, backwardShare, microBatches, stageLayers);

        var overhead = h.LayerOverheadSeconds * stageLayers * microBatches * 3;
        var step = compute + bubble + exposedInStep + exposedDp + overhead;
        // Whatever the schedule, expert all-to-alls beyond the compute they could hide under are exposed, and so is
        // data-parallel traffic beyond one micro-batch's compute: at least two passes (a reduce and a gather, or one
        // all-reduce) under any ZeRO stage.
        var layerCompute = oneMicroBatch * Math.Max(1, microBatches);
        var floor = compute + Math.Max(0, epSeconds * microBatches - layerCompute) + Math.Max(0, 2 * dpPass - layerCompute)
            + bubble + tpSeconds * microBatches + cpExposed + overhead;

        // A step whose collectives have no link to cross never ends: the layout cannot run on this hardware.
        fits &= double.IsFinite(step);
        return new TrainingStep(fits, memory.TotalBytes, step, compute, bubble, exposedInStep + exposedDp, modelFlops, hardwareMatmul + hardwareAttention, tokensPerStep, floor);
    }

    /// <summary>One pass (a reduce-scatter or an all-gather) of a GPU's 16-bit weights over the replicas that share them.</summary>
    internal static double DataParallelPass(in HardwareShape h, double denseParams, double expertParams, double replicas, double expertReplicas, double groupGpus)
    {
        const double A = PrecisionBytes.ActivationBytes;
        return h.RingSeconds(denseParams * A, replicas, groupGpus, 1) + h.RingSeconds(expertParams * A, expertReplicas, groupGpus, 1);
    }

    /// <summary>Layers on the deepest pipeline stage: ⌈L/p⌉, whole layers.</summary>
    public static double StageLayers(double layers, int stages) => Math.Ceiling(layers / Math.Max(1, stages) - 1e-9);

    /// <summary>
    /// Data-parallel traffic left exposed: gradients reduce-scattered and weights all-gathered, each a ring over the
    /// replicas of its weights (d·c for dense weights, t·c·d/e for experts) spanning the group's GPUs. A pass hides
    /// under one micro-batch's backward (reduce-scatter) or forward (all-gather), and leaves its last bucket exposed:
    /// exposed = max(0, T_pass − T_hiding) + T_bucket.
    /// <list type="bullet">
    /// <item>ZeRO-1: gradients accumulate over the micro-batches and are reduced once, during the last backward (the
    /// first stage's ends the step); weights are gathered under the first forward.</item>
    /// <item>ZeRO-2: each micro-batch's gradients are reduce-scattered at once, since no replica keeps them whole.</item>
    /// <item>ZeRO-3 / FSDP: every micro-batch gathers the weights for its forward, again for its backward (and for the
    /// recomputed forward before it, under full recomputation), and reduce-scatters its gradients: three passes per
    /// micro-batch, two of them under its backward (four and three). Each layer is its own collective, paying its own
    /// latency and ring steps, and crossing the scale-out network at each GPU's own NIC
    /// (<see cref="HardwareShape.OwnNicRingSeconds"/>); the first layer's waits with nothing to hide under.</item>
    /// <item>None: one all-reduce (two passes) of the gradients under the last backward.</item>
    /// </list>
    /// </summary>
    private static double DataParallelExposed(in HardwareShape h, in TrainingConfig c, double pass, double denseParams, double expertParams,
        double replicas, double expertReplicas, double groupGpus, double oneMicroBatch, double backwardShare, double microBatches, double stageLayers)
    {
        const double A = PrecisionBytes.ActivationBytes;
        if (pass <= 0)
        {
            return 0;
        }

        if (c.Sharding == Sharding.Weights)
        {
            var layer = h.OwnNicRingSeconds(denseParams * A / stageLayers, replicas, groupGpus, 1) + h.OwnNicRingSeconds(expertParams * A / stageLayers, expertReplicas, groupGpus, 1);
            var layered = layer * stageLayers;
            var forwardHides = (1 - backwardShare) * oneMicroBatch;
            var backwardHides = backwardShare * oneMicroBatch;
            // A layer's weights are released after its forward; with full recomputation the recomputed forward
            // gathers them again, then its backward: three passes under the backward instead of two.
            var backwardPasses = c.Recompute == Recompute.Full ? 3 : 2;
            return microBatches * (Math.Max(0, layered - forwardHides) + Math.Max(0, backwardPasses * layered - backwardHides) + 2 * layer);
        }

        var bucket = Math.Min(pass, h.RingSeconds(h.GradientBucketParams * A, replicas, groupGpus, 1));
        var backward = backwardShare * oneMicroBatch;
        var forward = (1 - backwardShare) * oneMicroBatch;
        var reduce = Math.Max(0, pass - backward) + bucket;
        var gather = Math.Max(0, pass - forward) + bucket;
        return c.Sharding switch
        {
            Sharding.None => Math.Max(0, 2 * pass - backward) + bucket,
            Sharding.Gradients => microBatches * reduce + gather,
            _ => reduce + gather,
        };
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
