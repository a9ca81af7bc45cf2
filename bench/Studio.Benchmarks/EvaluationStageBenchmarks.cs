using BenchmarkDotNet.Attributes;
using Studio.Engine.Catalog;
using Studio.Engine.Compute;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Server.Scenarios;

namespace Studio.Benchmarks;

/// <summary>
/// Where an evaluation's time goes: ScenarioEvaluator.Evaluate (the baseline) beside each of its stages run alone on
/// the same compute the server would use, for each template. The Ratio column reads as each stage's share of a full
/// evaluation. Inference and training run concurrently inside a full evaluation, so on two cores the stages' sum can
/// exceed the whole. The Allocated column is what each allocates per call: the server's garbage per edit.
/// </summary>
[Config(typeof(KernelJobConfig))]
[MemoryDiagnoser]
public class EvaluationStageBenchmarks
{
    private EvaluationCompute _compute = EvaluationCompute.ParallelLoops;
    private ScenarioEvaluator _evaluator = new(DesignRuleSet.Default);
    private ScenarioIntake _intake = new(new ScenarioMapper(PartCatalog.CreateDefault()), ScenarioMigrations.Builtin);
    private byte[] _json = [];
    private Scenario? _scenario;
    private DesignAnalysis? _design;
    private ThroughputSystem? _system;
    private FacilityResult? _facility;
    private ServingRate? _serving;
    private int _factoryGpus;
    private ServingCorner[] _corners = [];
    private ServingOutcome[][] _outcomes = [];

    [ParamsSource(nameof(TemplateNames))]
    public string Template { get; set; } = "";

    public static IEnumerable<string> TemplateNames() => Templates.Names();

    [GlobalSetup]
    public void Setup()
    {
        // What the server's Compute:Device=Auto picks: CUDA when there is a GPU, parallel loops (no host) otherwise.
        _compute = new EvaluationCompute(Devices.Gpu, ComputeOptions.Default);
        _evaluator = new ScenarioEvaluator(DesignRuleSet.Default, _compute);
        _intake = new ScenarioIntake(new ScenarioMapper(PartCatalog.CreateDefault()), ScenarioMigrations.Builtin);
        _json = Templates.Read(Template);
        _scenario = Read();
        _design = DesignAnalysis.Of(_scenario);
        _system = _scenario.Workload.CustomSystem ?? DesignSystem.From(_design)
            ?? throw new InvalidOperationException($"{Template} has no GPUs: nothing to profile.");

        _factoryGpus = ThroughputAnalysis.FactoryGpus(_design, _system);
        _facility = FacilityAnalysis.Run(_design, _compute);

        // The rate the economics price, as the evaluator reads it: without it the Monte Carlo's revenue is zero, no
        // sample pays back, and every sample runs the payback loop to its horizon, which would overstate the stage.
        _serving = ScenarioEvaluator.ServingRateOf(InferenceAnalysis.Run(_system, _scenario.Workload, _compute));

        // The inputs InferenceAnalysis builds for its three sweeps (central, pessimistic, optimistic corners).
        var workload = _scenario.Workload;
        var model = new ModelShape(workload.Model.Architecture);
        var bytes = PrecisionBytes.For(workload.Precision);
        var request = new RequestShape(workload.InputTokens, workload.OutputTokens);
        _corners = [.. new[] { Corner.Central, Corner.Pessimistic, Corner.Optimistic }.Select(corner =>
        {
            var hardware = _system.Shape(workload.Precision, corner);
            return new ServingCorner(model, hardware, bytes, request, PrefillModel.Best(model, hardware, bytes, request.InputTokens),
                ServingSpace.Default(model, hardware).Configurations());
        })];
        _outcomes = [.. _corners.Select(c => _compute.Serve(c.Model, c.Hardware, c.Bytes, c.Request, c.Prefill, c.Configs))];
    }

    [Benchmark(Baseline = true)]
    public Report Evaluate() => _evaluator.Evaluate(_scenario!);

    /// <summary>JSON to a mapped scenario: the server's intake without HTTP.</summary>
    [Benchmark]
    public Scenario Intake() => Read();

    [Benchmark]
    public DesignAnalysis Design() => DesignAnalysis.Of(_scenario!);

    /// <summary>The serving sweeps: three corners × the default grid, their frontiers and metrics.</summary>
    [Benchmark]
    public ThroughputReport Inference() => InferenceAnalysis.Run(_system!, _scenario!.Workload, _compute);

    /// <summary>
    /// Inside <see cref="Inference"/>: only the three sweeps' configurations through the serving model on the
    /// evaluation's compute, without building the grids, the frontiers or the metrics (into new arrays, where the
    /// sweep itself fills pooled ones).
    /// </summary>
    [Benchmark]
    public int ServingKernels()
    {
        var fitting = 0;
        foreach (var c in _corners)
        {
            fitting += _compute.Serve(c.Model, c.Hardware, c.Bytes, c.Request, c.Prefill, c.Configs).Count(o => o.Fits);
        }

        return fitting;
    }

    /// <summary>Inside <see cref="Inference"/>: only building the three corners' default grids of configurations (into new arrays).</summary>
    [Benchmark]
    public int ServingGrids()
    {
        var count = 0;
        foreach (var c in _corners)
        {
            count += ServingSpace.Default(c.Model, c.Hardware).Configurations().Length;
        }

        return count;
    }

    /// <summary>Inside <see cref="Inference"/>: only the three Pareto frontiers, read off the sweeps' outcomes in place.</summary>
    [Benchmark]
    public int ServingFrontiers()
    {
        var count = 0;
        foreach (var outcomes in _outcomes)
        {
            count += ServingFrontier.Of(outcomes).Count;
        }

        return count;
    }

    /// <summary>The training search at the factory's size and the walk over cluster sizes for the fewest GPUs.</summary>
    [Benchmark]
    public ThroughputReport Training() => TrainingAnalysis.Run(_system!, _scenario!.Workload.TrainingOrDefault, _factoryGpus);

    /// <summary>Power and the plant's year (three plant scenarios × 8,760 hours).</summary>
    [Benchmark]
    public FacilityResult? Facility() => FacilityAnalysis.Run(_design!, _compute);

    /// <summary>The economics with their Monte Carlo (100,000 samples), percentiles and metrics.</summary>
    [Benchmark]
    public EconomicsResult? Economics() => EconomicsAnalysis.Run(_design!, _facility, _serving, buildOut: null, _compute);

    /// <summary>Inside <see cref="Economics"/>: only the Monte Carlo's 100,000 samples on the evaluation's compute.</summary>
    [Benchmark]
    public EconomicsValues[] MonteCarlo() => _compute.EconomicsSamples(EconomicsWork.Uncertainty);

    private Scenario Read() => _intake.Check(_json).Accepted?.Scenario
        ?? throw new InvalidOperationException($"{Template} is not a valid scenario.");
}

/// <summary>One of the serving sweep's corners: its shapes, prefill and configurations.</summary>
internal sealed record ServingCorner(ModelShape Model, HardwareShape Hardware, PrecisionBytes Bytes, RequestShape Request, PrefillRun Prefill, ServingConfig[] Configs);
