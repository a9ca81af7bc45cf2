using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Studio.Benchmarks;

/// <summary>
/// The run's configuration. Every benchmark runs in this process (the in-process toolchain): nothing is generated or
/// restored at run time, so the GPU machine, which has no internet, runs what was built and restored here, and the
/// server hosted by WebApplicationFactory finds its content where the tests find it.
/// </summary>
public static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddColumn(StatisticColumn.Median)
        .AddColumn(WorkColumn.ItemsPerSecond, WorkColumn.FlopsPerItem, WorkColumn.GigaflopsPerSecond, WorkColumn.PercentOfPeak)
        .AddFilter(new SimpleFilter(b => !KernelMethods.IsCuda(b.Descriptor.WorkloadMethod.Name) || Devices.HasCuda))
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
        .WithOptions(ConfigOptions.DisableLogFile);
}

/// <summary>
/// The kernels' job: BenchmarkDotNet's ShortRun (one launch, three warm-ups, three measured iterations), in process.
/// The machine is small and shared: a short job keeps a full run to minutes, at the price of wider error bars.
/// </summary>
public sealed class KernelJobConfig : ManualConfig
{
    public KernelJobConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
    }
}

/// <summary>
/// End-to-end latency: one request per iteration (no batching of invocations), so each measured iteration is one
/// request's latency and the Median column is the median request. Fifteen warm-up requests let the JIT's tiers
/// settle (with three, the first template measured was still running partly unoptimised code: twice the others).
/// </summary>
public sealed class LatencyJobConfig : ManualConfig
{
    public LatencyJobConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(15)
            .WithIterationCount(21)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Latency-InProcess"));
    }
}

/// <summary>
/// The kernel benchmarks' methods are named Scalar (the baseline), ParallelLoop, IlgpuCpu and Cuda; the filter and the
/// columns tell the GPU's from the rest by the name.
/// </summary>
public static class KernelMethods
{
    public const string Cuda = "Cuda";

    /// <summary>Cuda and its variants (CudaWithFrontier): skipped without a GPU, measured against the GPU's peak.</summary>
    public static bool IsCuda(string method) => method.StartsWith(Cuda, StringComparison.Ordinal);
}
