using Studio.Engine.Catalog;
using Studio.Engine.Compute;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Scenarios;
using Studio.Engine.Sites;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using Studio.Engine.Workloads;

namespace Studio.Benchmarks;

/// <summary>DeepSeek-R1 at NVFP4 on a GB200 NVL72, 8k-token prompts and 1k-token answers, over a million configurations.</summary>
public sealed record ServingWork(ModelShape Model, HardwareShape Hardware, PrecisionBytes Bytes, RequestShape Request, PrefillRun Prefill, ServingConfig[] Configs)
{
    public const int Items = 1_000_000;

    /// <summary>
    /// The default grid (108,000 configurations for this model and rack) repeated to a million: the same mix of
    /// configurations that fit and that do not as a real sweep, at the size issue 5 sets a goal for.
    /// </summary>
    public static ServingWork Create()
    {
        var model = new ModelShape(ModelCatalog.All.Single(m => m.Id == "deepseek-r1").Architecture);
        var hardware = ReferenceSystems.Gb200Nvl72.Shape(Precision.Nvfp4, Corner.Central);
        var bytes = PrecisionBytes.For(Precision.Nvfp4);
        var request = new RequestShape(8192, 1024);
        var grid = ServingSpace.Default(model, hardware).Configurations();
        var configs = new ServingConfig[Items];
        for (var i = 0; i < configs.Length; i++)
        {
            configs[i] = grid[i % grid.Length];
        }

        return new ServingWork(model, hardware, bytes, request, PrefillModel.Best(model, hardware, bytes, request.InputTokens), configs);
    }
}

/// <summary>DeepSeek-V3 training (FP8 peak, 4k-token sequences, 1,920 sequences a step) on GB200 NVL72 racks.</summary>
public sealed record TrainingWork(ModelShape Model, HardwareShape Hardware, TrainingRun Run, TrainingConfig[] Configs)
{
    /// <summary>Cluster sizes from one rack to 256 racks: the sizes a "fewest GPUs" search walks through.</summary>
    public static readonly int[] GpuCounts = [72, 144, 288, 576, 1152, 2304, 4608, 9216, 18_432];

    public const int GlobalBatch = 1920;

    /// <summary>Configurations of the training space at each cluster size, one in 64 up to 100,000 a size, in one list.</summary>
    public static TrainingWork Create()
    {
        var model = new ModelShape(ModelCatalog.All.Single(m => m.Id == "deepseek-v3").Architecture);
        var hardware = ReferenceSystems.Gb200Nvl72.Shape(Precision.Fp8, Corner.Central, training: true);
        var configs = GpuCounts.SelectMany(g => TrainingSearch.Candidates(model, hardware, 4096, g, GlobalBatch).Where((_, i) => i % 64 == 0).Take(100_000)).ToArray();
        return new TrainingWork(model, hardware, TrainingRun.MixedPrecision(4096), configs);
    }
}

/// <summary>
/// A 20 MW liquid-cooled hall in Phoenix's synthetic typical year, and N plant scenarios: the central, favourable
/// and unfavourable efficiencies (the last with cooling towers), then the same with the approach temperature stepped
/// by 0.1 K, as a sweep over plant designs would.
/// </summary>
public sealed record PlantWork(double[] AmbientC, PlantLoad Load, PlantPoint[] Points)
{
    public static PlantWork Create(int scenarios)
    {
        var year = TypicalYear.Synthesize(SiteLocations.All.Single(l => l.Id == "phoenix-az")).AmbientC.ToArray();
        var load = new PlantLoad(ItKw: 18_774, LiquidHeatKw: 18_000, PumpKw: 190, SupplyC: 45, ReturnC: 55);
        var parameters = FacilityDefaults.ParametersFor(new Site("phoenix-az", 45, 0.08, Studio.Engine.Physics.CoolantKind.PropyleneGlycol25), PowerPlan.Default);
        PlantPoint[] corners = [PlantPoint.Central(parameters), PlantPoint.Favourable(parameters), PlantPoint.Unfavourable(parameters) with { Rejection = HeatRejection.CoolingTower }];
        var points = new PlantPoint[scenarios];
        for (var i = 0; i < points.Length; i++)
        {
            var corner = corners[i % corners.Length];
            points[i] = corner with { ApproachK = corner.ApproachK + (0.1 * (i / corners.Length)) };
        }

        return new PlantWork(year, load, points);
    }
}

/// <summary>The Monte Carlo over a factory's economics: round central inputs with ±10–50% triangular ranges.</summary>
public static class EconomicsWork
{
    public const int Samples = 100_000;

    public const ulong Seed = 20_261_129;

    public static readonly EconomicsUncertainty Uncertainty = new(
        new EconomicsPoint(
            PartsCapexUsd: 100e6, FacilityUsdPerMw: 10e6, ItMw: 10, FacilityMw: 12, Gpus: 10_000, Racks: 100,
            OutputTokensPerSecondPerGpu: 1000, PrefillShare: 0.25, InputPerOutputToken: 2, Utilisation: 0.5,
            DepreciationYears: 5, CostOfCapital: 0.08, MaintenanceFraction: 0.03, ElectricityUsdPerKwh: 0.1,
            InputUsdPerMillion: 0.5, OutputUsdPerMillion: 2, PriceDeclinePerYear: 0.3, DemandGrowthPerYear: 0.2),
        new Triangular(80e6, 100e6, 130e6),
        new Triangular(8e6, 10e6, 15e6),
        new Triangular(9, 10, 11),
        new Triangular(1.05, 1.2, 1.4),
        new Triangular(500, 1000, 1500),
        new Triangular(0.3, 0.5, 0.7),
        new Triangular(4, 5, 6),
        new Triangular(0.06, 0.08, 0.12),
        new Triangular(0.02, 0.03, 0.05));
}

/// <summary>The inputs, built once per process and shared by the benchmarks and the columns.</summary>
public static class Inputs
{
    private static readonly Lazy<ServingWork> s_serving = new(ServingWork.Create);
    private static readonly Lazy<TrainingWork> s_training = new(TrainingWork.Create);
    private static readonly Dictionary<int, PlantWork> s_plants = [];

    public static ServingWork Serving => s_serving.Value;

    public static TrainingWork Training => s_training.Value;

    public static PlantWork Plant(int scenarios)
    {
        lock (s_plants)
        {
            if (!s_plants.TryGetValue(scenarios, out var work))
            {
                work = PlantWork.Create(scenarios);
                s_plants[scenarios] = work;
            }

            return work;
        }
    }
}
