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
    /// <summary>Writes configuration i's outcome to output[i]; <paramref name="output"/> is at least as long as <paramref name="configs"/>.</summary>
    void Serve(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in PrefillRun prefill, ReadOnlyMemory<ServingConfig> configs, Memory<ServingOutcome> output);

    TrainingStep[] Train(in ModelShape m, in HardwareShape h, in TrainingRun run, TrainingConfig[] configs);
}

/// <summary>The batch as parallel loops over the model functions: the reference the kernels are held to.</summary>
public sealed class ParallelThroughputBatch : IThroughputBatch
{
    public static ParallelThroughputBatch Instance { get; } = new();

    /// <summary>Pairs of configurations per work item of the loop: a delegate call and two spans per pair would cost a tenth of the work.</summary>
    private const int PairsPerChunk = 256;

    public void Serve(in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in PrefillRun prefill, ReadOnlyMemory<ServingConfig> configs, Memory<ServingOutcome> output)
    {
        var (model, hardware, bytes, request, run) = (m, h, p, r, prefill);
        var pairs = ServingSweep.Pairs(configs.Length);
        Parallel.For(0, (pairs + PairsPerChunk - 1) / PairsPerChunk, chunk =>
        {
            var (from, to) = (chunk * PairsPerChunk, Math.Min(pairs, (chunk + 1) * PairsPerChunk));
            var configSpan = configs.Span;
            var outputSpan = output.Span;
            for (var pair = from; pair < to; pair++)
            {
                ServingSweep.OutcomePair(model, hardware, bytes, request, run, configSpan, outputSpan, pair);
            }
        });
    }

    public TrainingStep[] Train(in ModelShape m, in HardwareShape h, in TrainingRun run, TrainingConfig[] configs)
    {
        var output = new TrainingStep[configs.Length];
        var (model, hardware, training) = (m, h, run);
        Parallel.For(0, configs.Length, i => output[i] = TrainingModel.Evaluate(model, hardware, training, configs[i]));
        return output;
    }
}

/// <summary>The batch for callers that want a new array (tests, tools); the evaluation fills pooled buffers instead.</summary>
public static class ThroughputBatchExtensions
{
    public static ServingOutcome[] Serve(this IThroughputBatch batch, in ModelShape m, in HardwareShape h, in PrecisionBytes p, in RequestShape r, in PrefillRun prefill, ServingConfig[] configs)
    {
        var output = new ServingOutcome[configs.Length];
        batch.Serve(m, h, p, r, prefill, configs, output);
        return output;
    }
}
