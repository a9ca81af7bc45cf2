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

    /// <summary>TinyDense with four layers: 4 × (12,288 + 24,576) + 2 × 6,400 = 160,256 weights, 153,856 active.</summary>
    private static readonly ModelShape s_fourLayers = new(TinyDense with { Layers = 4, DenseLayers = 4 });
    private static readonly TrainingRun s_run = TrainingRun.MixedPrecision(100);

    private static TrainingConfig Config(
        int tp = 1, int pp = 1, int dp = 1, int ep = 1, int v = 1, int mb = 1, int batch = 4, bool sp = false, Recompute recompute = Recompute.None,
        bool dualPipe = false) =>
        new(tp * pp * dp, tp, pp, dp, ep, v, mb, batch, sp, recompute, dualPipe);

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

    [Fact]
    public void Evaluate_AttentionPeakBelowTheWeights_HeadAndAttentionRunAtIt()
    {
        // As under FP8 training, whose attention and output head stay in BF16 (X13 §3.3.1): the layers' weight GEMMs
        // at 1e9 FLOP/s, attention and the head (100 × 64 = 6,400 weights) at 0.5e9. Per token 6 × (80,128 − 6,400)
        // = 442,368 FLOPs at 1e9, and 6 × 6,400 + 76,800 = 115,200 at 0.5e9: 672,768 ns; 400 tokens: 0.2691072 s.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(flops: 1e9, attentionFlops: 0.5e9), s_run, Config());

        Assert.Equal(0.2691072, step.StepSeconds, Tolerance);
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
    [InlineData(Recompute.None, 2_290_304)]
    [InlineData(Recompute.Selective, 1_890_304)]
    [InlineData(Recompute.Full, 1_583_104)]
    public void Evaluate_OneGpu_MemoryIsStatesPlusActivations(Recompute recompute, double expected)
    {
        // States: 86,528 weights × (2 + 4 + 12) B = 1,557,504 B.
        // Activations per layer (Korthikanti et al. 2022, arXiv 2205.05198, §4.1): s·b·h·(34 + 5·a·s/h) with the MLP's
        // 16 of the 34 scaled by the FFN width f/(4h) = 128/256: per token h·(10 + 8 + 16 × 0.5) = 64 × 26 = 1,664 B,
        // plus the attention matrix 5·a·s = 5 × 4 × 100 = 2,000 B.
        // None: 3,664 B × 100 tokens × 2 layers = 732,800 B. Selective (§5) drops the 5as term: 332,800 B.
        // Full keeps each layer's input, 2·h = 128 B per token: 25,600 B.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(recompute: recompute));

        Assert.Equal(expected, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_TensorParallelWithSequenceParallel_SplitsStatesAndActivations()
    {
        // TP 2: 43,264 weights × 18 B = 778,752 B. With sequence parallelism all of sbh/t·(34 + 5as/h) splits
        // (Korthikanti §4.2.2): (1,664 + 2,000) / 2 = 1,832 B per token × 200 = 366,400 B.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(tp: 2, sp: true));

        Assert.Equal(1_145_152, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_TensorParallelWithoutSequenceParallel_KeepsTheTenWhole()
    {
        // Korthikanti §4.2.1: sbh·(10 + 24/t + 5as/(ht)); 24 scaled for the FFN to 8 + 16 × 0.5 = 16.
        // Per token 64 × (10 + 16/2) + 2,000/2 = 1,152 + 1,000 = 2,152 B × 200 = 430,400 B; states 778,752 B.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(tp: 2));

        Assert.Equal(1_209_152, step.MemoryBytesPerGpu, Tolerance);
    }

    [Theory]
    [InlineData(1, 1_493_504)]
    [InlineData(2, 1_506_304)]
    public void Evaluate_Pipeline_FirstStageHoldsStagesMicroBatchesInterleavedOrNot(int interleave, double expected)
    {
        // Four layers on PP 2, 4 micro-batches, full recomputation. States: 160,256 weights / 2 stages × 18 B =
        // 1,442,304 B. 1F1B: the first stage holds min(p, m) = 2 micro-batches of its 2 layers' inputs,
        // 128 B × 100 tokens × 2 layers × 2 = 51,200 B; no interleaving factor. Interleaved ×2: (1 + (p − 1)/(p·v))
        // = 1.25 times that (Korthikanti §4.2.3): 64,000 B.
        var step = TrainingModel.Evaluate(s_fourLayers, GpuShape(), s_run, Config(pp: 2, v: interleave, recompute: Recompute.Full));

        Assert.True(step.Fits);
        Assert.Equal(expected, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_PipelineWithFewerMicroBatchesThanStages_HoldsOnlyThose()
    {
        // One micro-batch on PP 2: the first stage holds 1, not 2: 128 × 100 × 2 = 25,600 B over 1,442,304 B of states.
        var step = TrainingModel.Evaluate(s_fourLayers, GpuShape(), s_run, Config(pp: 2, batch: 1, recompute: Recompute.Full));

        Assert.Equal(1_467_904, step.MemoryBytesPerGpu, Tolerance);
    }

    [Theory]
    [InlineData(4, 1, 1, true)]
    [InlineData(4, 2, 2, true)]
    [InlineData(4, 2, 4, false)]
    [InlineData(2, 2, 64, false)]
    [InlineData(4, 1, 2, false)]
    [InlineData(4, 8, 1, false)]
    [InlineData(61, 16, 2, true)]
    [InlineData(61, 16, 4, false)]
    public void ScheduleRuns_InterleaveMustGiveEveryChunkWholeLayers(int layers, int stages, int interleave, bool runs)
    {
        // Narayanan et al. 2021 §2.2.2: v chunks of L/(p·v) layers per device. 4 layers on 2 stages: 2 each, so v 2
        // runs and v 4 does not; 64 chunks on 2 layers per stage is not a schedule; no interleaving without a pipeline,
        // nor more stages than layers. DeepSeek-V3's 61 layers on 16 stages split unevenly (3 or 4 a stage): DualPipe's
        // two chunks fit, four do not.
        Assert.Equal(runs, TrainingModel.ScheduleRuns(layers, stages, interleave));
    }

    [Fact]
    public void Evaluate_InterleaveThatDoesNotDivideTheStage_DoesNotFitAndGainsNothing()
    {
        // Two layers on PP 2 are one layer a stage: interleave 2 would halve the bubble with chunks of half a layer.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(pp: 2, v: 2));

        Assert.False(step.Fits);
    }

    [Fact]
    public void Evaluate_DataParallel_ShardsOnlyTheOptimizer()
    {
        // DP 2: weights and gradients whole, 86,528 × 6 B = 519,168 B; Adam state halved, 86,528 / 2 × 12 B = 519,168 B;
        // activations of one micro-batch, 732,800 B.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(dp: 2));

        Assert.Equal(1_771_136, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_MoeExpertParallel_SplitsExpertsAndScalesActivationsToActiveExperts()
    {
        // Routed experts 4 × 6,144 = 24,576 weights split over EP 2; the other 68,352 whole: 80,640 × 6 B = 483,840 B.
        // Adam: the others over DP 2, the experts over their 2 ranks (one replica each): (34,176 + 12,288) × 12 = 557,568 B.
        // Width of 2 active + 1 shared expert: 3 × 32 = 96, 64 × (10 + 8 + 16 × 96 / 256) + 2,000 = 3,536 B × 100 × 2
        // = 707,200 B.
        var step = TrainingModel.Evaluate(s_moe, GpuShape(), s_run, Config(dp: 2, ep: 2));

        Assert.Equal(1_748_608, step.MemoryBytesPerGpu, Tolerance);
    }

    [Fact]
    public void Evaluate_PlainFfnDenseModel_UsesTheSameWidthAsGated()
    {
        // The width is the FFN's intermediate size whatever its matrix count: a plain (2-matrix) FFN of width 128 keeps
        // the same 732,800 B of activations as the gated one; only its weights differ (2 × 64 × 128 per layer less a third).
        var plain = new ModelShape(TinyDense with { GatedFfn = false });
        var gated = TrainingModel.Evaluate(s_dense, GpuShape(), s_run, Config(recompute: Recompute.None));
        var notGated = TrainingModel.Evaluate(plain, GpuShape(), s_run, Config(recompute: Recompute.None));

        // Activations are memory less states: gated 86,528 × 18 B = 1,557,504 B; plain (86,528 − 2 × 8,192) × 18 B = 1,262,592 B.
        Assert.Equal(732_800, gated.MemoryBytesPerGpu - 1_557_504, Tolerance);
        Assert.Equal(732_800, notGated.MemoryBytesPerGpu - 1_262_592, Tolerance);
    }

    [Theory]
    [InlineData(1, 0.0538368, 0.000128)]
    [InlineData(2, 0.0269184, 0.0002304)]
    public void Evaluate_Pipeline_BubbleIsStagesLessOneOverMicroBatchesTimesInterleave(int interleave, double bubble, double sends)
    {
        // Four layers (two a stage, so 2 chunks of one layer interleave), PP 2, 4 micro-batches. Per token
        // 3 × (2 × 153,856 active weights + 4 layers × 256 × 50 attended) = 1,076,736 FLOPs × 400 tokens
        // = 430,694,400; / 1e9 / 2 GPUs = 0.2153472 s; bubble (2 − 1)/(4 · v) of it.
        // Hand-offs: 100 tokens × 64 × 2 B = 12,800 B at 1e9 B/s = 1.28e-5 s, a send forward and one back for each of
        // the 4·v chunks and the p − 1 = 1 of fill and drain, on the critical path: 2 × (4v + 1) × 1.28e-5 s.
        var step = TrainingModel.Evaluate(s_fourLayers, GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e9, overlap: 1), s_run, Config(pp: 2, v: interleave));

        Assert.True(step.Fits);
        Assert.Equal(0.2153472, step.ComputeSeconds, Tolerance);
        Assert.Equal(bubble, step.BubbleSeconds, Tolerance);
        Assert.Equal(sends, step.ExposedCommunicationSeconds, Tolerance);
        Assert.Equal(0.2153472 + bubble + sends, step.StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_DualPipe_SendsHideUnderThePairedMicroBatchsCompute()
    {
        // As above with v = 2: the 2 × 2 sends of a micro-batch (5.12e-5 s) fit under one micro-batch's compute
        // (0.2153472 / 4 = 0.0538368 s), so nothing is exposed: the step is compute and bubble.
        var step = TrainingModel.Evaluate(s_fourLayers, GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e9), s_run, Config(pp: 2, v: 2, dualPipe: true));

        Assert.Equal(0, step.ExposedCommunicationSeconds);
        Assert.Equal(0.2153472 + 0.0269184, step.StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_DualPipe_ExposesWhatOutlastsOneMicroBatch()
    {
        // At 1e3 B/s a send takes 12.8 s; 2 × 2 of them per micro-batch, 51.2 s, less one micro-batch's 0.0538368 s
        // of compute, is exposed for each of the 4 micro-batches: 4 × 51.1461632 = 204.5846528 s.
        var step = TrainingModel.Evaluate(s_fourLayers, GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e3), s_run, Config(pp: 2, v: 2, dualPipe: true));

        Assert.Equal(204.5846528, step.ExposedCommunicationSeconds, 1e-6);
    }

    [Fact]
    public void Evaluate_DataParallelGradients_ExposeWhatOutlastsTheLastMicroBatch()
    {
        // DP 2, 2 micro-batches of one sequence: compute 0.1115136 s, 0.0557568 s a micro-batch, of which the
        // backward is 2/3 (0.0371712 s) and the forward 1/3 (0.0185856 s). The BF16 weights, 86,528 × 2 B = 173,056 B:
        // a reduce-scatter over 2 ranks moves 1/2 of them, 86,528 B at 1e6 B/s = 0.086528 s, and so does the
        // all-gather. The reduce-scatter hides under the last micro-batch's backward, the all-gather under the first
        // one's forward: (0.086528 − 0.0371712) + (0.086528 − 0.0185856) = 0.1172992 s exposed.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e6, overlap: 1), s_run, Config(dp: 2));

        Assert.Equal(0.1172992, step.ExposedCommunicationSeconds, Tolerance);
        Assert.Equal(0.1115136 + 0.1172992, step.StepSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_DataParallelGradients_LastBucketAndRingStepsAreExposed()
    {
        // As above with 1 ms per ring step (one step a pass on 2 ranks) and 10,000-parameter buckets: each pass
        // takes 0.086528 + 0.001 = 0.087528 s, the last bucket (20,000 B, half of it moved) 0.01 + 0.001 = 0.011 s.
        // Exposed: (0.087528 − 0.0371712) + (0.087528 − 0.0185856) + 2 × 0.011 = 0.1412992 s.
        var shape = GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e6, ringStepLatencySeconds: 1e-3, gradientBucketParams: 10_000);
        var step = TrainingModel.Evaluate(s_dense, shape, s_run, Config(dp: 2));

        Assert.Equal(0.1412992, step.ExposedCommunicationSeconds, Tolerance);
    }

    [Fact]
    public void Evaluate_DataParallelOnFastLink_GradientReductionFullyHidden()
    {
        // 86,528 B at 1e9 B/s = 8.7e-5 s a pass, well under either pass of one micro-batch: the step is the compute alone.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(flops: 1e9, scaleUpBytesPerSecond: 1e9), s_run, Config(dp: 2));

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
        // 2,290,304 B needed on one GPU.
        Assert.True(TrainingModel.Evaluate(s_dense, GpuShape(hbmBytes: 2_290_304), s_run, Config()).Fits);
        Assert.False(TrainingModel.Evaluate(s_dense, GpuShape(hbmBytes: 2_290_303), s_run, Config()).Fits);
    }

    [Fact]
    public void Evaluate_DataParallelOverNoLink_DoesNotFit()
    {
        // Two GPUs that share no link cannot reduce gradients: infinite, so not a configuration that runs.
        var step = TrainingModel.Evaluate(s_dense, GpuShape(domainGpus: 1, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 0), s_run, Config(dp: 2));

        Assert.False(step.Fits);
    }
}
