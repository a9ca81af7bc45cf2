using BenchmarkDotNet.Attributes;
using Studio.Engine.Compute;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;

namespace Studio.Benchmarks;

/// <summary>
/// The serving sweep's model (ServingSweep.Pair: a configuration and its twin from one decode step) over a million configurations, four ways:
/// the scalar reference on one thread (the baseline of the Ratio column), the plain parallel loop, ILGPU's CPU
/// accelerator, and CUDA when there is a GPU. Each returns the outcomes array, as the sweep needs it.
/// </summary>
[Config(typeof(KernelJobConfig))]
public class ServingSweepBenchmarks : IWork
{
    public long Items => ServingWork.Items;

    public double FlopsPerItem => FlopCounts.ServingPerConfiguration;

    [GlobalSetup]
    public void Setup() => _ = Inputs.Serving;

    [Benchmark(Baseline = true)]
    public ServingOutcome[] Scalar()
    {
        var w = Inputs.Serving;
        var output = new ServingOutcome[w.Configs.Length];
        for (var pair = 0; pair < ServingSweep.Pairs(output.Length); pair++)
        {
            ServingSweep.OutcomePair(w.Model, w.Hardware, w.Bytes, w.Request, w.Prefill, w.Configs, output, pair);
        }

        return output;
    }

    [Benchmark]
    public ServingOutcome[] ParallelLoop()
    {
        var w = Inputs.Serving;
        return ParallelThroughputBatch.Instance.Serve(w.Model, w.Hardware, w.Bytes, w.Request, w.Prefill, w.Configs);
    }

    [Benchmark]
    public ServingOutcome[] IlgpuCpu()
    {
        var w = Inputs.Serving;
        return Devices.Cpu.ServingOutcomes(w.Model, w.Hardware, w.Bytes, w.Request, w.Prefill, w.Configs);
    }

    [Benchmark]
    public ServingOutcome[] Cuda()
    {
        var w = Inputs.Serving;
        return Devices.RequireGpu().ServingOutcomes(w.Model, w.Hardware, w.Bytes, w.Request, w.Prefill, w.Configs);
    }

    /// <summary>
    /// The whole sweep on ILGPU's CPU accelerator (the kernels' path on a CPU; the server itself runs parallel loops
    /// there): the outcomes, then the Pareto frontier of those that fit (what a sweep is for). The goal, a
    /// million configurations in under 2 s, is about this, not the model alone.
    /// </summary>
    [Benchmark]
    public int IlgpuCpuWithFrontier() => FrontierOf(IlgpuCpu());

    /// <summary>The same on CUDA: the outcomes on the GPU, the frontier on the host.</summary>
    [Benchmark]
    public int CudaWithFrontier() => FrontierOf(Cuda());

    private static int FrontierOf(ServingOutcome[] outcomes) => ServingFrontier.Of(outcomes).Count;
}

/// <summary>Every training-search candidate for DeepSeek-V3 at nine cluster sizes (TrainingModel.Evaluate), four ways.</summary>
[Config(typeof(KernelJobConfig))]
public class TrainingSearchBenchmarks : IWork
{
    public long Items => Inputs.Training.Configs.Length;

    public double FlopsPerItem => FlopCounts.TrainingPerConfiguration;

    [GlobalSetup]
    public void Setup() => _ = Inputs.Training;

    [Benchmark(Baseline = true)]
    public TrainingStep[] Scalar()
    {
        var w = Inputs.Training;
        var output = new TrainingStep[w.Configs.Length];
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = TrainingModel.Evaluate(w.Model, w.Hardware, w.Run, w.Configs[i]);
        }

        return output;
    }

    [Benchmark]
    public TrainingStep[] ParallelLoop()
    {
        var w = Inputs.Training;
        return ParallelThroughputBatch.Instance.Train(w.Model, w.Hardware, w.Run, w.Configs);
    }

    [Benchmark]
    public TrainingStep[] IlgpuCpu()
    {
        var w = Inputs.Training;
        return Devices.Cpu.TrainingSteps(w.Model, w.Hardware, w.Run, w.Configs);
    }

    [Benchmark]
    public TrainingStep[] Cuda()
    {
        var w = Inputs.Training;
        return Devices.RequireGpu().TrainingSteps(w.Model, w.Hardware, w.Run, w.Configs);
    }
}

