using Studio.Engine.Catalog;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using Studio.Engine.Throughput.Validation;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Training;

/// <summary>
/// The space the training searches cover, and that the live search (bounds, dominance, a budget) returns what the
/// exhaustive one does.
/// </summary>
public sealed class TrainingSearchTests
{
    private static readonly ModelShape s_moe = new(TinyMoe);
    private static readonly TrainingRun s_run = TrainingRun.MixedPrecision(100);

    /// <summary>A GPU with every term of the model switched on, small enough that memory decides between layouts.</summary>
    private static readonly HardwareShape s_tight = GpuShape(flops: 1e12, hbmBytes: 1_400_000, domainGpus: 4, scaleUpBytesPerSecond: 1e8,
        scaleOutBytesPerSecond: 1e7, layerOverheadSeconds: 1e-5, scaleUpLatencySeconds: 2e-6, scaleOutLatencySeconds: 5e-6,
        ringStepLatencySeconds: 1e-6, gradientBucketParams: 5_000, hostBytesPerSecond: 5e7, hostBytes: 1e7, layerMemoryFraction: 0.5);

    [Fact]
    public void Candidates_SixteenGpusInDomainsOfFour_RespectEveryLayoutRule()
    {
        var h = s_tight;

        var candidates = TrainingSearch.Candidates(s_moe, h, 100, 16, 64).ToList();

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c =>
        {
            // Tensor parallelism inside a domain and within the heads; the cluster at most full, at least 85% used.
            Assert.InRange(c.TensorParallel, 1, 4);
            Assert.Equal(0, 4 % c.TensorParallel);
            Assert.Equal(c.TensorParallel * c.ContextParallel * c.PipelineStages * c.DataParallel, c.Gpus);
            Assert.InRange(c.Gpus, 0.85 * 16, 16);
            // Context parallelism splits the 100-token sequence into 2c equal chunks: c = 1 or 2.
            Assert.Contains(c.ContextParallel, new[] { 1, 2 });
            // The batch moves by at most a tenth to make whole micro-batches per replica.
            Assert.InRange(c.GlobalBatch, 64 * (1 - TrainingSearch.BatchTolerance), 64 * (1 + TrainingSearch.BatchTolerance));
            Assert.Equal(0, c.GlobalBatch % (c.DataParallel * c.MicroBatch));
            // Experts over a power of two dividing the tensor × context × data ranks, no more than there are experts.
            Assert.Equal(0, c.TensorParallel * c.ContextParallel * c.DataParallel % c.ExpertParallel);
            Assert.InRange(c.ExpertParallel, 1, 4);
            Assert.True(TrainingModel.ScheduleRuns(s_moe.Layers, c.PipelineStages, c.Interleave));
            // Sequence parallelism only with tensor parallelism; ZeRO stages only with replicas to shard over.
            Assert.True(c.TensorParallel > 1 || !c.SequenceParallel);
            Assert.True(c.DataParallel * c.ContextParallel > 1 || c.Sharding == Sharding.Optimizer);
        });

