using ILGPU;
using ILGPU.Runtime;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;

namespace Studio.Engine.Compute;

/// <summary>
/// The ILGPU kernels. Each is a grid-stride loop (the CPU accelerator is slow with one thread per item) around a
/// model function that the scalar path calls too: the kernels hold no arithmetic of their own.
/// </summary>
public static class Kernels
{
    /// <summary>Hour h of plant scenario s is item s × hours + h.</summary>
    public static void PlantHours(
        ArrayView1D<double, Stride1D.Dense> ambientC,
        ArrayView1D<PlantLoad, Stride1D.Dense> loads,
        ArrayView1D<PlantPoint, Stride1D.Dense> points,
        ArrayView1D<PlantHourResult, Stride1D.Dense> output,
        int hours,
        int items)
    {
        var stride = Grid.DimX * Group.DimX;
        for (var i = Grid.GlobalIndex.X; i < items; i += stride)
        {
            var scenario = i / hours;
            var hour = i - (scenario * hours);
            output[i] = CoolingPlant.Hour(loads[scenario], points[scenario], ambientC[hour]);
        }
    }

    public static void EconomicsSamples(
        ArrayView1D<EconomicsValues, Stride1D.Dense> output,
        EconomicsUncertainty uncertainty,
        ulong seed,
        int samples)
    {
        var stride = Grid.DimX * Group.DimX;
        for (var i = Grid.GlobalIndex.X; i < samples; i += stride)
        {
            output[i] = uncertainty.Evaluate(seed, i);
        }
    }

    public static void ServingOutcomes(
        ArrayView1D<ServingConfig, Stride1D.Dense> configs,
        ArrayView1D<ServingOutcome, Stride1D.Dense> output,
        ModelShape model,
        HardwareShape hardware,
        PrecisionBytes bytes,
        RequestShape request,
        PrefillRun prefill,
        int items)
    {
        // One item is a pair of neighbouring configurations (ServingSweep.Pair): twins share their decode step.
        var stride = Grid.DimX * Group.DimX;
        var pairs = ServingSweep.Pairs(items);
        for (var pair = Grid.GlobalIndex.X; pair < pairs; pair += stride)
        {
            var i = 2 * pair;
            if (i + 1 < items)
            {
                ServingSweep.Pair(model, hardware, bytes, request, prefill, configs[i], configs[i + 1], out var first, out var second);
                output[i] = first;
                output[i + 1] = second;
            }
            else
            {
                output[i] = ServingSweep.Outcome(model, hardware, bytes, request, configs[i], prefill);
            }
        }
    }

    public static void TrainingSteps(
        ArrayView1D<TrainingConfig, Stride1D.Dense> configs,
        ArrayView1D<TrainingStep, Stride1D.Dense> output,
        ModelShape model,
        HardwareShape hardware,
        TrainingRun run,
        int items)
    {
        var stride = Grid.DimX * Group.DimX;
        for (var i = Grid.GlobalIndex.X; i < items; i += stride)
        {
            output[i] = TrainingModel.Evaluate(model, hardware, run, configs[i]);
        }
    }
}
