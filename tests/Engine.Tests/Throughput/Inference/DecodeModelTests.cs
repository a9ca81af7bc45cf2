using Studio.Engine.Throughput.Inference;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Inference;

/// <summary>
/// One decode step worked out by hand on the tiny models of <see cref="ThroughputFixtures"/>, BF16 (2 bytes per
/// weight and KV value), requests of 100 tokens in and 100 out: the KV cache is held at 200 tokens and streamed at
/// the mean decode length 100 + 100/2 = 150. Each bound is made to dominate in turn by slowing one resource.
/// </summary>
public sealed class DecodeModelTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    private static readonly ModelShape s_dense = new(TinyDense);
    private static readonly ModelShape s_moe = new(TinyMoe);
    private static readonly RequestShape s_request = new(100, 100);

    private static ServingConfig Config(int tp = 1, int dp = 1, int pp = 1, double b = 1, int draft = 0) => new(tp, dp, pp, b, false, draft);

    [Fact]
    public void Evaluate_SlowHbm_StepIsStreamedWeightsPlusKvOverBandwidth()
    {
        // Streamed: attention 2·12,288 + FFN 2·24,576 + head 6,400 = 80,128 weights × 2 B = 160,256 B (the embedding
        // is a lookup, not streamed); KV 150 tokens × 64 values × 2 layers × 2 B = 38,400 B. 198,656 B / 1e6 B/s.
        var step = DecodeModel.Evaluate(s_dense, GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6), Bf16, s_request, Config());

        Assert.Equal(StepBound.Memory, step.Bound);
        Assert.Equal(0.198656, step.MemorySeconds, Tolerance);
        Assert.Equal(0.198656, step.StepSeconds, Tolerance);
        Assert.Equal(1 / 0.198656, step.TokensPerSecondPerUser, Tolerance);
        Assert.Equal(1 / 0.198656, step.OutputTokensPerSecondPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_SlowCompute_StepIsTwiceActiveWeightsPlusAttentionOverPeak()
    {
        // Matmuls 2 × 80,128 active weights = 160,256 FLOPs; attention 150 tokens × 256 FLOPs × 2 layers = 76,800.
        // (160,256 + 76,800) / 1e6 FLOP/s = 0.237056 s.
        var step = DecodeModel.Evaluate(s_dense, GpuShape(flops: 1e6, hbmBytesPerSecond: 1e12), Bf16, s_request, Config());

        Assert.Equal(StepBound.Compute, step.Bound);
        Assert.Equal(0.237056, step.ComputeSeconds, Tolerance);
        Assert.Equal(0.237056, step.StepSeconds, Tolerance);
        Assert.Equal(0, step.CommunicationSeconds);
    }

    [Fact]
    public void Evaluate_SlowNvlink_CommunicationBoundWithPartialOverlap()
    {
        // TP 2: memory halves to (80,128 / 2 weights × 2 B + 38,400 / 2 B of KV, two KV heads split) = 99,328 B → 0.099328 s.
        // 4 ring all-reduces (2 attention + 2 dense FFN) of 2·(2−1)/2 × 64 × 2 B = 128 B at 1,000 B/s = 0.512 s.
        // Overlap 0.5 hides 0.5 × 0.099328 = 0.049664 s: step 0.099328 + 0.512 − 0.049664 = 0.561664 s.
        var h = GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6, scaleUpBytesPerSecond: 1000, overlap: 0.5);

        var step = DecodeModel.Evaluate(s_dense, h, Bf16, s_request, Config(tp: 2));

        Assert.Equal(StepBound.Communication, step.Bound);
        Assert.Equal(0.099328, step.MemorySeconds, Tolerance);
        Assert.Equal(0.512, step.CommunicationSeconds, Tolerance);
        Assert.Equal(0.561664, step.StepSeconds, Tolerance);
        // One token per 0.561664 s for the user; two GPUs share it.
        Assert.Equal(1 / (2 * 0.561664), step.OutputTokensPerSecondPerGpu, Tolerance);
    }

    [Theory]
    [InlineData(0, 0.611328)]
    [InlineData(1, 0.512)]
    public void Evaluate_Overlap_HidesCommunicationUpToOverlapTimesBusyTime(double overlap, double expected)
    {
        // Same step as above: none hidden gives 0.099328 + 0.512; all of it hidden leaves max(0.512, 0.099328).
        var h = GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6, scaleUpBytesPerSecond: 1000, overlap: overlap);

        Assert.Equal(expected, DecodeModel.Evaluate(s_dense, h, Bf16, s_request, Config(tp: 2)).StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_FastNvlink_CommunicationHiddenUnderMemory()
    {
        // All-reduces take 4 × 128 B / 1e9 B/s = 5.12e-7 s, under 0.5 × 0.099328 s: the step is the memory time.
        var h = GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6, scaleUpBytesPerSecond: 1e9, overlap: 0.5);

        var step = DecodeModel.Evaluate(s_dense, h, Bf16, s_request, Config(tp: 2));

        Assert.Equal(StepBound.Memory, step.Bound);
        Assert.Equal(0.099328, step.StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_LayerOverhead_AddsPerLayerAndPerDraft()
    {
        // 1 ms per layer and step: (2 layers + 1 draft) × 1 ms on top of the 0.198656 s memory time.
        var h = GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6, layerOverheadSeconds: 0.001);

        var step = DecodeModel.Evaluate(s_dense, h, Bf16, s_request, Config(draft: 1));

        // A draft token adds its activations, not a second read of the weights or the KV cache: memory is unchanged.
        Assert.Equal(0.198656, step.MemorySeconds, Tolerance);
        Assert.Equal(0.003, step.OverheadSeconds, Tolerance);
        Assert.Equal(0.201656, step.StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_SpeculatedToken_GainsOnePlusAcceptancePerStep()
    {
        // Acceptance 0.5: 1.5 tokens per step. Memory-bound, so the step stays 0.198656 s (compute doubles but is tiny).
        var h = GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6, draftAcceptance: 0.5);

        var step = DecodeModel.Evaluate(s_dense, h, Bf16, s_request, Config(draft: 1));

        Assert.Equal(0.198656, step.StepSeconds, 1e-6);
        Assert.Equal(1.5 / step.StepSeconds, step.TokensPerSecondPerUser, Tolerance);
    }

    [Fact]
    public void Evaluate_MoeOneSequence_StreamsOnlyTheTouchedExperts()
    {
        // One token routed to 2 of 4 experts: 1 − (3/4)² = 0.4375 of the 4 × 6,144 routed weights are touched.
        // Streamed: attention 24,576 + dense FFN 24,576 + shared 6,144 + routed 24,576 × 0.4375 = 10,752 + router 256
        // + head 6,400 = 72,704 weights × 2 B = 145,408 B; KV 38,400 B. 183,808 B / 1e6 B/s.
        var step = DecodeModel.Evaluate(s_moe, GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6), Bf16, s_request, Config());

        Assert.Equal(0.183808, step.MemorySeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_MoeCompute_IsTwiceTheActiveMatmulWeights()
    {
        // 2 × 74,240 active matmul weights (2 of 4 routed experts + the shared one) = 148,480 FLOPs, plus attention
        // 76,800: 0.22528 s at 1e6 FLOP/s.
        var step = DecodeModel.Evaluate(s_moe, GpuShape(flops: 1e6, hbmBytesPerSecond: 1e12), Bf16, s_request, Config());

        Assert.Equal(0.22528, step.ComputeSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_ExpertParallel_SplitsExpertsAndSendsDispatchAndCombine()
    {
        // Attention DP 2 spreads the 4 experts over 2 GPUs: resident weights 24,576 + 24,576 + 6,144 + 24,576 / 2
        // + 256 + 6,400 + 6,400 = 80,640 × 2 B = 161,280 B, plus KV 200 × 64 × 2 × 2 B = 51,200 B.
        // Dispatch and combine: 1 token × 2 experts × 64 × 2 B × 1/2 remote = 128 B each at 1,000 B/s, one MoE layer.
        var h = GpuShape(flops: 1e12, hbmBytesPerSecond: 1e12, scaleUpBytesPerSecond: 1000);

        var step = DecodeModel.Evaluate(s_moe, h, Bf16, s_request, Config(dp: 2));

        Assert.Equal(212_480, step.ResidentBytesPerGpu, Tolerance);
        Assert.Equal(0.256, step.CommunicationSeconds, Tolerance);
        Assert.Equal(StepBound.Communication, step.Bound);
    }

    [Fact]
    public void Evaluate_WeightsAndKvBeyondHbm_DoesNotFitAndReportsTheBytes()
    {
        // Resident: all 86,528 weights × 2 B = 173,056 B plus KV 200 × 64 × 2 × 2 B = 51,200 B: 224,256 B.
        // 250,000 B less a 10% reserve holds 225,000 B; 249,000 B holds 224,100 B.
        var fits = DecodeModel.Evaluate(s_dense, GpuShape(hbmBytes: 250_000, reserve: 0.1), Bf16, s_request, Config());
        var tooBig = DecodeModel.Evaluate(s_dense, GpuShape(hbmBytes: 249_000, reserve: 0.1), Bf16, s_request, Config());

        Assert.Equal(224_256, fits.ResidentBytesPerGpu, Tolerance);
        Assert.True(fits.Fits);
        Assert.False(tooBig.Fits);
    }

    [Fact]
    public void Evaluate_BatchAboveSchedulerCap_DoesNotFit()
    {
        Assert.False(DecodeModel.Evaluate(s_dense, GpuShape(maxSequencesPerRank: 8), Bf16, s_request, Config(b: 16)).Fits);
        Assert.True(DecodeModel.Evaluate(s_dense, GpuShape(maxSequencesPerRank: 8), Bf16, s_request, Config(b: 8)).Fits);
    }

    [Fact]
    public void Evaluate_TensorParallelOverNoLink_DoesNotFit()
    {
        // Two GPUs with neither NVLink nor NICs cannot all-reduce: the step never ends, so the configuration cannot run
        // even though its memory fits easily.
        var h = GpuShape(domainGpus: 1, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 0);

        var step = DecodeModel.Evaluate(s_dense, h, Bf16, s_request, Config(tp: 2));

        Assert.False(step.Fits);
        Assert.True(DecodeModel.Evaluate(s_dense, h, Bf16, s_request, Config()).Fits);
    }
}
