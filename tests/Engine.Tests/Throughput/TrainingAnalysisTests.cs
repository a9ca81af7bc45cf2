using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput;

/// <summary>
/// The training metrics: a pinned configuration evaluated exactly, the fewest GPUs for a deadline, and findings for
/// what cannot be trained or not in time, or not at the precision asked for.
/// </summary>
public sealed class TrainingAnalysisTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    /// <summary>GPT-3 175B's published run (X10): 300B tokens of 2,048-token sequences, batches of 1,536, BF16.</summary>
    private static readonly TrainingWorkload s_gpt3 = new(Spec("gpt3-175b"), 300e9, 34, 2048, 1536, Precision.Bf16);

    private static Metric MetricOf(ThroughputReport report, string id) => report.Metrics.Single(m => m.Id == id);

    [Fact]
    public void Run_PinnedConfiguration_ReportsExactlyThatConfigurationsStep()
    {
        // Megatron-LM's GPT-3 layout (X10): TP 8 × PP 8 × DP 16 on 1,024 A100, full recomputation.
        var pinned = new TrainingConfig(1024, 8, 8, 16, 1, 1, 1, 1536, false, Recompute.Full);
        var system = ReferenceSystems.A100;

        var report = TrainingAnalysis.Run(system, s_gpt3 with { Pinned = pinned }, availableGpus: 1024);

        var expected = TrainingModel.Evaluate(new ModelShape(s_gpt3.Model.Architecture), system.Shape(Precision.Bf16, Corner.Central, training: true),
            TrainingRun.MixedPrecision(2048), pinned);
        Assert.Equal(expected.StepSeconds, MetricOf(report, MetricIds.TrainingStepSeconds).Value);
        // MFU = model FLOPs / (GPUs × 312 TFLOP/s BF16 peak (X14) × step), in percent.
        Assert.Equal(expected.ModelFlopsPerStep / (1024 * 0.312e15 * expected.StepSeconds) * 100, MetricOf(report, MetricIds.TrainingMfu).Value!.Value, Tolerance);
        // Days = tokens / (tokens per step / step time) / 86,400 s.
        Assert.Equal(300e9 / (1536 * 2048 / expected.StepSeconds) / 86_400, MetricOf(report, MetricIds.TrainingTimeToTrainDays).Value!.Value, Tolerance);
        Assert.Contains("as pinned", MetricOf(report, MetricIds.TrainingMfu).Evidence.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PinnedGpusNotTheProductOfParallelSizes_ErrorNamesTheMismatch()
    {
        var pinned = new TrainingConfig(1000, 8, 8, 16, 1, 1, 1, 1536, false, Recompute.Full);

        var report = TrainingAnalysis.Run(ReferenceSystems.A100, s_gpt3 with { Pinned = pinned }, availableGpus: 1024);

        var finding = Assert.Single(report.Diagnostics, d => d.Code == "training.pinnedInvalid");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("1000 GPUs ≠ tensor 8 × pipeline 8 × data 16", finding.Message, StringComparison.Ordinal);
        Assert.Null(MetricOf(report, MetricIds.TrainingStepSeconds).Band);
    }

    [Fact]
    public void Run_PinnedConfigurationTooBigForHbm_ErrorGivesTheBytesNeeded()
    {
        // GPT-3 on 8 A100 without recomputation: 175B weights × 18 B / 8 ≈ 393 GB per GPU, against 80 GB.
        var pinned = new TrainingConfig(8, 8, 1, 1, 1, 1, 1, 1536, false, Recompute.None);

        var report = TrainingAnalysis.Run(ReferenceSystems.A100, s_gpt3 with { Pinned = pinned }, availableGpus: 8);

        var finding = Assert.Single(report.Diagnostics, d => d.Code == "training.pinnedDoesNotFit");
        // The figure the fit test compares with: 80 GB of A100 HBM less the 10% HBM reserve (AchievableFractions).
        var usable = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true).UsableHbmBytes;
        Assert.Equal(72e9, usable, 1e-3);
        Assert.Contains("72 GB usable (80 GB less the 10% HBM reserve", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    // GPT-3: 96 layers, 96 heads; A100 NVLink domains of 8. Each layout is impossible for the reason given.
    // 48 stages of 2 layers cannot run 64 chunks each: that would remove the bubble for nothing.
    [InlineData(1536, 8, 48, 4, 64, "Interleave 64 does not divide the 2 layers of each of the 48 pipeline stages")]
    // Interleaving splits stages; one stage has nothing to interleave with.
    [InlineData(128, 8, 1, 16, 2, "Interleave 2 without a pipeline")]
    // Tensor-parallel collectives sit between every layer's matmuls: never across the NICs.
    [InlineData(2048, 16, 8, 16, 1, "Tensor parallelism 16 spans more than the 8-GPU NVLink domain")]
    // Each tensor rank computes whole heads: 96 heads do not split 5 ways.
    [InlineData(640, 5, 8, 16, 1, "Tensor parallelism 5 does not divide the 96 attention heads")]
    public void Run_PinnedLayoutThatCannotRun_IsAFindingWithTheReason(int gpus, int tp, int pp, int dp, int interleave, string reason)
    {
        var pinned = new TrainingConfig(gpus, tp, pp, dp, 1, interleave, 1, 1536, false, Recompute.Full);

        var report = TrainingAnalysis.Run(ReferenceSystems.A100, s_gpt3 with { Pinned = pinned }, availableGpus: gpus);

        var finding = Assert.Single(report.Diagnostics, d => d.Code == "training.pinnedInvalid");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
        Assert.Null(MetricOf(report, MetricIds.TrainingStepSeconds).Band);
    }

    [Fact]
    public void Run_PinnedInterleaveThatDividesTheStages_IsAccepted()
    {
        // 96 layers on 8 stages are 12 a stage: 4 chunks of 3 layers each run (Narayanan et al. 2021, §2.2.2).
        var pinned = new TrainingConfig(1024, 8, 8, 16, 1, 4, 1, 1536, false, Recompute.Full);

        var report = TrainingAnalysis.Run(ReferenceSystems.A100, s_gpt3 with { Pinned = pinned }, availableGpus: 1024);

        Assert.DoesNotContain(report.Diagnostics, d => d.Code is "training.pinnedInvalid" or "training.pinnedDoesNotFit");
        Assert.NotNull(MetricOf(report, MetricIds.TrainingStepSeconds).Band);
    }

    [Fact]
    public void FewestGpus_MoreDays_NeverNeedsMoreGpus()
    {
        var model = new ModelShape(s_gpt3.Model.Architecture);
        var shape = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true);

        var gpus = new[] { 20.0, 40, 80 }.Select(days => TrainingAnalysis.FewestGpus(model, shape, s_gpt3 with { TargetDays = days }, 8)).ToList();

        Assert.All(gpus, g => Assert.NotNull(g));
        Assert.True(gpus[0] >= gpus[1] && gpus[1] >= gpus[2], string.Join(", ", gpus));
        // Megatron-LM took 34 days on 1,024 A100 (X10); 40 days takes fewer, 20 days more.
        Assert.InRange(gpus[1]!.Value, 256, 1024);
        Assert.InRange(gpus[0]!.Value, 1024, 4096);
    }

    [Fact]
    public void FewestGpus_Answer_FinishesInTimeWhereTheNextSmallerClusterDoesNot()
    {
        var model = new ModelShape(s_gpt3.Model.Architecture);
        var shape = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true);
        var run = TrainingRun.MixedPrecision(2048);
        double Days(int gpus) => TrainingSearch.Best(model, shape, run, gpus, 1536) is { } c ? 300e9 / TrainingSearch.Throughput(c.Step) / 86_400 : double.PositiveInfinity;

        var fewest = TrainingAnalysis.FewestGpus(model, shape, s_gpt3 with { TargetDays = 40 }, 8)!.Value;
        var smaller = TrainingAnalysis.ClusterSizes(8).TakeWhile(g => g < fewest).Last();

        Assert.True(Days(fewest) <= 40);
        Assert.True(Days(smaller) > 40);
    }

    [Fact]
    public void Run_TargetDaysTiny_WarnsTargetUnreachableAndKeepsTheOtherMetrics()
    {
        // A millionth of a day (0.09 s) for 300B tokens: no cluster size does it.
        var report = TrainingAnalysis.Run(ReferenceSystems.A100, s_gpt3 with { TargetDays = 1e-6 }, availableGpus: 1024);

        var finding = Assert.Single(report.Diagnostics, d => d.Code == "training.targetUnreachable");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Null(MetricOf(report, MetricIds.TrainingGpusForTargetDays).Band);
        Assert.NotNull(MetricOf(report, MetricIds.TrainingTimeToTrainDays).Band);
    }

    [Fact]
    public void Run_ModelTooBigForTheFactory_WarnsNoFitNotAnException()
    {
        // 175B parameters need ~3.1 TB of weights, gradients and Adam state: 8 A100 hold 640 GB.
        var report = TrainingAnalysis.Run(ReferenceSystems.A100, s_gpt3, availableGpus: 8);

        Assert.Single(report.Diagnostics, d => d.Code == "training.noFit");
        Assert.Null(MetricOf(report, MetricIds.TrainingMfu).Band);
    }

    [Theory]
    [InlineData(Precision.Nvfp4, Precision.Fp8)]
    [InlineData(Precision.Bf16, Precision.Fp8)]
    public void Run_PrecisionMissingAndNoBf16_FallsBackToWhatTheSystemHasAndSaysSo(Precision asked, Precision used)
    {
        // A custom system given only an FP8 peak: BF16, the usual fallback, is not there either.
        var system = CustomSystem("FP8-only GPU", new Dictionary<Precision, double> { [Precision.Fp8] = 2 });
        var training = new TrainingWorkload(Custom(TinyDense), 1e9, 30, 100, 64, asked);

        var report = TrainingAnalysis.Run(system, training, availableGpus: 8);

        var finding = Assert.Single(report.Diagnostics, d => d.Code == "training.precisionFallback");
        Assert.Contains($"modelled in {used.ToString().ToUpperInvariant()}", finding.Message, StringComparison.Ordinal);
        Assert.NotNull(MetricOf(report, MetricIds.TrainingMfu).Band);
    }

    [Fact]
    public void Run_OnlyAnNvfp4Peak_TrainsInNvfp4()
    {
        // Neither BF16 nor FP8: the last fallback, and attention runs at the weights' precision too.
        var system = CustomSystem("NVFP4-only GPU", new Dictionary<Precision, double> { [Precision.Nvfp4] = 10 });
        var training = new TrainingWorkload(Custom(TinyDense), 1e9, 30, 100, 64, Precision.Bf16);

        var report = TrainingAnalysis.Run(system, training, availableGpus: 8);

        Assert.Contains("modelled in NVFP4", Assert.Single(report.Diagnostics, d => d.Code == "training.precisionFallback").Message, StringComparison.Ordinal);
        Assert.NotNull(MetricOf(report, MetricIds.TrainingStepSeconds).Band);
    }

    [Fact]
    public void Run_NoPeakAtAll_ErrorWithholdsTrainingMetrics()
    {
        var system = CustomSystem("no peaks", new Dictionary<Precision, double>());
        var training = new TrainingWorkload(Custom(TinyDense), 1e9, 30, 100, 64, Precision.Bf16);

        var report = TrainingAnalysis.Run(system, training, availableGpus: 8);

        Assert.Equal(Severity.Error, Assert.Single(report.Diagnostics).Severity);
        Assert.All(report.Metrics, m => Assert.Null(m.Band));
    }
}
