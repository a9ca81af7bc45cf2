using Studio.Engine.Workloads;

namespace Studio.Engine.Throughput.Inference;

/// <summary>
/// A model reduced to the numbers the serving and training math needs, as plain fields: the same struct feeds the
/// scalar models and (issue 5) the GPU kernels, which take value types only.
/// </summary>
public readonly struct ModelShape
{
    public readonly double Layers;
    public readonly double DenseLayers;
    public readonly double MoeLayers;
    public readonly double Hidden;
    public readonly double AttentionParamsPerLayer;
    public readonly double DenseFfnParamsPerLayer;
    public readonly double ExpertParams;
    public readonly double RoutedExperts;
    public readonly double ActiveExperts;
    public readonly double SharedExperts;
    public readonly double RouterParamsPerLayer;

    /// <summary>Weight matrices per feed-forward: 3 gated (SwiGLU), 2 plain (GELU). Weights / (matrices · h) is its width.</summary>
    public readonly double FfnMatrices;

    /// <summary>Vocabulary projection (output head) weights.</summary>
    public readonly double HeadParams;

    /// <summary>Embedding table weights (stored, looked up, not multiplied).</summary>
    public readonly double EmbeddingParams;

    public readonly double KvElementsPerTokenPerLayer;

    /// <summary>KV heads (grouped-query) or 1 (latent: the cache cannot be split across tensor-parallel ranks).</summary>
    public readonly double KvSplittableHeads;

    /// <summary>Attention-core FLOPs per query token per attended token per layer, decode (latent absorbed).</summary>
    public readonly double DecodeAttentionFlopsPerContextToken;

    /// <summary>The same for prefill and training, where latent projections are not absorbed.</summary>
    public readonly double FullAttentionFlopsPerContextToken;

    /// <summary>Span of windowed layers in tokens (0: every layer attends to the whole context).</summary>
    public readonly double SlidingWindow;
    public readonly double SlidingWindowLayers;
    public readonly double Heads;

    /// <summary>Weights one token multiplies through (the architecture's count).</summary>
    public readonly double ActiveMatmulParams;

    /// <summary>Every stored weight (the architecture's count).</summary>
    public readonly double TotalParams;

    public ModelShape(ModelArchitecture a)
    {
        Layers = a.Layers;
        DenseLayers = a.DenseLayers;
        MoeLayers = a.IsMixtureOfExperts ? a.MoeLayers : 0;
        Hidden = a.Hidden;
        AttentionParamsPerLayer = a.AttentionParamsPerLayer;
        DenseFfnParamsPerLayer = a.DenseFfnParamsPerLayer;
        ExpertParams = a.ExpertParams;
        RoutedExperts = a.IsMixtureOfExperts ? a.RoutedExperts : 0;
        ActiveExperts = a.IsMixtureOfExperts ? a.ActiveExperts : 0;
        SharedExperts = a.IsMixtureOfExperts ? a.SharedExperts : 0;
        RouterParamsPerLayer = a.RouterParamsPerLayer;
        FfnMatrices = a.GatedFfn ? 3 : 2;
        HeadParams = (double)a.Vocab * a.Hidden;
        EmbeddingParams = a.TiedEmbeddings ? 0 : a.EmbeddingParams;
        KvElementsPerTokenPerLayer = a.KvElementsPerTokenPerLayer;
        KvSplittableHeads = a.Attention == AttentionKind.MultiHeadLatent ? 1 : a.KvHeads;
        DecodeAttentionFlopsPerContextToken = a.AttentionCoreFlopsPerContextToken(absorbedLatent: true);
        FullAttentionFlopsPerContextToken = a.AttentionCoreFlopsPerContextToken(absorbedLatent: false);
        SlidingWindow = a.SlidingWindow;
        SlidingWindowLayers = a.SlidingWindowLayers;
        Heads = a.Heads;
        ActiveMatmulParams = a.ActiveMatmulParams;
        TotalParams = a.TotalParams;
    }

    public bool IsMixtureOfExperts => MoeLayers > 0;

    /// <summary>Mean tokens a layer attends to at a context length, windowed layers capped at their window.</summary>
    public double MeanAttendedTokens(double context)
    {
        if (SlidingWindow <= 0 || Layers <= 0)
        {
            return context;
        }

        var windowed = Math.Min(context, SlidingWindow);
        return (SlidingWindowLayers * windowed + (Layers - SlidingWindowLayers) * context) / Layers;
    }

    /// <summary>Mean tokens attended per query over a causal prompt of n tokens (each token sees those before it).</summary>
    public double MeanCausalAttendedTokens(double promptTokens)
    {
        var full = promptTokens / 2;
        if (SlidingWindow <= 0 || Layers <= 0)
        {
            return full;
        }

        // A windowed layer sees min(position, window) tokens: about the window once the prompt is much longer.
        var windowed = promptTokens <= SlidingWindow
            ? full
            : SlidingWindow - SlidingWindow * SlidingWindow / (2 * promptTokens);
        return (SlidingWindowLayers * windowed + (Layers - SlidingWindowLayers) * full) / Layers;
    }
}
