using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Training;

/// <summary>The layouts the training search tries, and that it keeps the fastest one that fits.</summary>
public sealed class TrainingSearchTests
{
    private static readonly ModelShape s_moe = new(TinyMoe);
    private static readonly TrainingRun s_run = TrainingRun.MixedPrecision(100);

    [Fact]
    public void Candidates_SixteenGpusInDomainsOfFour_RespectEveryLayoutRule()
    {
        var h = GpuShape(domainGpus: 4);

        var candidates = TrainingSearch.Candidates(s_moe, h, 16, 64).ToList();

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c =>
        {
            // Tensor parallelism inside a domain and within the heads; the cluster at most full, at least 85% used.
            Assert.InRange(c.TensorParallel, 1, 4);
            Assert.Equal(c.TensorParallel * c.PipelineStages * c.DataParallel, c.Gpus);
            Assert.InRange(c.Gpus, 0.85 * 16, 16);
            // The batch moves by at most a tenth to make whole micro-batches per replica.
            Assert.InRange(c.GlobalBatch, 64 * (1 - TrainingSearch.BatchTolerance), 64 * (1 + TrainingSearch.BatchTolerance));
            Assert.Equal(0, c.GlobalBatch % (c.DataParallel * c.MicroBatch));
            // Experts over a power of two dividing the tensor × data ranks, no more than there are experts.
            Assert.Equal(0, c.TensorParallel * c.DataParallel % c.ExpertParallel);
            Assert.InRange(c.ExpertParallel, 1, 4);
            Assert.True(c.Interleave == 1 || (c.PipelineStages > 1 && 2 / c.PipelineStages >= c.Interleave));
            Assert.Equal(c.TensorParallel > 1, c.SequenceParallel);
        });
    }

    [Fact]
    public void Best_AmongFittingCandidates_IsTheMostTokensPerSecond()
    {
        var h = GpuShape(flops: 1e12, hbmBytes: 1_400_000, domainGpus: 4, scaleUpBytesPerSecond: 1e8, scaleOutBytesPerSecond: 1e7, layerOverheadSeconds: 1e-5);

        var best = TrainingSearch.Best(s_moe, h, s_run, 16, 64)!;
        var steps = TrainingSearch.Candidates(s_moe, h, 16, 64).Select(c => TrainingModel.Evaluate(s_moe, h, s_run, c)).ToList();

        Assert.Equal(steps.Count, best.Evaluated);
        Assert.Equal(steps.Count(s => s.Fits), best.Fitting);
        // Some layouts do not fit in 1.4 MB (one GPU needs 92,928 × 18 B = 1.67 MB of states alone), so the choice is real.
        Assert.True(best.Fitting < best.Evaluated);
        Assert.Equal(steps.Where(s => s.Fits).Max(s => TrainingSearch.Throughput(s)), TrainingSearch.Throughput(best.Step));
    }

    [Fact]
    public void Best_NothingFits_ReturnsNull()
    {
        Assert.Null(TrainingSearch.Best(s_moe, GpuShape(hbmBytes: 1000), s_run, 16, 64));
    }

    [Fact]
    public void ClusterSizes_DomainOfEight_PowersOfTwoThenWholeDomainsGrowingAQuarter()
    {
        // 1, 2, 4 below a domain; then 1, 2, 3, 4, 5, 6, 8, 10, 12, 15 domains: each max(n + 1, round(1.25·n)).
        Assert.Equal([1, 2, 4, 8, 16, 24, 32, 40, 48, 64, 80, 96, 120], TrainingAnalysis.ClusterSizes(8).Take(13));
        Assert.True(TrainingAnalysis.ClusterSizes(8).Last() <= TrainingAnalysis.MaxGpus);
    }
}
