namespace Studio.Engine.Throughput.Training;

/// <summary>What activations are kept for the backward pass, and what is recomputed.</summary>
public enum Recompute
{
    /// <summary>Keep everything, the attention scores, softmax and its dropout included (Korthikanti et al.: 5·a·s² bytes per sequence and layer).</summary>
    None,

    /// <summary>Recompute the attention core (scores, softmax, dropout) in the backward pass, as FlashAttention does; keep the rest.</summary>
    Selective,

    /// <summary>Keep only each layer's input; run every forward twice.</summary>
    Full,
}

/// <summary>
/// How the data-parallel replicas of a weight share its training state (X60, §5; PyTorch's FSDP shards as ZeRO-3 does).
/// </summary>
public enum Sharding
{
    /// <summary>ZeRO-1, Megatron-LM's distributed optimizer: each replica keeps 1/N of the optimizer state.</summary>
    Optimizer,

    /// <summary>ZeRO-2: the FP32 gradients are sharded too, so they are reduce-scattered every micro-batch.</summary>
    Gradients,

    /// <summary>ZeRO-3 / FSDP: the weights too, gathered layer by layer for every forward and backward pass.</summary>
    Weights,

    /// <summary>Plain data parallelism: every replica holds everything and all-reduces its gradients once a step.</summary>
    None,
}

/// <summary>
/// One training configuration: Gpus = TensorParallel × ContextParallel × PipelineStages × DataParallel; experts are
/// spread over ExpertParallel ranks inside the tensor × context × data group. Batches are in sequences.
/// </summary>
/// <param name="DualPipe">
/// The schedule pairs a forward chunk of one micro-batch with a backward chunk of another and runs each one's expert
/// all-to-alls and pipeline sends under the other's compute (DeepSeek-V3's DualPipe, arXiv 2412.19437, §3.2.1);
/// otherwise they block the stage that waits on them, as in Megatron-LM's 1F1B.
/// </param>
/// <param name="ContextParallel">
/// Ranks that split each sequence (ring attention, X61, as Megatron-Core's context parallelism runs it): activations and per-GPU tokens shrink by it, and each layer passes its keys and values around the ring.
/// </param>
/// <param name="OffloadActivations">
/// The activations kept for the backward pass go to host memory over the CPU link after each layer's forward and come
/// back before its backward, so HBM holds about two layers of them.
/// </param>
public readonly record struct TrainingConfig(
    int Gpus,
    int TensorParallel,
    int PipelineStages,
    int DataParallel,
    int ExpertParallel,
    int Interleave,
    int MicroBatch,
    int GlobalBatch,
    bool SequenceParallel,
    Recompute Recompute,
    bool DualPipe = false,
    int ContextParallel = 1,
    Sharding Sharding = Sharding.Optimizer,
    bool OffloadActivations = false)
{
    // Kernels need blittable buffers and bool is not: the flags are kept as bytes.
    private readonly byte _sequenceParallel = SequenceParallel ? (byte)1 : (byte)0;
    private readonly byte _dualPipe = DualPipe ? (byte)1 : (byte)0;
    private readonly byte _offloadActivations = OffloadActivations ? (byte)1 : (byte)0;

    public bool OffloadActivations
    {
        get => _offloadActivations != 0;
        init => _offloadActivations = value ? (byte)1 : (byte)0;
    }

    /// <summary>Context-parallel ranks, at least 1 (a default-initialised configuration has 0).</summary>
    public int ContextRanks => Math.Max(1, ContextParallel);

    public bool DualPipe
    {
        get => _dualPipe != 0;
        init => _dualPipe = value ? (byte)1 : (byte)0;
    }

    public bool SequenceParallel
    {
        get => _sequenceParallel != 0;
        init => _sequenceParallel = value ? (byte)1 : (byte)0;
    }

    /// <summary>Micro-batches each pipeline runs per step.</summary>
    /// <remarks>Zero for a configuration without replicas or micro-batches: kernels must never throw.</remarks>
    public int MicroBatchesPerPipeline => DataParallel * MicroBatch == 0 ? 0 : GlobalBatch / (DataParallel * MicroBatch);
}

/// <summary>A training run: the sequence length and the precision's bytes and peak.</summary>
/// <param name="GradientBytes">Per gradient value kept for the optimizer (FP32 main gradients: 4).</param>
/// <param name="OptimizerBytes">Per parameter of optimizer state: FP32 master weights, Adam's m and v (12).</param>
/// <param name="MaterialisedAttention">
/// The attention scores go through HBM (Megatron-LM before FlashAttention: a fused scale-mask-softmax, then dropout,
/// between two batched matmuls); otherwise a fused attention kernel keeps them on chip (FlashAttention, the default).
/// </param>
public readonly record struct TrainingRun(double SequenceLength, double WeightBytes, double GradientBytes, double OptimizerBytes, bool MaterialisedAttention = false)
{
    // Kernels need blittable buffers and bool is not: the flag is kept as a byte.
    private readonly byte _materialisedAttention = MaterialisedAttention ? (byte)1 : (byte)0;

    public bool MaterialisedAttention
    {
        get => _materialisedAttention != 0;
        init => _materialisedAttention = value ? (byte)1 : (byte)0;
    }

    /// <summary>Mixed precision as Megatron-LM trains: BF16 weights, FP32 main gradients, FP32 Adam state.</summary>
    public static TrainingRun MixedPrecision(double sequenceLength) => new(sequenceLength, 2, 4, 12);
}
