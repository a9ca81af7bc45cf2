using ILGPU;
using ILGPU.Runtime;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;

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
}