        // Every option appears somewhere in the space.
        Assert.Contains(candidates, c => c.SequenceParallel);
        Assert.Contains(candidates, c => c.TensorParallel > 1 && !c.SequenceParallel);
        Assert.Contains(candidates, c => c.ContextParallel == 2);
        Assert.Contains(candidates, c => c.OffloadActivations);
        Assert.All(Enum.GetValues<Sharding>(), z => Assert.Contains(candidates, c => c.Sharding == z));
        Assert.All(Enum.GetValues<Recompute>(), r => Assert.Contains(candidates, c => c.Recompute == r));
        // No configuration twice.
        Assert.Equal(candidates.Count, candidates.Distinct().Count());
    }

    [Fact]
    public void Best_TinyMoeOnATightGpu_IsTheExhaustiveSearchsChoice()
    {
        var live = TrainingSearch.Best(s_moe, s_tight, s_run, 16, 64)!;
        var exhaustive = TrainingSearch.Exhaustive(s_moe, s_tight, s_run, 16, 64)!;
        var steps = TrainingSearch.Candidates(s_moe, s_tight, 100, 16, 64).Select(c => TrainingModel.Evaluate(s_moe, s_tight, s_run, c)).ToList();

        Assert.Equal(exhaustive.Config, live.Config);
        Assert.True(live.Exact);
        Assert.Equal(steps.Count, exhaustive.Evaluated);
        Assert.Equal(steps.Count, live.Space);
        Assert.Equal(steps.Count(s => s.Fits), exhaustive.Fitting);
        // Memory decides: some configurations do not fit in 1.4 MB, so the choice is real, and the live search times
        // fewer than the space holds.
        Assert.InRange(exhaustive.Fitting, 1, exhaustive.Evaluated - 1);
        Assert.True(live.Evaluated < exhaustive.Evaluated);
        Assert.Equal(steps.Where(s => s.Fits).Max(s => TrainingSearch.Throughput(s)), TrainingSearch.Throughput(live.Step));
    }

    /// <summary>
    /// The validation cases' own models, clusters and batches (docs/validation.md, X10 Table 1 and the GPT-3 and 1T runs),
    /// searched rather than pinned: the live search must choose what the exhaustive one does.
    /// </summary>
    [Theory]
    [InlineData("gpt3-175b", 1024, 1536)]
    [InlineData("megatron-1t", 3072, 3072)]
    public void Best_ValidationCasesOnA100_IsTheExhaustiveSearchsChoice(string modelId, int gpus, int batch)
    {
        var model = new ModelShape(Spec(modelId).Architecture);
        var shape = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true);
        var run = TrainingRun.MixedPrecision(2048) with { MaterialisedAttention = true };

        var live = TrainingSearch.Best(model, shape, run, gpus, batch, TrainingAnalysis.AtClusterBudget)!;
        var exhaustive = TrainingSearch.Exhaustive(model, shape, run, gpus, batch)!;

        Assert.True(live.Exact);
        Assert.Equal(exhaustive.Config, live.Config);
        Assert.Equal(exhaustive.Evaluated, live.Space);
    }

    [Theory]
    [InlineData(24, 2304, 24, 32, 512)]
    [InlineData(40, 6144, 48, 256, 1024)]
    [InlineData(80, 12288, 96, 1536, 2304)]
    public void Best_WeakScalingRows_IsTheExhaustiveSearchsChoice(int layers, int hidden, int heads, int gpus, int batch)
    {
        var model = new ModelShape(CalibrationCases.MegatronGpt(layers, hidden, heads));
        var shape = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true);
        var run = TrainingRun.MixedPrecision(2048) with { MaterialisedAttention = true };

        var live = TrainingSearch.Best(model, shape, run, gpus, batch, TrainingAnalysis.AtClusterBudget)!;
        var exhaustive = TrainingSearch.Exhaustive(model, shape, run, gpus, batch)!;

        Assert.True(live.Exact);
        Assert.Equal(exhaustive.Config, live.Config);
    }

    [Fact]
    public void Best_MixtureOfExpertsOnNvl72_IsTheExhaustiveSearchsChoice()
    {
        // gpt-oss-120b: 36 layers, 128 experts, on two NVL72 racks, where tensor parallelism may reach 64.
        var model = new ModelShape(Spec("gpt-oss-120b").Architecture);
        var shape = ReferenceSystems.Gb200Nvl72.Shape(Precision.Fp8, Corner.Central, training: true);
        var run = TrainingRun.MixedPrecision(4096);

        var live = TrainingSearch.Best(model, shape, run, 144, 512, TrainingAnalysis.AtClusterBudget)!;
        var exhaustive = TrainingSearch.Exhaustive(model, shape, run, 144, 512)!;

        Assert.True(live.Exact);
        Assert.Equal(exhaustive.Config, live.Config);
    }

    [Fact]
    public void Exhaustive_Gpt3On1024A100_CoversAWiderSpaceThanCalculon()
    {
        // The measurement: the studio's old search covered ~1/1,750 of Calculon's layouts at a cluster size, and
        // 648 of them where both ran; that puts Calculon's space near 1.1 million there.
        var model = new ModelShape(Spec("gpt3-175b").Architecture);
        var shape = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true);
        var layouts = TrainingSpace.Layouts(model, shape, 2048, 1024, 1536);

        var space = TrainingSpace.Count(model, shape, layouts);

        Assert.True(space > 648L * 1750, $"{space:N0} configurations");
        // Tensor parallelism to the 8-GPU domain, every depth up to the 96 layers, context parallelism to 32.
        Assert.Equal([1, 2, 3, 4, 6, 8], layouts.Select(l => l.TensorParallel).Distinct().Order());
        Assert.Equal(96, layouts.Max(l => l.PipelineStages));
        Assert.Equal(32, layouts.Max(l => l.ContextParallel));
    }

    [Fact]
    public void Layouts_Nvl72_TensorParallelReachesTheDomainWithinTheHeads()
    {
        // DeepSeek-V3's 128 heads on a 72-GPU domain: tensor parallelism 1, 2, 4, …, 64.
        var model = new ModelShape(Spec("deepseek-v3").Architecture);
        var shape = ReferenceSystems.Gb200Nvl72.Shape(Precision.Fp8, Corner.Central, training: true);

        var tensor = TrainingSpace.Layouts(model, shape, 4096, 4608, 15_360).Select(l => l.TensorParallel).Distinct().Order();

        Assert.Equal([1, 2, 4, 8, 16, 32, 64], tensor);
    }

    [Fact]
    public void Best_BudgetSpentBeforeTheBoundsClose_SaysItIsNotExact()
    {
        var model = new ModelShape(Spec("gpt3-175b").Architecture);
        var shape = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true);
        var run = TrainingRun.MixedPrecision(2048);

        var budgeted = TrainingSearch.Best(model, shape, run, 1024, 1536, evaluationBudget: 100)!;
        var full = TrainingSearch.Best(model, shape, run, 1024, 1536)!;

        Assert.False(budgeted.Exact);
        Assert.True(full.Exact);
        Assert.True(budgeted.Evaluated < full.Evaluated);
        Assert.True(TrainingSearch.Throughput(budgeted.Step) <= TrainingSearch.Throughput(full.Step));
    }

    [Fact]
    public void ThroughputBound_EveryConfigurationOfEveryLayout_StaysAtOrBelowIt()
    {
        foreach (var layout in TrainingSpace.Layouts(s_moe, s_tight, 100, 16, 64))
        {
            var bound = TrainingSearch.ThroughputBound(s_moe, s_tight, s_run, layout);
            var options = new List<TrainingConfig>();
            TrainingSpace.Options(s_moe, s_tight, layout, options);
            Assert.All(options, c => Assert.True(TrainingSearch.Throughput(TrainingModel.Evaluate(s_moe, s_tight, s_run, c)) <= bound * (1 + 1e-12), $"{c}"));
        }
    }

    [Fact]
    public void Floor_EveryConfiguration_IsAtMostItsStepAndAtMostItsVariants()
    {
        foreach (var c in TrainingSearch.Candidates(s_moe, s_tight, 100, 16, 64))
        {
            var step = TrainingModel.Evaluate(s_moe, s_tight, s_run, c);
            Assert.True(step.FloorSeconds <= step.StepSeconds * (1 + 1e-12), $"{c}");

            // The group's leader (sequence parallel, ZeRO-1, in HBM, no DualPipe) has the floor of every variant.
            var leader = c with { SequenceParallel = c.TensorParallel > 1, Sharding = Sharding.Optimizer, OffloadActivations = false, DualPipe = false };
            Assert.True(TrainingModel.Evaluate(s_moe, s_tight, s_run, leader).FloorSeconds <= step.StepSeconds * (1 + 1e-12), $"{c}");
        }
    }

    [Fact]
    public void Dominance_SequenceParallelZeroStagesAndOffload_OrderAsTheLiveSearchAssumes()
    {
        foreach (var c in TrainingSearch.Candidates(s_moe, s_tight, 100, 16, 64).Where(c => c.SequenceParallel || c.TensorParallel == 1))
        {
            double Step(TrainingConfig x) => TrainingModel.Evaluate(s_moe, s_tight, s_run, x).StepSeconds;
            double Memory(TrainingConfig x) => TrainingModel.Evaluate(s_moe, s_tight, s_run, x).MemoryBytesPerGpu;
            if (c.TensorParallel > 1)
            {
                var without = c with { SequenceParallel = false };
                Assert.True(Step(c) <= Step(without) * (1 + 1e-12) && Memory(c) <= Memory(without), $"{c}: {Step(c)} vs {Step(without)} s, {Memory(c)} vs {Memory(without)} B");
            }

            if (c.Sharding is Sharding.Optimizer or Sharding.Gradients && c.DataParallel * c.ContextParallel > 1)
            {
                // ZeRO-1 → ZeRO-2 → ZeRO-3: never faster (ZeRO-3 may keep more, its two gathered layers).
                Assert.True(Step(c) <= Step(c with { Sharding = c.Sharding + 1 }) * (1 + 1e-12), $"{c}");
            }

            if (!c.OffloadActivations)
            {
                Assert.True(Step(c) <= Step(c with { OffloadActivations = true }) * (1 + 1e-12), $"{c}");
            }
        }
    }

    [Fact]
    public void Best_TooLittleHbmForTheShardedStates_ReturnsNullWithoutSearching()
    {
        // 92,928 parameters × 18 B over 16 GPUs is 104,544 B each: 100 KB cannot hold them however they are split.
        Assert.Null(TrainingSearch.Best(s_moe, GpuShape(hbmBytes: 100_000), s_run, 16, 64));
        Assert.Null(TrainingSearch.Exhaustive(s_moe, GpuShape(hbmBytes: 100_000), s_run, 16, 64));
    }

    [Fact]
    public void ClusterSizes_DomainOfEight_PowersOfTwoThenWholeDomainsGrowingAQuarter()
    {
        // 1, 2, 4 below a domain; then 1, 2, 3, 4, 5, 6, 8, 10, 12, 15 domains: each max(n + 1, round(1.25·n)).
        Assert.Equal([1, 2, 4, 8, 16, 24, 32, 40, 48, 64, 80, 96, 120], TrainingAnalysis.ClusterSizes(8).Take(13));
        Assert.True(TrainingAnalysis.ClusterSizes(8).Last() <= TrainingAnalysis.MaxGpus);
    }
}