/// <summary>
/// A year of 8,760 hours for N plant scenarios, summed into each scenario's year (what the evaluation needs), four
/// ways: CoolingPlant.Simulate per scenario on one thread; every hour in a parallel loop then the sums; and the
/// evaluation's own path (EvaluationCompute.PlantYears: the hourly kernel, then the sums) on ILGPU's CPU and on CUDA.
/// </summary>
[Config(typeof(KernelJobConfig))]
public class PlantYearBenchmarks : IWork
{
    [Params(3, 64)]
    public int Scenarios { get; set; }

    public long Items => (long)Scenarios * Inputs.Plant(Scenarios).AmbientC.Length;

    public double FlopsPerItem => FlopCounts.PlantPerHour(Inputs.Plant(Scenarios));

    [GlobalSetup]
    public void Setup() => _ = Inputs.Plant(Scenarios);

    [Benchmark(Baseline = true)]
    public PlantYear[] Scalar()
    {
        var w = Inputs.Plant(Scenarios);
        var years = new PlantYear[w.Points.Length];
        for (var s = 0; s < years.Length; s++)
        {
            years[s] = CoolingPlant.Simulate(w.Load, w.Points[s], w.AmbientC);
        }

        return years;
    }

    [Benchmark]
    public PlantYear[] ParallelLoop()
    {
        var w = Inputs.Plant(Scenarios);
        var hours = w.AmbientC.Length;
        var results = new PlantHourResult[w.Points.Length * hours];
        Parallel.For(0, results.Length, i => results[i] = CoolingPlant.Hour(w.Load, w.Points[i / hours], w.AmbientC[i % hours]));
        var years = new PlantYear[w.Points.Length];
        Parallel.For(0, years.Length, s => years[s] = CoolingPlant.Aggregate(w.Load, w.Points[s], w.AmbientC, results.AsSpan(s * hours, hours)));
        return years;
    }

    [Benchmark]
    public PlantYear[] IlgpuCpu()
    {
        var w = Inputs.Plant(Scenarios);
        return new EvaluationCompute(Devices.Cpu, ComputeOptions.Default).PlantYears(w.Load, w.Points, w.AmbientC);
    }

    [Benchmark]
    public PlantYear[] Cuda()
    {
        var w = Inputs.Plant(Scenarios);
        return new EvaluationCompute(Devices.RequireGpu(), ComputeOptions.Default).PlantYears(w.Load, w.Points, w.AmbientC);
    }
}

/// <summary>The economics Monte Carlo: 100,000 samples of EconomicsUncertainty.Evaluate, four ways.</summary>
[Config(typeof(KernelJobConfig))]
public class MonteCarloBenchmarks : IWork
{
    public long Items => EconomicsWork.Samples;

    public double FlopsPerItem => FlopCounts.EconomicsPerSample;

    [Benchmark(Baseline = true)]
    public EconomicsValues[] Scalar() =>
        EvaluationCompute.EconomicsSamplesScalar(EconomicsWork.Uncertainty, EconomicsWork.Samples, EconomicsWork.Seed, parallel: false);

    [Benchmark]
    public EconomicsValues[] ParallelLoop() =>
        EvaluationCompute.EconomicsSamplesScalar(EconomicsWork.Uncertainty, EconomicsWork.Samples, EconomicsWork.Seed, parallel: true);

    [Benchmark]
    public EconomicsValues[] IlgpuCpu() => Devices.Cpu.EconomicsSamples(EconomicsWork.Uncertainty, EconomicsWork.Samples, EconomicsWork.Seed);

    [Benchmark]
    public EconomicsValues[] Cuda() => Devices.RequireGpu().EconomicsSamples(EconomicsWork.Uncertainty, EconomicsWork.Samples, EconomicsWork.Seed);
}
