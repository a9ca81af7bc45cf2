using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;

namespace Studio.Engine.Compute;

/// <summary>Where an evaluation's sweeps run.</summary>
public enum ComputeDevice
{
    /// <summary>CUDA when the server has an NVIDIA GPU; otherwise parallel loops, measured faster on a CPU than ILGPU's CPU accelerator.</summary>
    Auto,

    /// <summary>ILGPU's CPU accelerator even without a GPU (the kernels' own path; slower here, see docs/performance.md).</summary>
    CpuAccelerator,

    /// <summary>Parallel loops over the model functions, never ILGPU.</summary>
    ParallelLoops,
}

/// <summary>How much work an evaluation does: sample counts and the seed that makes a run reproducible.</summary>
public sealed record ComputeOptions
{
    public static ComputeOptions Default { get; } = new();

    /// <summary>Monte Carlo samples for the economics bands.</summary>
    public int MonteCarloSamples { get; init; } = 100_000;

    public ulong Seed { get; init; } = 20_261_129;
}

/// <summary>
/// Runs an evaluation's sweeps on the accelerator when there is one, or as a plain parallel loop over the same model
/// functions when there is not (unit tests, a host that failed to start ILGPU).
/// </summary>
public sealed class EvaluationCompute(AcceleratorHost? host, ComputeOptions options) : IThroughputBatch
{
    /// <summary>What the parallel-loop path reports as its device.</summary>
    public static AcceleratorInfo ParallelLoopsInfo { get; } =
        new("ParallelLoops", $"parallel loops on {Environment.ProcessorCount} CPU cores", Environment.ProcessorCount, 1, 0);

    /// <summary>No accelerator: every sweep as parallel loops over the model functions, with the default sample counts.</summary>
    public static EvaluationCompute ParallelLoops { get; } = new(null, ComputeOptions.Default);

    public ComputeOptions Options => options;

    /// <summary>The device the sweeps run on: an accelerator, or the parallel loops.</summary>
    public AcceleratorInfo Device => host?.Info ?? ParallelLoopsInfo;

    /// <summary>Loads and runs every kernel once (start-up), so the first edit does not pay for it.</summary>
    public void Warm() => host?.Warm();

    public void Serve(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in PrefillRun prefill, ReadOnlyMemory<ServingConfig> configs, Memory<ServingOutcome> output)
    {
        if (host is null)
        {
            ParallelThroughputBatch.Instance.Serve(m, h, p, r, prefill, configs, output);
        }
        else
        {
            host.ServingOutcomes(m, h, p, r, prefill, configs.Span, output.Span);
        }
    }

    public TrainingStep[] Train(in ModelShape m, in HardwareShape h, in TrainingRun run, TrainingConfig[] configs) =>
        host?.TrainingSteps(m, h, run, configs) ?? ParallelThroughputBatch.Instance.Train(m, h, run, configs);

    /// <summary>A year of each plant scenario, hour by hour on the accelerator, summed on the host.</summary>
    public PlantYear[] PlantYears(PlantLoad load, PlantPoint[] points, IReadOnlyList<double> ambientC)
    {
        if (host is null)
        {
            return [.. points.Select(p => CoolingPlant.Simulate(load, p, ambientC))];
        }

        var hours = host.PlantHours([.. ambientC], [.. points.Select(_ => load)], points);
        return [.. points.Select((p, i) => CoolingPlant.Aggregate(load, p, ambientC, hours[i]))];
    }

    public EconomicsValues[] EconomicsSamples(in EconomicsUncertainty uncertainty)
    {
        var output = new EconomicsValues[options.MonteCarloSamples];
        EconomicsSamples(uncertainty, output);
        return output;
    }

    /// <summary>Sample i of the Monte Carlo to output[i], for every i of <paramref name="output"/>.</summary>
    public void EconomicsSamples(in EconomicsUncertainty uncertainty, Memory<EconomicsValues> output)
    {
        if (host is null)
        {
            EconomicsSamplesScalar(uncertainty, options.Seed, output, parallel: true);
        }
        else
        {
            host.EconomicsSamples(uncertainty, options.Seed, output.Span);
        }
    }

    /// <summary>The scalar reference: the same per-sample function, on one thread or as a parallel loop.</summary>
    public static EconomicsValues[] EconomicsSamplesScalar(EconomicsUncertainty uncertainty, int samples, ulong seed, bool parallel)
    {
        var output = new EconomicsValues[samples];
        EconomicsSamplesScalar(uncertainty, seed, output, parallel);
        return output;
    }

    private static void EconomicsSamplesScalar(EconomicsUncertainty uncertainty, ulong seed, Memory<EconomicsValues> output, bool parallel)
    {
        if (parallel)
        {
            // Chunks of samples per work item: one delegate call per sample would be a noticeable share of its cost.
            const int SamplesPerChunk = 1024;
            Parallel.For(0, (output.Length + SamplesPerChunk - 1) / SamplesPerChunk, chunk =>
            {
                var span = output.Span;
                for (var i = chunk * SamplesPerChunk; i < Math.Min(span.Length, (chunk + 1) * SamplesPerChunk); i++)
                {
                    span[i] = uncertainty.Evaluate(seed, i);
                }
            });
        }
        else
        {
            var span = output.Span;
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = uncertainty.Evaluate(seed, i);
            }
        }
    }
}
