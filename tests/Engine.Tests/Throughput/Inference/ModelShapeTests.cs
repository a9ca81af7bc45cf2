using Studio.Engine.Catalog;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Workloads;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Inference;

/// <summary>What the throughput models read off an architecture, worked out by hand for tiny custom models.</summary>
public sealed class ModelShapeTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    /// <summary>
    /// Latent attention, queries projected directly: h·n_h·(d_nope + d_rope) = 64·4·24 = 6,144; KV down-projection
    /// h·(r + r_p) = 64·40 = 2,560; KV up-projection r·n_h·(d_nope + d_v) = 32·4·32 = 4,096; output n_h·d_v·h = 4,096.
    /// </summary>
    private static readonly ModelArchitecture s_latent = TinyDense with
    {
        Attention = AttentionKind.MultiHeadLatent,
        KvHeads = 0,
        HeadDim = 0,
        KvLoraRank = 32,
        RopeHeadDim = 8,
        NopeHeadDim = 16,
        ValueHeadDim = 16,
    };

    [Fact]
    public void New_TinyDense_CountsWeightsAsWorkedOut()
    {
        var m = new ModelShape(TinyDense);

        Assert.Equal(86_528, m.TotalParams);
        Assert.Equal(80_128, m.ActiveMatmulParams);
        Assert.Equal(12_288, m.AttentionParamsPerLayer);
        Assert.Equal(24_576, m.DenseFfnParamsPerLayer);
        Assert.Equal(6400, m.HeadParams);
        Assert.Equal(6400, m.EmbeddingParams);
        Assert.False(m.IsMixtureOfExperts);
    }

    [Fact]
    public void New_TinyMoe_CountsExpertsAndRouter()
    {
        var m = new ModelShape(TinyMoe);

        Assert.True(m.IsMixtureOfExperts);
        Assert.Equal(1, m.MoeLayers);
        Assert.Equal(6144, m.ExpertParams);
        Assert.Equal(256, m.RouterParamsPerLayer);
        Assert.Equal(92_928, m.TotalParams);
        Assert.Equal(74_240, m.ActiveMatmulParams);
    }

    [Fact]
    public void ForwardFlopsPerToken_TinyMoe_IsTwiceActiveWeightsPlusAttention()
    {
        // At 150 tokens of context: 2 × 74,240 + 2 layers × 150 × 256 (4 · n_h · d = 4·4·16) = 148,480 + 76,800.
        var m = new ModelShape(TinyMoe);

        var flops = 2 * m.ActiveMatmulParams + m.Layers * m.MeanAttendedTokens(150) * m.DecodeAttentionFlopsPerContextToken;

        Assert.Equal(256, m.DecodeAttentionFlopsPerContextToken);
        Assert.Equal(225_280, flops);
    }

    [Theory]
    [InlineData(Precision.Bf16, 256)]
    [InlineData(Precision.Fp8, 128)]
    public void KvBytesPerToken_GroupedQuery_IsKAndVOfEveryKvHeadPerLayer(Precision precision, double bytes)
    {
        // 2 × 2 KV heads × 16 = 64 values per layer, 2 layers: 128 values; 2 B each at BF16, 1 B at FP8.
        var m = new ModelShape(TinyDense);

        Assert.Equal(64, m.KvElementsPerTokenPerLayer);
        Assert.Equal(2, m.KvSplittableHeads);
        Assert.Equal(bytes, m.KvElementsPerTokenPerLayer * m.Layers * PrecisionBytes.For(precision).KvBytes);
    }

    [Fact]
    public void New_LatentAttention_CachesLatentAndRotaryKeyUnsplit()
    {
        var m = new ModelShape(s_latent);

        Assert.Equal(16_896, m.AttentionParamsPerLayer);
        // r + r_p = 40 values per token per layer: 2 layers × 40 × 2 B = 160 B per token at BF16, on every tensor rank.
        Assert.Equal(40, m.KvElementsPerTokenPerLayer);
        Assert.Equal(1, m.KvSplittableHeads);
        // Decode absorbs the up-projections: 2·n_h·(r + r_p) + 2·n_h·r = 320 + 256. Prefill and training do not:
        // 2·n_h·(d_nope + d_rope) + 2·n_h·d_v = 192 + 128.
        Assert.Equal(576, m.DecodeAttentionFlopsPerContextToken);
        Assert.Equal(320, m.FullAttentionFlopsPerContextToken);
    }

    [Fact]
    public void New_LatentAttentionWithQueryRank_ProjectsQueriesThroughIt()
    {
        // Query rank 16: h·16 + 16·n_h·24 = 1,024 + 1,536 = 2,560 instead of 6,144 direct: 16,896 − 3,584 = 13,312.
        Assert.Equal(13_312, new ModelShape(s_latent with { QLoraRank = 16 }).AttentionParamsPerLayer);
    }

    [Fact]
    public void MeanAttendedTokens_HalfTheLayersWindowed_AveragesWindowAndContext()
    {
        // One of 2 layers attends within 10 tokens: (10 + 100) / 2 = 55 at a context of 100; all 8 below the window.
        var m = new ModelShape(TinyDense with { SlidingWindow = 10, SlidingWindowLayers = 1 });

        Assert.Equal(55, m.MeanAttendedTokens(100), Tolerance);
        Assert.Equal(8, m.MeanAttendedTokens(8), Tolerance);
    }

    [Fact]
    public void MeanCausalAttendedTokens_WindowedPrompt_IsWindowLessItsRampUp()
    {
        // A 100-token prompt: full layers see 100/2 = 50 on average; windowed ones W − W²/(2n) = 10 − 100/200 = 9.5
        // (continuous: positions 1..100 seeing min(p, 10) average 9.55 exactly). (50 + 9.5) / 2 = 29.75.
        var windowed = new ModelShape(TinyDense with { SlidingWindow = 10, SlidingWindowLayers = 1 });

        Assert.Equal(29.75, windowed.MeanCausalAttendedTokens(100), Tolerance);
        Assert.Equal(50, new ModelShape(TinyDense).MeanCausalAttendedTokens(100), Tolerance);
    }

    [Fact]
    public void New_TiedEmbeddings_StoresNoSeparateTable()
    {
        // Tied: the head is the embedding; the table is not stored twice.
        var m = new ModelShape(TinyDense with { TiedEmbeddings = true });

        Assert.Equal(0, m.EmbeddingParams);
        Assert.Equal(80_128, m.TotalParams);
    }
}
