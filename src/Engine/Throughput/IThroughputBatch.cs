using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;

namespace Studio.Engine.Throughput;

/// <summary>
/// Evaluates many serving or training configurations at once: on an accelerator, or as a parallel loop. Either way
/// each configuration goes through the same model function (<see cref="ServingSweep.Pair"/>,
/// <see cref="TrainingModel.Evaluate"/>); only where it runs differs.
/// </summary>
public interface IThroughputBatch
{
    ServingOutcome[] Serve(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in PrefillRun prefill, ServingConfig[] configs);

    TrainingStep[] Train(in ModelShape m, in HardwareShape h, in TrainingRun run, TrainingConfig[] configs);
}

/// <summary>The batch as parallel loops over the model functions: the reference the kernels are held to.</summary>
public sealed class ParallelThroughputBatch : IThroughputBatch
{
    public static ParallelThroughputBatch Instance { get; } = new();

    public ServingOutcome[] Serve(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in PrefillRun prefill, ServingConfig[] configs)
    {
        var output = new ServingOutcome[configs.Length];
        var (model, hardware, bytes, request, run) = (m, h, p, r, prefill);
        Parallel.For(0, ServingSweep.Pairs(configs.Length), pair => ServingSweep.OutcomePair(model, hardware, bytes, request, run, configs, output, pair));
        return output;
    }

    public TrainingStep[] Train(in ModelShape m, in HardwareShape h, in TrainingRun run, TrainingConfig[] configs)
    {
        var output = new TrainingStep[configs.Length];
        var (model, hardware, training) = (m, h, run);
        Parallel.For(0, configs.Length, i => output[i] = TrainingModel.Evaluate(model, hardware, training, configs[i]));
        return output;
    }
}
