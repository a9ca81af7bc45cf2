using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Training;

/// <summary>
/// ZeRO stages, context parallelism, activation offload and uneven pipeline stages, worked out by hand on the tiny
/// models of <see cref="ThroughputFixtures"/> as <see cref="TrainingModelTests"/> does: sequences of 100 tokens, a
/// global batch of 4, 2 B weights, 4 B gradients, 12 B Adam state.
/// </summary>
public sealed class TrainingModelShardingTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    private static readonly ModelShape s_dense = new(TinyDense);

    /// <summary>TinyDense with four layers: 160,256 weights, 153,856 active.</summary>
    private static readonly ModelShape s_fourLayers = new(TinyDense with { Layers = 4, DenseLayers = 4 });

    private static readonly TrainingRun s_run = TrainingRun.MixedPrecision(100);

    /// <summary>1 GFLOP/s, 1 MB/s NVLink: the numbers of TrainingModelTests' data-parallel cases.</summary>
    private static readonly HardwareShape s_slowLink = GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e6);

    private static TrainingConfig Config(int dp = 1, int cp = 1, int pp = 1, int mb = 1, Recompute recompute = Recompute.None, Sharding sharding = Sharding.Optimizer, bool offload = false) =>
        new(dp * cp * pp, 1, pp, dp, 1, 1, mb, 4, false, recompute, false, cp, sharding, offload);

    [Theory]
    // ZeRO-1: 86,528 weights × (2 + 4) B whole, Adam's 12 B over 2 replicas: 519,168 + 519,168 B.
    [InlineData(Sharding.Optimizer, 1_038_336)]
    // ZeRO-2: weights whole, 173,056 B; gradients and Adam over 2: 43,264 × 16 = 692,224 B.
    [InlineData(Sharding.Gradients, 865_280)]
    // ZeRO-3: everything over 2, 43,264 × 18 = 778,752 B, plus two layers gathered whole: 2 × 43,264 × 2 B = 173,056 B.
    [InlineData(Sharding.Weights, 951_808)]
    // Unsharded: 86,528 × 18 B.
    [InlineData(Sharding.None, 1_557_504)]
    public void Evaluate_DataParallelZeroStage_KeepsItsShareOfTheStates(Sharding sharding, double states)
    {
        // One micro-batch's activations on top, as on one GPU: 3,664 B × 100 tokens × 2 layers = 732,800 B.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(dp: 2, sharding: sharding));

        Assert.Equal(states + 732_800, step.MemoryBytesPerGpu, Tolerance);
    }

    [Theory]
    // ZeRO-1 (TrainingModelTests): (0.086528 − 0.0371712) + (0.086528 − 0.0185856).
    [InlineData(Sharding.Optimizer, 0.1172992)]
    // ZeRO-2: each of the 2 micro-batches reduce-scatters under its own backward, 2 × 0.0493568, and the weights are
    // gathered once under the first forward, 0.0679424.
    [InlineData(Sharding.Gradients, 0.166656)]
    // ZeRO-3: each layer's 86,528 B of weights is its own ring, half of it moved at 1 MB/s, 0.043264 s; a pass is the
    // two layers, 0.086528 s. Per micro-batch: the forward gather beyond the forward, 0.0679424, the backward's gather
    // and reduce-scatter beyond the backward, 0.173056 − 0.0371712 = 0.1358848, and the first layer of each pass waits
    // uncovered, 2 × 0.043264: 0.2903552 a micro-batch, 0.5807104 for two.
    [InlineData(Sharding.Weights, 0.5807104)]
    // Unsharded: one all-reduce, two passes, under the last backward: 0.173056 − 0.0371712.
    [InlineData(Sharding.None, 0.1358848)]
    public void Evaluate_DataParallelZeroStage_ExposesItsOwnTraffic(Sharding sharding, double exposed)
    {
        var step = TrainingModel.Evaluate(s_dense, s_slowLink, s_run, Config(dp: 2, sharding: sharding));

        Assert.Equal(exposed, step.ExposedCommunicationSeconds, Tolerance);
        Assert.Equal(0.1115136 + exposed, step.StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_ZeroThreeWithFullRecomputation_GathersAgainForTheRecomputedForward()
    {
        // Full recomputation: ZeRO-1 exposes (T_pass − T_bwd) + (T_pass − T_fwd) = 2·T_pass − T_mb, its one
        // micro-batch's compute. ZeRO-3 exposes, per micro-batch, (T_pass − T_fwd) + (3·T_pass − T_bwd) + 2·T_layer:
        // the recomputed forward gathers a third time. Over 2 micro-batches that is 2·(2·T_pass − T_mb) + 4·T_pass +
        // 4·T_layer = 2 × ZeRO-1's + 4 × 0.086528 + 4 × 0.043264 = 2 × ZeRO-1's + 0.519168 s.
        var zeroOne = TrainingModel.Evaluate(s_dense, s_slowLink, s_run, Config(dp: 2, recompute: Recompute.Full));
        var zeroThree = TrainingModel.Evaluate(s_dense, s_slowLink, s_run, Config(dp: 2, recompute: Recompute.Full, sharding: Sharding.Weights));

        Assert.Equal(2 * zeroOne.ExposedCommunicationSeconds + 0.519168, zeroThree.ExposedCommunicationSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_ContextParallel_HalvesTokensAndPassesKeysAndValuesAroundTheRing()
    {
        // CP 2 on 2 GPUs: each rank holds 50 of the 100 tokens, 3,664 B × 50 × 2 layers = 366,400 B of activations;
        // the 2 context ranks share weights as replicas do: ZeRO-1 states 1,038,336 B.
        // Keys and values: 64 values per token and layer × 100 tokens × 2 B = 12,800 B, half moved on a ring of 2,
        // 0.0064 s a pass. Attention: 400 × 3 × 25,600 FLOPs / 1e9 / 2 GPUs = 0.01536 s over 4 micro-batches × 2 layers
        // × 3 passes: 0.00064 s hides each ring pass, so 24 × (0.0064 − 0.00064) = 0.13824 s is exposed.
        // Gradients over the 2 context ranks: compute 0.1115136 s, 0.0278784 s a micro-batch (backward 0.0185856,
        // forward 0.0092928); each pass 0.086528 s: (0.086528 − 0.0185856) + (0.086528 − 0.0092928) = 0.1451776 s.
        var step = TrainingModel.Evaluate(s_dense, s_slowLink, s_run, Config(cp: 2));

        Assert.True(step.Fits);
        Assert.Equal(1_404_736, step.MemoryBytesPerGpu, Tolerance);
        Assert.Equal(0.1115136, step.ComputeSeconds, Tolerance);
        Assert.Equal(0.13824 + 0.1451776, step.ExposedCommunicationSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_OffloadedActivations_HbmKeepsTwoLayersAndTheHostLinkIsTimed()
    {
        // Four layers on one GPU, no recomputation: 3,664 B × 100 tokens × 4 layers = 1,465,600 B kept per micro-batch.
        // Offloaded, HBM keeps 2 layers' worth, 732,800 B, beside 160,256 × 18 = 2,884,608 B of states.
        // Compute: matmuls 400 × 3 × 307,712 = 369,254,400 FLOPs, attention 400 × 3 × 51,200 = 61,440,000: 0.4306944 s,
        // a third forward (0.1435648 s), two thirds backward (0.2871296 s). 4 micro-batches × 1,465,600 B = 5,862,400 B
        // each way over 10 MB/s: 0.58624 s out, of which the forward hides 0.1435648, and 0.58624 s back, of which the
        // backward hides 0.2871296: 0.4426752 + 0.2991104 = 0.7417856 s exposed.
        var shape = GpuShape(flops: 1e9, hostBytesPerSecond: 1e7, hostBytes: 1_465_600);

        var offloaded = TrainingModel.Evaluate(s_fourLayers, shape, s_run, Config(offload: true));
        var kept = TrainingModel.Evaluate(s_fourLayers, shape, s_run, Config());

        Assert.True(offloaded.Fits);
        Assert.Equal(2_884_608 + 732_800, offloaded.MemoryBytesPerGpu, Tolerance);
        Assert.Equal(2_884_608 + 1_465_600, kept.MemoryBytesPerGpu, Tolerance);
        Assert.Equal(0.7417856, offloaded.ExposedCommunicationSeconds, Tolerance);
        Assert.Equal(0.4306944 + 0.7417856, offloaded.StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_OffloadBeyondHostMemoryOrWithoutAHostLink_DoesNotFit()
    {
        // The host must hold the 1,465,600 B HBM no longer does.
        Assert.False(TrainingModel.Evaluate(s_fourLayers, GpuShape(hostBytesPerSecond: 1e7, hostBytes: 1_465_599), s_run, Config(offload: true)).Fits);
        Assert.False(TrainingModel.Evaluate(s_fourLayers, GpuShape(hostBytes: 1e9), s_run, Config(offload: true)).Fits);
    }

    [Fact]
    public void Evaluate_LayersThatDoNotSplitEvenly_TheDeepestStageSetsThePace()
    {
        // Three layers on 2 stages: the deeper holds ⌈3/2⌉ = 2 (DeepSeek-V3's 61 on 16 hold 4, not 3.81).
        var threeLayers = new ModelShape(TinyDense with { Layers = 3, DenseLayers = 3 });
        var step = TrainingModel.Evaluate(threeLayers, GpuShape(flops: 1e9), s_run, Config(pp: 2, recompute: Recompute.Full));

        Assert.Equal(4, TrainingModel.StageLayers(61, 16));
        // States: (3 × 36,864 + 2 × 6,400) / 2 stages × 18 B = 1,110,528 B; activations: 2 micro-batches in flight of
        // 2 layers' inputs, 128 B × 100 tokens × 2 × 2 = 51,200 B.
        Assert.Equal(1_161_728, step.MemoryBytesPerGpu, Tolerance);
        // Compute: the layers' matmuls (400 × 4 × 2 × 110,592) and attention (400 × 4 × 3 × 12,800) over 2 GPUs, paced by
        // the deeper stage's 2 of 1.5 layers (× 4/3); the head's (400 × 4 × 2 × 6,400) spread evenly.
        var layers = (400.0 * 4 * 2 * 110_592 + 400.0 * 4 * 3 * 12_800) / 1e9 / 2 * 4 / 3;
        var head = 400.0 * 4 * 2 * 6_400 / 1e9 / 2;
        Assert.Equal(layers + head, step.ComputeSeconds, Tolerance);
    }
}
