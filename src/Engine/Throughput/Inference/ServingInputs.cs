namespace Studio.Engine.Throughput.Inference;

/// <summary>Bytes per stored value at a serving precision.</summary>
/// <param name="WeightBytes">Per weight, scales included (NVFP4: 4 bits + one FP8 scale per 16 = 0.5625).</param>
/// <param name="KvBytes">Per cached KV value (FP8 cache at FP8 and NVFP4, BF16 at BF16).</param>
/// <param name="DispatchBytes">Per activation sent to an expert (FP8 dispatch below BF16); combines return in BF16.</param>
public readonly record struct PrecisionBytes(double WeightBytes, double KvBytes, double DispatchBytes)
{
    public const double ActivationBytes = 2;

    public static PrecisionBytes For(Catalog.Precision precision) => precision switch
    {
        Catalog.Precision.Nvfp4 => new(0.5 + 1.0 / 16, 1, 1),
        Catalog.Precision.Fp8 => new(1, 1, 1),
        _ => new(2, 2, 2),
    };
}

/// <summary>A request's shape: prompt and generated tokens.</summary>
public readonly record struct RequestShape(double InputTokens, double OutputTokens);

/// <summary>
/// One way to serve the model. A serving instance has TensorParallel × AttentionDataParallel × PipelineStages GPUs;
/// attention runs tensor-parallel inside each data-parallel rank, experts are spread over all
/// TensorParallel × AttentionDataParallel GPUs of a stage (expert parallelism), and each rank batches SequencesPerRank
/// sequences per micro-batch. With DraftTokens &gt; 0, each step also verifies that many speculated tokens per
/// sequence (multi-token prediction or a draft model).
/// </summary>
public readonly record struct ServingConfig(
    int TensorParallel, int AttentionDataParallel, int PipelineStages, double SequencesPerRank, bool Disaggregated, int DraftTokens = 0)
{
    // Kernels need blittable buffers and bool is not: the flag is kept as a byte.
    private readonly byte _disaggregated = Disaggregated ? (byte)1 : (byte)0;

    public bool Disaggregated
    {
        get => _disaggregated != 0;
        init => _disaggregated = value ? (byte)1 : (byte)0;
    }

    public int Gpus => TensorParallel * AttentionDataParallel * PipelineStages;

    /// <summary>
    /// Whether <paramref name="other"/> runs the same decode step: it may differ only in where prompts are served.
    /// Compared field by field, not with the record's equality, so kernels can call it.
    /// </summary>
    public bool DecodesLike(in ServingConfig other) =>
        TensorParallel == other.TensorParallel && AttentionDataParallel == other.AttentionDataParallel && PipelineStages == other.PipelineStages
        && SequencesPerRank == other.SequencesPerRank && DraftTokens == other.DraftTokens;

    public int ExpertParallel => TensorParallel * AttentionDataParallel;
}
