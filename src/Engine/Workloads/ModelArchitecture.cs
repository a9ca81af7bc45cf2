namespace Studio.Engine.Workloads;

public enum AttentionKind
{
    /// <summary>Grouped-query attention: KV heads shared by groups of query heads (Llama, gpt-oss).</summary>
    GroupedQuery,

    /// <summary>Multi-head latent attention: a compressed KV latent per token (DeepSeek-V3/R1, Kimi K2).</summary>
    MultiHeadLatent,
}

/// <summary>
/// The shape of a transformer, as its model card or config gives it: what the throughput models need to count
/// weights, KV cache and FLOPs. Parameter counts are derived from the shape (three matrices per gated feed-forward,
/// or two for plain GELU ones), so a test can hold them against the published totals.
/// </summary>
public sealed record ModelArchitecture
{
    public required int Layers { get; init; }

    public required int Hidden { get; init; }

    public required int Vocab { get; init; }

    public required AttentionKind Attention { get; init; }

    public required int Heads { get; init; }

    /// <summary>Grouped-query attention: key/value heads.</summary>
    public int KvHeads { get; init; }

    /// <summary>Grouped-query attention: dimension of each head.</summary>
    public int HeadDim { get; init; }

    /// <summary>Latent attention: rank of the query compression (0: queries projected directly).</summary>
    public int QLoraRank { get; init; }

    /// <summary>Latent attention: rank of the KV latent cached per token.</summary>
    public int KvLoraRank { get; init; }

    /// <summary>Latent attention: decoupled rotary key dimension, cached beside the latent.</summary>
    public int RopeHeadDim { get; init; }

    public int NopeHeadDim { get; init; }

    public int ValueHeadDim { get; init; }

    /// <summary>Sliding-window span in tokens for windowed layers (0: none).</summary>
    public int SlidingWindow { get; init; }

    /// <summary>Layers that attend within the window only.</summary>
    public int SlidingWindowLayers { get; init; }

    /// <summary>Layers with a dense feed-forward; the rest are mixture-of-experts layers.</summary>
    public required int DenseLayers { get; init; }

    /// <summary>Intermediate size of a dense feed-forward.</summary>
    public int DenseFfn { get; init; }

    /// <summary>Gated (SwiGLU: gate, up, down, three matrices) or plain (GELU: up, down) feed-forwards.</summary>
    public bool GatedFfn { get; init; } = true;

    public int RoutedExperts { get; init; }

    public int ActiveExperts { get; init; }

    public int SharedExperts { get; init; }

    /// <summary>Intermediate size of one expert.</summary>
    public int ExpertFfn { get; init; }

    public bool TiedEmbeddings { get; init; }

    public int MoeLayers => Layers - DenseLayers;

    public bool IsMixtureOfExperts => MoeLayers > 0 && RoutedExperts > 0;

    /// <summary>Query, key/value and output projections of one layer.</summary>
    public double AttentionParamsPerLayer => Attention switch
    {
        AttentionKind.MultiHeadLatent =>
            (QLoraRank > 0
                ? (double)Hidden * QLoraRank + (double)QLoraRank * Heads * (NopeHeadDim + RopeHeadDim)
                : (double)Hidden * Heads * (NopeHeadDim + RopeHeadDim))
            + (double)Hidden * (KvLoraRank + RopeHeadDim)
            + (double)KvLoraRank * Heads * (NopeHeadDim + ValueHeadDim)
            + (double)Heads * ValueHeadDim * Hidden,
        _ => (double)Hidden * Heads * HeadDim * 2 + (double)Hidden * KvHeads * HeadDim * 2,
    };

    private double FfnMatrices => GatedFfn ? 3.0 : 2.0;

    /// <summary>One dense feed-forward.</summary>
    public double DenseFfnParamsPerLayer => FfnMatrices * Hidden * DenseFfn;

    /// <summary>One expert of one layer.</summary>
    public double ExpertParams => FfnMatrices * Hidden * ExpertFfn;

    /// <summary>The router of one MoE layer.</summary>
    public double RouterParamsPerLayer => IsMixtureOfExperts ? (double)Hidden * RoutedExperts : 0;

    public double EmbeddingParams => (double)Vocab * Hidden;

    public double OutputHeadParams => TiedEmbeddings ? 0 : (double)Vocab * Hidden;

    /// <summary>Every weight: what must be stored.</summary>
    public double TotalParams =>
        Layers * AttentionParamsPerLayer
        + DenseLayers * DenseFfnParamsPerLayer
        + MoeLayers * ((RoutedExperts + SharedExperts) * ExpertParams + RouterParamsPerLayer)
        + EmbeddingParams + OutputHeadParams;

    /// <summary>Weights one token multiplies through (the embedding is a lookup, not a matrix product).</summary>
    public double ActiveMatmulParams =>
        Layers * AttentionParamsPerLayer
        + DenseLayers * DenseFfnParamsPerLayer
        + MoeLayers * ((ActiveExperts + SharedExperts) * ExpertParams + RouterParamsPerLayer)
        + (double)Vocab * Hidden;

    /// <summary>
    /// Active parameters as model cards count them: the weights a token multiplies, output head included, the
    /// embedding table (a lookup) not. gpt-oss-120b's card breaks its 5.13B down that way (X9); Kimi K2's 32B and
    /// DeepSeek-V3's 37B agree with it to the billion, where adding the embedding would give 33B and 38B.
    /// </summary>
    public double ActiveParams => ActiveMatmulParams;

    /// <summary>Values cached per token per layer: the latent and rotary key, or K and V of every KV head.</summary>
    public double KvElementsPerTokenPerLayer => Attention == AttentionKind.MultiHeadLatent
        ? KvLoraRank + RopeHeadDim
        : 2.0 * KvHeads * HeadDim;

    /// <summary>
    /// Attention-core FLOPs (scores and weighted sum) per query token per attended token per layer. Decode absorbs
    /// the latent projections into the queries, so latent attention works in the latent space; training does not.
    /// </summary>
    public double AttentionCoreFlopsPerContextToken(bool absorbedLatent) => Attention switch
    {
        AttentionKind.MultiHeadLatent when absorbedLatent => 2.0 * Heads * (KvLoraRank + RopeHeadDim) + 2.0 * Heads * KvLoraRank,
        AttentionKind.MultiHeadLatent => 2.0 * Heads * (NopeHeadDim + RopeHeadDim) + 2.0 * Heads * ValueHeadDim,
        _ => 4.0 * Heads * HeadDim,
    };

    /// <summary>Whether a layer's KV cache can be split across tensor-parallel ranks (KV heads can; a latent cannot).</summary>
    public int KvShards(int tensorParallel) => Attention == AttentionKind.MultiHeadLatent ? 1 : Math.Min(tensorParallel, Math.Max(1, KvHeads));

    /// <summary>Tokens a layer attends to at a context length: all of them, or its window.</summary>
    public double AttendedTokens(double context, bool windowedLayer) =>
        windowedLayer && SlidingWindow > 0 ? Math.Min(context, SlidingWindow) : context;

    /// <summary>Mean tokens attended per layer at a context length, over windowed and full layers.</summary>
    public double MeanAttendedTokens(double context) =>
        Layers == 0 ? 0 : (SlidingWindowLayers * AttendedTokens(context, true) + (Layers - SlidingWindowLayers) * context) / Layers;
}
