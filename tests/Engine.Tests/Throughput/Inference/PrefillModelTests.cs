using Studio.Engine.Throughput.Inference;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Inference;

/// <summary>Time to first token of a 100-token prompt on the tiny dense model, BF16, worked out by hand.</summary>
public sealed class PrefillModelTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;
    private const double Prompt = 100;

    private static readonly ModelShape s_dense = new(TinyDense);

    [Fact]
    public void Evaluate_OneGpu_TtftIsPromptFlopsOverPeakPlusOverhead()
    {
        // Matmuls 2 × 80,128 active weights × 100 tokens = 16,025,600 FLOPs; causal attention 100 tokens × 50 attended
        // on average × 256 FLOPs × 2 layers = 2,560,000. 18,585,600 / 1e8 FLOP/s = 0.185856 s, plus 2 layers × 1 ms.
        var h = GpuShape(flops: 1e8, hbmBytesPerSecond: 1e12, layerOverheadSeconds: 0.001);

        var run = PrefillModel.Evaluate(s_dense, h, Bf16, Prompt, 1);

        Assert.True(run.Fits);
        Assert.Equal(0.187856, run.Seconds, Tolerance);
        Assert.Equal(Prompt / 0.187856, run.InputTokensPerSecondPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_TwoGpus_SplitsComputeAndPaysTheAllReduces()
    {
        // Compute halves: 0.092928 s. Four all-reduces (2 attention + 2 FFN) of 2·(2−1)/2 × 100 × 64 × 2 B = 12,800 B
        // at 1e6 B/s: 4 × 0.0128 = 0.0512 s, none hidden. 0.144128 s; per GPU 100 / (2 × 0.144128).
        var h = GpuShape(flops: 1e8, hbmBytesPerSecond: 1e12, scaleUpBytesPerSecond: 1e6);

        var run = PrefillModel.Evaluate(s_dense, h, Bf16, Prompt, 2);

        Assert.Equal(0.144128, run.Seconds, Tolerance);
        Assert.Equal(Prompt / (2 * 0.144128), run.InputTokensPerSecondPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_WeightsKvAndActivationsBeyondHbm_DoesNotFit()
    {
        // One GPU holds 86,528 × 2 B of weights + 100 × 64 × 2 × 2 B of KV + 100 × 64 × 2 B × 8 of activations
        // = 173,056 + 25,600 + 102,400 = 301,056 B.
        Assert.True(PrefillModel.Evaluate(s_dense, GpuShape(hbmBytes: 301_056), Bf16, Prompt, 1).Fits);
        Assert.False(PrefillModel.Evaluate(s_dense, GpuShape(hbmBytes: 301_055), Bf16, Prompt, 1).Fits);
    }

    [Fact]
    public void Best_ModelNeedsTwoGpus_PicksTheSmallestGroupThatHoldsIt()
    {
        // 250,000 B: one GPU needs 301,056 B; two need 86,528 + 12,800 + 102,400 = 201,728 B. Four would fit too, but
        // every GPU pays the overheads and collectives, so each added GPU serves fewer prompt tokens.
        var h = GpuShape(flops: 1e8, hbmBytes: 250_000, hbmBytesPerSecond: 1e12, scaleUpBytesPerSecond: 1e6);

        var best = PrefillModel.Best(s_dense, h, Bf16, Prompt);

        Assert.True(best.Fits);
        Assert.Equal(2, best.GroupGpus);
        Assert.True(PrefillModel.Evaluate(s_dense, h, Bf16, Prompt, 4).Fits);
    }

    [Fact]
    public void Best_ModelFitsNowhere_ReturnsANonFittingRunNotAnException()
    {
        Assert.False(PrefillModel.Best(s_dense, GpuShape(hbmBytes: 1000), Bf16, Prompt).Fits);
    }

    [Fact]
    public void Evaluate_GroupOverNoLink_DoesNotFit()
    {
        // GPUs without NVLink or NICs: a group of two must hand activations over and cannot, even past the
        // tensor-parallel group (domain of 1: the layers split into stages).
        var h = GpuShape(domainGpus: 1, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 0);

        Assert.False(PrefillModel.Evaluate(s_dense, h, Bf16, Prompt, 2).Fits);
        Assert.True(PrefillModel.Evaluate(s_dense, h, Bf16, Prompt, 1).Fits);
    }
}
