using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput;

/// <summary>
/// The throughput metrics as a report carries them, through the one entry point: finite numbers or a finding,
/// never infinity or NaN (strict JSON cannot write them), and bands that hold their value.
/// </summary>
public sealed class ThroughputAnalysisTests
{
    private static readonly ScenarioEvaluator s_evaluator = new(DesignRuleSet.Default);

    private static Scenario WithWorkload(Workload workload, int factoryRacks = 1)
    {
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.Gb200)], factoryRacks: factoryRacks);
        return scenario with { Workload = workload };
    }

    private static void AssertAllFinite(Report report)
    {
        Assert.All(report.Metrics.Where(m => m.Band is not null), m =>
        {
            var band = m.Band!.Value;
            Assert.True(double.IsFinite(band.Value) && double.IsFinite(band.Low) && double.IsFinite(band.High), $"{m.Id}: {band}");
        });
        Assert.All(report.Series.SelectMany(s => s.Points), p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y), $"{p}"));
    }

    [Theory]
    [InlineData(Generation.Gb200)]
    [InlineData(Generation.Gb300)]
    [InlineData(Generation.VeraRubin)]
    public void Evaluate_TemplateRack_EveryThroughputMetricReportedWithinItsBand(Generation generation)
    {
        // The templates (samples/*.json): one reference NVL72 rack, a factory of 100, DeepSeek-R1 at NVFP4, 8K in and
        // 1K out at 50 tokens/s per user, and the default training study (15T tokens in 90 days).
        var report = s_evaluator.Evaluate(TestDesigns.Scenario([TestDesigns.ReferenceRack(generation)], factoryRacks: 100));

        var throughput = report.Metrics.Where(m => m.Id.StartsWith("inference.", StringComparison.Ordinal) || m.Id.StartsWith("training.", StringComparison.Ordinal)).ToList();
        // Nine throughput metrics and the prompts' share of GPU time, which the economics split the cost by.
        Assert.Equal(10, throughput.Count);
        Assert.All(throughput, m =>
        {
            var band = Assert.NotNull(m.Band);
            Assert.True(band.Low <= band.Value && band.Value <= band.High, $"{m.Id}: {band}");
            Assert.True(band.Value > 0, m.Id);
        });
        AssertAllFinite(report);
    }

    [Fact]
    public void Evaluate_CustomSystemWithoutAnyLink_NoInfinityAndFindingsSayWhy()
    {
        // 80 GB GPUs joined by nothing (no NVLink bandwidth, no NICs), 100 of them in the factory. Llama 3.1 405B at
        // FP8 is 405 GB of weights: it needs at least six GPUs, which cannot exchange activations.
        var system = CustomSystem("isolated GPUs", new Dictionary<Precision, double> { [Precision.Fp8] = 1.979, [Precision.Bf16] = 0.989 },
            domainGpus: 1, scaleUpTBps: 0, scaleOutGbps: 0);
        var workload = new Workload(Spec("llama-3.1-405b"), Precision.Fp8, 1024, 1024, 20) { CustomSystem = system };

        var report = s_evaluator.Evaluate(WithWorkload(workload, factoryRacks: 100));

        AssertAllFinite(report);
        var serving = Assert.Single(report.Diagnostics, d => d.Code == "inference.noFit");
        Assert.Contains("neither NVLink bandwidth nor scale-out NICs", serving.Message, StringComparison.Ordinal);
        var training = Assert.Single(report.Diagnostics, d => d.Code == "training.noFit");
        Assert.Contains("neither NVLink bandwidth nor scale-out NICs", training.Message, StringComparison.Ordinal);
        Assert.Null(report.Find(MetricIds.InferencePeakTokensPerSecondPerGpu)!.Band);
        Assert.Null(report.Find(MetricIds.TrainingTimeToTrainDays)!.Band);
    }

    [Fact]
    public void Evaluate_RackWithoutSwitchTrays_ServesOverTheNicsWithFiniteNumbers()
    {
        // No switch trays: every GPU is its own NVLink domain with 0 TB/s, but each tray's NICs still join them.
        // DeepSeek-R1 (377 GB at NVFP4) needs several GPUs, so they talk over the NICs, slowly but finitely.
        var rack = TestDesigns.Rack(Generation.Gb200).Add("gb200.compute-tray", 18).Add("gb200.power-shelf", 8).Build();

        var report = s_evaluator.Evaluate(TestDesigns.Scenario([rack], factoryRacks: 100));

        AssertAllFinite(report);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "inference.noFit");
        Assert.True(report.Find(MetricIds.InferencePeakTokensPerSecondPerGpu)!.Value > 0);
        Assert.True(report.Find(MetricIds.TrainingTimeToTrainDays)!.Value > 0);
    }
}
