using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Hardware;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput;

/// <summary>The serving metrics: their bands, and findings instead of exceptions for what cannot be served.</summary>
public sealed class InferenceAnalysisTests
{
    private static Metric MetricOf(ThroughputReport report, string id) => report.Metrics.Single(m => m.Id == id);

    [Fact]
    public void Run_CornersPickDifferentConfigurations_TtftBandStillHoldsItsValue()
    {
        // DeepSeek-R1 at FP8 on an 8-GPU B200 node: the optimistic end's best point at the target prefills on a smaller
        // group than the central one, so its time to first token is longer. The band spans all three ends' values.
        var report = InferenceAnalysis.Run(ReferenceSystems.B200Hgx, new Workload(Spec("deepseek-r1"), Precision.Fp8, 1024, 1024, 50));

        var band = MetricOf(report, MetricIds.InferenceTtftSeconds).Band!.Value;
        Assert.InRange(band.Value, band.Low, band.High);
    }

    [Fact]
    public void Run_PessimisticEndMissesTheTarget_TtftNoteSaysWhichEndsTheBandSpans()
    {
        // 150 tokens/s per user is within DeepSeek-R1's reach on GB200 at central values (about 250), not at the
        // pessimistic end (about 105).
        var report = InferenceAnalysis.Run(ReferenceSystems.Gb200Nvl72, new Workload(Spec("deepseek-r1"), Precision.Fp8, 1024, 1024, 150));

        var ttft = MetricOf(report, MetricIds.InferenceTtftSeconds);
        Assert.Contains("the central and optimistic values only", ttft.Evidence.Note, StringComparison.Ordinal);
        Assert.DoesNotContain("open", ttft.Evidence.Note, StringComparison.Ordinal);
        Assert.InRange(ttft.Value!.Value, ttft.Band!.Value.Low, ttft.Band.Value.High);
    }

    [Fact]
    public void Run_ModelFitsNowhere_ErrorWithholdsServingMetricsAndGivesTheWeights()
    {
        // Llama 3.1 405B at BF16: 405.85B weights (ModelCatalogTests) × 2 B = 812 GB. At most TP 8 × PP 8 = 64 GPUs of
        // 10 GB serve a dense model: 640 GB, too little.
        var system = CustomSystem("10 GB GPU", new Dictionary<Precision, double> { [Precision.Bf16] = 1 }, hbmGb: 10);

        var report = InferenceAnalysis.Run(system, new Workload(Spec("llama-3.1-405b"), Precision.Bf16, 1024, 1024, 20));

        var finding = Assert.Single(report.Diagnostics);
        Assert.Equal("inference.noFit", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("812 GB of weights", finding.Message, StringComparison.Ordinal);
        Assert.Contains("up to 64 GPUs per instance", finding.Message, StringComparison.Ordinal);
        Assert.All(report.Metrics, m => Assert.Null(m.Band));
    }

    [Fact]
    public void Run_UnreachableTarget_WarnsAndWithholdsOnlyTheAtTargetMetrics()
    {
        // A million tokens per second per user: every step pays at least 36 layers × 10 µs of overhead (the optimistic
        // end), so no point passes (1 + 0.9 + 0.81) tokens / 0.36 ms ≈ 7,500 tokens/s per user.
        var report = InferenceAnalysis.Run(ReferenceSystems.B200Hgx, new Workload(Spec("gpt-oss-120b"), Precision.Nvfp4, 1024, 1024, 1e6));

        var finding = Assert.Single(report.Diagnostics);
        Assert.Equal("inference.targetUnreachable", finding.Code);
        Assert.Contains("the fastest reaches", finding.Message, StringComparison.Ordinal);
        Assert.Null(MetricOf(report, MetricIds.InferenceTokensPerSecondPerGpuAtTarget).Band);
        Assert.Null(MetricOf(report, MetricIds.InferenceTtftSeconds).Band);
        Assert.NotNull(MetricOf(report, MetricIds.InferencePeakTokensPerSecondPerGpu).Band);
        Assert.NotNull(MetricOf(report, MetricIds.InferenceMaxTokensPerSecondPerUser).Band);
    }

    [Fact]
    public void Run_GpuWithOnlyAnNvfp4Peak_ServesWithAttentionAtThatPrecision()
    {
        // Neither FP8 nor BF16 for attention's products: they run at NVFP4 rather than fail on a missing peak.
        var system = CustomSystem("NVFP4-only GPU", new Dictionary<Precision, double> { [Precision.Nvfp4] = 10 }, hbmGb: 192, hbmTBps: 8);

        var report = InferenceAnalysis.Run(system, new Workload(Spec("gpt-oss-120b"), Precision.Nvfp4, 1024, 1024, 20));

        Assert.True(MetricOf(report, MetricIds.InferencePeakTokensPerSecondPerGpu).Value > 0);
    }

    [Fact]
    public void Run_PrecisionTheGpuLacks_ErrorNotAnException()
    {
        var system = CustomSystem("BF16-only GPU", new Dictionary<Precision, double> { [Precision.Bf16] = 1 });

        var report = InferenceAnalysis.Run(system, new Workload(Spec("gpt-oss-120b"), Precision.Nvfp4, 1024, 1024, 20));

        Assert.Equal("inference.precisionUnsupported", Assert.Single(report.Diagnostics).Code);
        Assert.All(report.Metrics, m => Assert.Null(m.Band));
    }
}
