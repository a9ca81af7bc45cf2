using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Training;

/// <summary>
/// One training step worked out by hand on the tiny models of <see cref="ThroughputFixtures"/>: sequences of 100
/// tokens, a global batch of 4 sequences, Megatron mixed precision (2 B weights, 4 B gradients, 12 B Adam state).
/// </summary>
public sealed class TrainingModelTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    private static readonly ModelShape s_dense = new(TinyDense);
    private static readonly ModelShape s_moe = new(TinyMoe);
    private static readonly TrainingRun s_run = TrainingRun.MixedPrecision(100);

    private static TrainingConfig Config(
        int tp = 1, int pp = 1, int dp = 1, int ep = 1, int v = 1, int mb = 1, int batch = 4, bool sp = false, Recompute recompute = Recompute.None) =>
        new(tp * pp * dp, tp, pp, dp, ep, v, mb, batch, sp, recompute);

    [Fact]
    public void Evaluate_OneGpu_ModelFlopsAreSixTimesActiveWeightsPlusAttention()
    {
        // Per token: 6 × 80,128 active matmul weights = 480,768, plus 3 × (2 layers × 256 FLOPs × 50 attended on
        // average over a causal 100-token sequence) = 76,800: 557,568 FLOPs. 400 tokens a step: 223,027,200 FLOPs,
        // 0.2230272 s at 1e9 FLOP/s with nothing else on one GPU.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(flops: 1e9), s_run, Config());

        Assert.Equal(400, step.TokensPerStep);
        Assert.Equal(223_027_200, step.ModelFlopsPerStep, Tolerance);
        Assert.Equal(step.ModelFlopsPerStep, step.HardwareFlopsPerStep, Tolerance);
        Assert.Equal(0.2230272, step.StepSeconds, Tolerance);
    }

    [Theory]
    [InlineData(Recompute.Full, 297_369_600)]
    [InlineData(Recompute.Selective, 233_267_200)]
    public void Evaluate_Recomputation_AddsForwardWorkToHardwareFlopsOnly(Recompute recompute, double hardwareFlops)
    {
        // Full: matmuls 4 × 400 × 160,256 = 256,409,600, attention 4 × 400 × 25,600 = 40,960,000.
        // Selective: matmuls 3 × 400 × 160,256 = 192,307,200, attention recomputed: 40,960,000.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(flops: 1e9), s_run, Config(recompute: recompute));

        Assert.Equal(223_027_200, step.ModelFlopsPerStep, Tolerance);
        Assert.Equal(hardwareFlops, step.HardwareFlopsPerStep, Tolerance);
        Assert.Equal(hardwareFlops / 1e9, step.ComputeSeconds, Tolerance);
    }

    [Theory]
    [InlineData(Recompute.None, 1_871_104)]
    [InlineData(Recompute.Selective, 1_777_024)]
    [InlineData(Recompute.Full, 1_583_104)]
    public void Evaluate_OneGpu_MemoryIsStatesPlusActivations(Recompute recompute, double expected)
    {
        // States: 86,528 weights × (2 + 4 + 12) B = 1,557,504 B.
        // Activations per token per layer h·(15 + 19·f/(4h)) with the gated FFN's width f = 128:
        // 64 × (15 + 9.5) = 1,568 B; × 100 tokens × 2 layers = 313,600 B (none); 70% = 219,520 B (selective);
        // only each layer's input, 2·h = 128 B, for full: 25,600 B.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(recompute: recompute));

        Assert.Equal(expected, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_TensorParallelWithSequenceParallel_SplitsStatesAndActivations()
    {
        // TP 2: 43,264 weights × 18 B = 778,752 B; activations 313,600 / 2 = 156,800 B.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(tp: 2, sp: true));

        Assert.Equal(935_552, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_DataParallel_ShardsOnlyTheOptimizer()
    {
        // DP 2: weights and gradients whole, 86,528 × 6 B = 519,168 B; Adam state halved, 86,528 / 2 × 12 B = 519,168 B;
        // activations of one micro-batch, 313,600 B.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(dp: 2));

        Assert.Equal(1_351_936, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_MoeExpertParallel_SplitsExpertsAndScalesActivationsToActiveExperts()
    {
        // Routed experts 4 × 6,144 = 24,576 weights split over EP 2; the other 68,352 whole: 80,640 × 6 B = 483,840 B.
        // Adam: the others over DP 2, the experts over their 2 ranks (one replica each): (34,176 + 12,288) × 12 = 557,568 B.
        // Width of 2 active + 1 shared expert: 3 × 32 = 96, 64 × (15 + 19 × 96 / 256) = 1,416 B × 100 × 2 = 283,200 B.
        var step = TrainingModel.Evaluate(s_moe, GpuShape(), s_run, Config(dp: 2, ep: 2));

        Assert.Equal(1_324_608, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_PlainFfnDenseModel_UsesTheSameWidthAsGated()
    {
        // The width is the FFN's intermediate size whatever its matrix count: a plain (2-matrix) FFN of width 128 keeps
        // the same 313,600 B of activations as the gated one; only its weights differ (2 × 64 × 128 per layer less a third).
        var plain = new ModelShape(TinyDense with { GatedFfn = false });
        var gated = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(recompute: Recompute.None));
        var notGated = TrainingModel.Evaluate(plain, GpuShape(), s_run, Config(recompute: Recompute.None));

        // Activations are memory less states: gated 86,528 × 18 B = 1,557,504 B; plain (86,528 − 2 × 8,192) × 18 B = 1,262,592 B.
        Assert.Equal(313_600, gated.MemoryBytesPerGpu - 1_557_504, Tolerance);
        Assert.Equal(313_600, notGated.MemoryBytesPerGpu - 1_262_592, Tolerance);
    }

    [Theory]
    [InlineData(1, 0.0278784)]
    [InlineData(2, 0.0139392)]
    public void Evaluate_Pipeline_BubbleIsStagesLessOneOverMicroBatchesTimesInterleave(int interleave, double bubble)
    {
        // PP 2, 4 micro-batches: compute 223,027,200 / 1e9 / 2 GPUs = 0.1115136 s; bubble (2 − 1)/(4 · v) of it.
        // Hand-offs (2 × 12,800 B at 1e9 B/s per micro-batch) hide under compute with overlap 1.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e9, overlap: 1), s_run, Config(pp: 2, v: interleave));

        Assert.Equal(0.1115136, step.ComputeSeconds, Tolerance);
        Assert.Equal(bubble, step.BubbleSeconds, Tolerance);
        Assert.Equal(0.1115136 + bubble, step.StepSeconds, Tolerance);
    }

    [Theory]
    [InlineData(0, 0.2845696)]
    [InlineData(1, 0.2102272)]
    public void Evaluate_DataParallelGradients_HideUnderTwoThirdsOfComputeTimesOverlap(double overlap, double stepSeconds)
    {
        // DP 2: compute 0.1115136 s. Reduce-scatter + all-gather of BF16 gradients: 2 × 86,528 × 2 B × 1/2 = 173,056 B
        // at 1e6 B/s = 0.173056 s. The backward pass (2/3 of compute, 0.0743424 s) hides overlap × that:
        // none: 0.1115136 + 0.173056; all: 0.1115136 + 0.173056 − 0.0743424.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e6, overlap: overlap), s_run, Config(dp: 2));

        Assert.Equal(stepSeconds, step.StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_DataParallelOnFastLink_GradientReductionFullyHidden()
    {
        // 173,056 B at 1e9 B/s = 1.7e-4 s, well under 0.5 × 0.0743424 s: the step is the compute alone.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e9, overlap: 0.5), s_run, Config(dp: 2));

        Assert.Equal(0.1115136, step.StepSeconds, Tolerance);
        Assert.Equal(0, step.ExposedCommunicationSeconds);
    }

    [Fact]
    public void Evaluate_BatchNotWholeMicroBatches_DoesNotFit()
    {
        // 4 sequences over DP 2 × micro-batch 4: half a micro-batch per replica.
        Assert.False(TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(dp: 2, mb: 4)).Fits);
    }

    [Fact]
    public void Evaluate_StatesBeyondHbm_DoesNotFit()
    {
        // 1,871,104 B needed on one GPU.
        Assert.True(TrainingModel.Evaluate(s_dense, GpuShape(hbmBytes: 1_871_104), s_run, Config()).Fits);
        Assert.False(TrainingModel.Evaluate(s_dense, GpuShape(hbmBytes: 1_871_103), s_run, Config()).Fits);
    }

    [Fact]
    public void Evaluate_DataParallelOverNoLink_DoesNotFit()
    {
        // Two GPUs that share no link cannot reduce gradients: infinite, so not a configuration that runs.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(domainGpus: 1, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 0), s_run, Config(dp: 2));

        Assert.False(step.Fits);
    }
}
