using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput.Training;

/// <summary>
/// What one GPU holds for a training configuration: weights, gradients and optimizer state as its ZeRO stage shards
/// them, and the activations kept for the backward pass (in HBM, or in host memory when offloaded). The searches use
/// it alone to rule configurations out before timing them; <see cref="TrainingModel.Evaluate"/> builds on it.
/// </summary>
public readonly struct TrainingMemory
{
    /// <summary>Layers on the deepest pipeline stage, which holds and runs the most.</summary>
    public readonly double StageLayers;

    /// <summary>Non-expert parameters on one GPU: split over tensor and pipeline ranks.</summary>
    public readonly double DenseParams;

    /// <summary>Expert parameters on one GPU: split over expert and pipeline ranks.</summary>
    public readonly double ExpertShardParams;

    /// <summary>Ranks that hold the same non-expert weights: data × context parallel.</summary>
    public readonly double Replicas;

    /// <summary>Ranks that hold the same expert weights: tensor × context × data / expert parallel.</summary>
    public readonly double ExpertReplicas;

    /// <summary>Parameters whose optimizer state this GPU updates: its shard, or all it holds when unsharded.</summary>
    public readonly double OptimizerParams;

    /// <summary>Width of the feed-forward the activations are kept at: the dense FFN's, or the active and shared experts'.</summary>
    public readonly double FfnWidth;

    /// <summary>Tensor ranks the layer norms and dropouts are split over: all of them under sequence parallelism, else 1.</summary>
    public readonly double SequenceSplit;

    /// <summary>Tokens of one micro-batch on this rank: b·s/c.</summary>
    public readonly double Tokens;

    /// <summary>Activations one micro-batch keeps over the stage's layers, bytes.</summary>
    public readonly double ActivationsPerMicroBatch;

    /// <summary>Activations kept at the peak of the schedule, bytes: in HBM, or in host memory when offloaded.</summary>
    public readonly double KeptActivations;

    /// <summary>Weights, gradients, optimizer state and the activations in HBM, bytes per GPU.</summary>
    public readonly double TotalBytes;

    /// <summary>HBM holds it all, and offloaded activations have a host link and fit in host memory.</summary>
    public readonly bool FitsInMemory;

    private TrainingMemory(double stageLayers, double denseParams, double expertShardParams, double replicas, double expertReplicas, double optimizerParams,
        double ffnWidth, double sequenceSplit, double tokens, double activationsPerMicroBatch, double keptActivations, double totalBytes, bool fitsInMemory)
    {
        StageLayers = stageLayers;
        DenseParams = denseParams;
        ExpertShardParams = expertShardParams;
        Replicas = replicas;
        ExpertReplicas = expertReplicas;
        OptimizerParams = optimizerParams;
        FfnWidth = ffnWidth;
        SequenceSplit = sequenceSplit;
        Tokens = tokens;
        ActivationsPerMicroBatch = activationsPerMicroBatch;
        KeptActivations = keptActivations;
        TotalBytes = totalBytes;
        FitsInMemory = fitsInMemory;
    }

    public static TrainingMemory Of(in ModelShape m, in HardwareShape h, in TrainingRun run, in TrainingConfig c)
    {
        double tp = c.TensorParallel;
        double cp = c.ContextRanks;
        double pp = c.PipelineStages;
        double dp = c.DataParallel;
        var ep = m.IsMixtureOfExperts ? Math.Max(1, c.ExpertParallel) : 1.0;
        var s = run.SequenceLength;
        double microBatches = c.MicroBatchesPerPipeline;

        // Whole layers per stage: where they do not split evenly the deepest stage holds ⌈L/p⌉ and sets the pace of
        // the pipeline, so every per-layer term is counted for it.
        var stageLayers = TrainingModel.StageLayers(m.Layers, c.PipelineStages);

        // Parameters on one GPU: expert weights split over expert-parallel ranks, everything else over tensor ranks;
        // context-parallel ranks hold the same weights as data-parallel replicas do.
        var expertParams = m.RoutedExperts * m.ExpertParams * m.MoeLayers;
        var denseParams = (m.TotalParams - expertParams) / (tp * pp);
        var expertShardParams = expertParams / (ep * pp);
        var paramsPerGpu = denseParams + expertShardParams;
        var replicas = dp * cp;
        var expertReplicas = Math.Max(1, tp * cp * dp / ep);
        var shardParams = denseParams / replicas + expertShardParams / expertReplicas;

        // ZeRO's stages (X60, §5): what each replica keeps whole and what it keeps only its shard of. Sharded weights
        // are gathered a layer at a time, with the next layer's prefetched: two layers' weights whole in HBM.
        var gathered = 2 * paramsPerGpu / stageLayers * run.WeightBytes;
        var states = c.Sharding switch
        {
            Sharding.None => paramsPerGpu * (run.WeightBytes + run.GradientBytes + run.OptimizerBytes),
            Sharding.Gradients => paramsPerGpu * run.WeightBytes + shardParams * (run.GradientBytes + run.OptimizerBytes),
            Sharding.Weights => shardParams * (run.WeightBytes + run.GradientBytes + run.OptimizerBytes) + gathered,
            _ => paramsPerGpu * (run.WeightBytes + run.GradientBytes) + shardParams * run.OptimizerBytes,
        };
        var optimizerParams = c.Sharding == Sharding.None ? paramsPerGpu : shardParams;

        // Activations kept for the backward pass, per layer and per token of one micro-batch, in bytes of 16-bit values
        // (Korthikanti et al. 2022, arXiv 2205.05198, §4.1): s·b·h·(34 + 5·a·s/h) per layer without parallelism, of which
        // attention keeps 11·sbh + 5·a·s²·b (the scores, softmax and its dropout), the MLP 19·sbh and two layer norms 4·sbh.
        // Tensor parallelism t splits 24 of the 34 (the attention core 8, the MLP's 16) and the 5·a·s/h term, leaving 10
        // whole (layer-norm inputs, the QKV and first-MLP inputs, two dropout masks): sbh·(10 + 24/t + 5as/(ht)) (§4.2.1).
        // Sequence parallelism splits the 10 too: sbh/t·(34 + 5as/h) (§4.2.2). Selective recomputation (§5) recomputes the
        // attention core and drops the 5as/h term, as FlashAttention does; full recomputation keeps only each layer's
        // input, 2·sbh, split by t under sequence parallelism. The MLP's 16 (GELU input and output at width 4h) scale with the
        // feed-forward's width: the dense FFN's intermediate size, or the active and shared experts' together. Context
        // parallelism keeps s/c of each sequence's tokens on a rank; each still attends to the whole sequence.
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
        // (1 + (p − 1)/(p·v)) times as much. Without interleaving there is no such factor. Offloaded, they wait in host
        // memory (less the HBM reserve's share, for the runtime's pinned buffers) and HBM holds the two layers being
        // written out or read back.
        var tokens = c.MicroBatch * s / cp;
        var inFlight = Math.Min(pp, microBatches);
        var interleaveFactor = c.Interleave > 1 ? 1 + (pp - 1) / (pp * c.Interleave) : 1;
        var activationsPerMicroBatch = perTokenLayer * tokens * stageLayers;
        var kept = activationsPerMicroBatch * inFlight * interleaveFactor;
        var activations = c.OffloadActivations ? perTokenLayer * tokens * Math.Min(2, stageLayers) : kept;
        var total = states + activations;
        var fits = total <= h.UsableHbmBytes
            && (!c.OffloadActivations || (h.HostBytesPerSecond > 0 && kept <= h.HostBytes * (1 - h.MemoryReserveFraction)));
        return new TrainingMemory(stageLayers, denseParams, expertShardParams, replicas, expertReplicas, optimizerParams,
            ffnWidth, sequenceSplit, tokens, activationsPerMicroBatch, kept, total, fits);
    }
}
