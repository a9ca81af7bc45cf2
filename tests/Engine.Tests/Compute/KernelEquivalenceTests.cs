using Studio.Engine.Catalog;
using Studio.Engine.Compute;
using Studio.Engine.Models.Facility;
using Studio.Engine.Scenarios;
using Studio.Engine.Sites;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using Studio.Engine.Workloads;

namespace Studio.Engine.Tests.Compute;

/// <summary>
/// Every kernel against its scalar reference on ILGPU's CPU accelerator (the same device CI has). The kernels call
/// the very functions the references call, so the results agree to the last bit in practice; the tolerance, 1e-12
/// relative, only allows a device that fuses multiply-adds differently.
/// </summary>
public sealed class KernelEquivalenceTests : IClassFixture<CpuAcceleratorFixture>
{
    private const double Relative = 1e-12;
    private readonly AcceleratorHost _host;

    public KernelEquivalenceTests(CpuAcceleratorFixture fixture)
    {
        _host = fixture.Host;
    }

    private static void Close(double expected, double actual)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual));
            return;
        }

        Assert.True(Math.Abs(expected - actual) <= Relative * Math.Max(1, Math.Abs(expected)), $"{expected} vs {actual}");
    }

    [Fact]
    public void PlantHours_ThreePlantsOverPhoenixsYear_MatchTheScalarHours()
    {
        var year = TypicalYear.Synthesize(SiteLocations.All.Single(l => l.Id == "phoenix-az")).AmbientC.ToArray();
        var load = new PlantLoad(ItKw: 18_774, LiquidHeatKw: 18_000, PumpKw: 190, SupplyC: 45, ReturnC: 55);
        var parameters = FacilityDefaults.ParametersFor(new Site("phoenix-az", 45, 0.08, Studio.Engine.Physics.CoolantKind.PropyleneGlycol25), PowerPlan.Default);
        PlantPoint[] points = [PlantPoint.Central(parameters), PlantPoint.Favourable(parameters), PlantPoint.Unfavourable(parameters) with { Rejection = HeatRejection.CoolingTower }];

        var hours = _host.PlantHours(year, [load, load, load], points);

        for (var p = 0; p < points.Length; p++)
        {
            Assert.Equal(8760, hours[p].Length);
            for (var h = 0; h < year.Length; h++)
            {
                var reference = CoolingPlant.Hour(load, points[p], year[h]);
                Close(reference.FacilityKw, hours[p][h].FacilityKw);
                Close(reference.CoolingKw, hours[p][h].CoolingKw);
                Close(reference.Trim, hours[p][h].Trim);
                Close(reference.WaterLitres, hours[p][h].WaterLitres);
            }
        }
    }

    [Fact]
    public void EconomicsSamples_TenThousand_MatchTheScalarReferenceSampleBySample()
    {
        var uncertainty = MonteCarloTests.Uncertainty;

        var kernel = _host.EconomicsSamples(uncertainty, 10_000, seed: 7);
        var reference = EvaluationCompute.EconomicsSamplesScalar(uncertainty, 10_000, seed: 7, parallel: false);

        for (var i = 0; i < reference.Length; i++)
        {
            Close(reference[i].CostPerMillionOutputUsd, kernel[i].CostPerMillionOutputUsd);
            Close(reference[i].AnnualRevenueUsd, kernel[i].AnnualRevenueUsd);
            Close(reference[i].CapexUsd, kernel[i].CapexUsd);
            Close(reference[i].PaybackYears, kernel[i].PaybackYears);
            Close(reference[i].GpusPerGw, kernel[i].GpusPerGw);
        }
    }

    [Fact]
    public void ServingOutcomes_DeepSeekR1OnGb200_MatchTheScalarSweepConfigurationByConfiguration()
    {
        var model = new ModelShape(ModelCatalog.All.Single(m => m.Id == "deepseek-r1").Architecture);
        var hardware = ReferenceSystems.Gb200Nvl72.Shape(Precision.Nvfp4, Corner.Central);
        var bytes = PrecisionBytes.For(Precision.Nvfp4);
        var request = new RequestShape(8192, 1024);
        var configs = ServingSpace.Default(model, hardware).Configurations();
        var prefill = PrefillModel.Best(model, hardware, bytes, request.InputTokens);

        var kernel = _host.ServingOutcomes(model, hardware, bytes, request, prefill, configs);

        // The default space is at least the 100,000 configurations issue 5 asks of a sweep.
        Assert.True(configs.Length >= 100_000, $"{configs.Length} configurations");
        Assert.Contains(kernel, o => o.Fits);
        for (var i = 0; i < configs.Length; i++)
        {
            var reference = ServingSweep.Outcome(model, hardware, bytes, request, configs[i], prefill);
            Assert.Equal(reference.Fits, kernel[i].Fits);
            Assert.Equal(reference.Point.Config, kernel[i].Point.Config);
            Close(reference.Point.TokensPerSecondPerUser, kernel[i].Point.TokensPerSecondPerUser);
            Close(reference.Point.OutputTokensPerSecondPerGpu, kernel[i].Point.OutputTokensPerSecondPerGpu);
            Close(reference.Point.TimeToFirstTokenSeconds, kernel[i].Point.TimeToFirstTokenSeconds);
            Assert.Equal(reference.Point.Bound, kernel[i].Point.Bound);
        }
    }

    [Fact]
    public void ServingOutcomes_ShuffledOddBatch_EachConfigurationAsIfAlone()
    {
        // Twins share a decode step only when they sit side by side. The batch starts with 2,000 twin pairs in grid
        // order, goes on with 6,001 configurations in a seeded shuffle (where the pairs the batch forms decode
        // differently) and ends on one without a partner. Kernel and parallel loop alike must give every
        // configuration the outcome it has alone.
        var model = new ModelShape(ModelCatalog.All.Single(m => m.Id == "deepseek-r1").Architecture);
        var hardware = ReferenceSystems.Gb200Nvl72.Shape(Precision.Nvfp4, Corner.Central);
        var bytes = PrecisionBytes.For(Precision.Nvfp4);
        var request = new RequestShape(8192, 1024);
        var prefill = PrefillModel.Best(model, hardware, bytes, request.InputTokens);
        var grid = ServingSpace.Default(model, hardware).Configurations();
        var random = new Random(3);
        var configs = grid.Take(4_000).Concat(grid.Skip(4_000).OrderBy(_ => random.Next()).Take(6_001)).ToArray();
        var pairs = Enumerable.Range(0, configs.Length / 2).Select(k => (First: configs[2 * k], Second: configs[(2 * k) + 1])).ToList();

        var kernel = _host.ServingOutcomes(model, hardware, bytes, request, prefill, configs);
        var loop = ParallelThroughputBatch.Instance.Serve(model, hardware, bytes, request, prefill, configs);

        Assert.Equal(10_001, configs.Length);
        Assert.Contains(pairs, pair => pair.First.DecodesLike(pair.Second));
        Assert.True(pairs.Count(pair => !pair.First.DecodesLike(pair.Second)) > 2_500);
        for (var i = 0; i < configs.Length; i++)
        {
            var alone = ServingSweep.Outcome(model, hardware, bytes, request, configs[i], prefill);
            Assert.Equal(alone, loop[i]);
            Assert.Equal(alone.Fits, kernel[i].Fits);
            Assert.Equal(alone.Point.Config, kernel[i].Point.Config);
            Close(alone.Point.OutputTokensPerSecondPerGpu, kernel[i].Point.OutputTokensPerSecondPerGpu);
            Close(alone.Point.TokensPerSecondPerUser, kernel[i].Point.TokensPerSecondPerUser);
        }
    }

    [Fact]
    public void TrainingSteps_DeepSeekV3On256Gpus_MatchTheScalarModelConfigurationByConfiguration()
    {
        var model = new ModelShape(ModelCatalog.All.Single(m => m.Id == "deepseek-v3").Architecture);
        var hardware = ReferenceSystems.Gb200Nvl72.Shape(Precision.Fp8, Corner.Central, training: true);
        var run = TrainingRun.MixedPrecision(4096);
        // Every 97th of the space, so that each option (context parallelism, ZeRO stages, offload, DualPipe) is in the sample.
        var configs = TrainingSearch.Candidates(model, hardware, 4096, 256, 1920).Where((_, i) => i % 97 == 0).Take(20_000).ToArray();
        Assert.Contains(configs, c => c.ContextParallel > 1);
        Assert.Contains(configs, c => c.OffloadActivations);
        Assert.Contains(configs, c => c.Sharding == Sharding.Weights);

        var kernel = _host.TrainingSteps(model, hardware, run, configs);

        Assert.NotEmpty(configs);
        for (var i = 0; i < configs.Length; i++)
        {
            var reference = TrainingModel.Evaluate(model, hardware, run, configs[i]);
            Assert.Equal(reference.Fits, kernel[i].Fits);
            Close(reference.StepSeconds, kernel[i].StepSeconds);
            Close(reference.MemoryBytesPerGpu, kernel[i].MemoryBytesPerGpu);
        }
    }

    [Fact]
    public void TrainingSteps_ConfigurationWithoutReplicas_DoesNotFitAndDoesNotThrow()
    {
        // A kernel that throws takes the whole process down on the CPU accelerator: integer division by zero must not
        // happen for any configuration, however degenerate.
        var steps = _host.TrainingSteps(default, default, default, [default, new TrainingConfig(8, 1, 1, 0, 1, 1, 0, 64, false, Recompute.None)]);

        Assert.All(steps, s => Assert.False(s.Fits));
    }

    [Fact]
    public void Info_ReportsTheDeviceTheFixtureAskedFor()
    {
        // With the GPU asked for, the host must really be on CUDA: equivalence on the CPU would prove nothing about it.
        if (CpuAcceleratorFixture.PreferGpu)
        {
            Assert.Equal("Cuda", _host.Info.Kind);
            Assert.True(_host.IsGpu);
            return;
        }

        Assert.Equal("CPU", _host.Info.Kind);
        Assert.False(_host.IsGpu);
    }
}

/// <summary>
/// The process's accelerator, never disposed early (see AcceleratorHost.Shared): creating a context and loading
/// kernels costs about a second. ILGPU's CPU accelerator unless STUDIO_TEST_PREFER_GPU=1, which bench/gpu-check.sh sets
/// to run these same tests on CUDA (CI never sets it).
/// </summary>
public sealed class CpuAcceleratorFixture
{
    public const string PreferGpuVariable = "STUDIO_TEST_PREFER_GPU";

    public static bool PreferGpu => Environment.GetEnvironmentVariable(PreferGpuVariable) == "1";

    public AcceleratorHost Host { get; } = AcceleratorHost.Shared(preferCpu: !PreferGpu);
}
