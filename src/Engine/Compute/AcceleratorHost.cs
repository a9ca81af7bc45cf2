using ILGPU;
using ILGPU.Runtime;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;

namespace Studio.Engine.Compute;

/// <summary>Where the heavy work runs, for the health endpoint and the logs.</summary>
/// <param name="Kind">"Cuda" or "CPU".</param>
public sealed record AcceleratorInfo(string Kind, string Name, int Multiprocessors, int MaxThreadsPerGroup, long MemoryBytes);

/// <summary>
/// The one place that chooses the device (CUDA when the server has an NVIDIA GPU, the CPU accelerator otherwise),
/// loads and caches the kernels, and warms them at start-up. The engine's registration logs which device it uses. Launches are serialised: an accelerator's default
/// stream is not safe to drive from two threads, and a launch is short next to an evaluation's other work.
/// </summary>
public sealed class AcceleratorHost : IDisposable
{
    private readonly Context _context;
    private readonly Accelerator _accelerator;
    private readonly Lock _gate = new();
    private readonly Lazy<Action<KernelConfig, ArrayView1D<double, Stride1D.Dense>, ArrayView1D<PlantLoad, Stride1D.Dense>, ArrayView1D<PlantPoint, Stride1D.Dense>, ArrayView1D<PlantHourResult, Stride1D.Dense>, int, int>> _plantHours;
    private readonly Lazy<Action<KernelConfig, ArrayView1D<EconomicsValues, Stride1D.Dense>, EconomicsUncertainty, ulong, int>> _economics;
    private readonly Lazy<Action<KernelConfig, ArrayView1D<ServingConfig, Stride1D.Dense>, ArrayView1D<ServingOutcome, Stride1D.Dense>, ModelShape, HardwareShape, PrecisionBytes, RequestShape, PrefillRun, int>> _serving;
    private readonly Lazy<Action<KernelConfig, ArrayView1D<TrainingConfig, Stride1D.Dense>, ArrayView1D<TrainingStep, Stride1D.Dense>, ModelShape, HardwareShape, TrainingRun, int>> _training;

    public AcceleratorHost(bool preferCpu = false)
    {
        _context = Context.Create(builder => builder.Default());
        _accelerator = _context.GetPreferredDevice(preferCpu).CreateAccelerator(_context);
        Info = new AcceleratorInfo(
            _accelerator.AcceleratorType == AcceleratorType.Cuda ? "Cuda" : _accelerator.AcceleratorType.ToString(),
            _accelerator.Name, _accelerator.NumMultiprocessors, _accelerator.MaxNumThreadsPerGroup, _accelerator.MemorySize);
        _plantHours = new(() => _accelerator.LoadStreamKernel<ArrayView1D<double, Stride1D.Dense>, ArrayView1D<PlantLoad, Stride1D.Dense>,
            ArrayView1D<PlantPoint, Stride1D.Dense>, ArrayView1D<PlantHourResult, Stride1D.Dense>, int, int>(Kernels.PlantHours));
        _economics = new(() => _accelerator.LoadStreamKernel<ArrayView1D<EconomicsValues, Stride1D.Dense>, EconomicsUncertainty, ulong, int>(Kernels.EconomicsSamples));
        _serving = new(() => _accelerator.LoadStreamKernel<ArrayView1D<ServingConfig, Stride1D.Dense>, ArrayView1D<ServingOutcome, Stride1D.Dense>,
            ModelShape, HardwareShape, PrecisionBytes, RequestShape, PrefillRun, int>(Kernels.ServingOutcomes));
        _training = new(() => _accelerator.LoadStreamKernel<ArrayView1D<TrainingConfig, Stride1D.Dense>, ArrayView1D<TrainingStep, Stride1D.Dense>,
            ModelShape, HardwareShape, TrainingRun, int>(Kernels.TrainingSteps));
    }

    private static readonly Lazy<AcceleratorHost> s_sharedPreferred = new(() => new AcceleratorHost(preferCpu: false));
    private static readonly Lazy<AcceleratorHost> s_sharedCpu = new(() => new AcceleratorHost(preferCpu: true));

    public AcceleratorInfo Info { get; }

    /// <summary>
    /// The process's accelerator, created once and never disposed before the process ends. A device is a
    /// process-wide resource, and ILGPU's CPU accelerator can crash the process when disposed while its worker
    /// threads wind down (seen as an ObjectDisposedException on a worker thread), so hosts that come and go (test
    /// servers) share this one rather than each creating and disposing their own.
    /// </summary>
    public static AcceleratorHost Shared(bool preferCpu) => preferCpu ? s_sharedCpu.Value : s_sharedPreferred.Value;

    public bool IsGpu => _accelerator.AcceleratorType == AcceleratorType.Cuda;

    /// <summary>Loads every kernel and runs each once on a tiny input, so the first evaluation does not pay for it.</summary>
    public void Warm()
    {
        _ = EconomicsSamples(default, 16, seed: 1);
        _ = PlantHours([20.0], [new PlantLoad(1, 1, 0, 45, 55)], [default]);
        _ = ServingOutcomes(default, default, default, default, default, [default]);
        _ = TrainingSteps(default, default, default, [new TrainingConfig(1, 1, 1, 1, 1, 1, 1, 1, false, Recompute.None)]);
    }

    public ServingOutcome[] ServingOutcomes(
        in ModelShape model, in HardwareShape hardware, in PrecisionBytes bytes, in RequestShape request, in PrefillRun prefill, ServingConfig[] configs)
    {
        var output = new ServingOutcome[configs.Length];
        ServingOutcomes(model, hardware, bytes, request, prefill, configs, output);
        return output;
    }

    /// <summary>Configuration i's outcome to output[i]; <paramref name="output"/> is at least as long as <paramref name="configs"/>.</summary>
    public void ServingOutcomes(
        in ModelShape model, in HardwareShape hardware, in PrecisionBytes bytes, in RequestShape request, in PrefillRun prefill,
        ReadOnlySpan<ServingConfig> configs, Span<ServingOutcome> output)
    {
        if (configs.IsEmpty)
        {
            return;
        }

        lock (_gate)
        {
            using var input = _accelerator.Allocate1D<ServingConfig>(configs.Length);
            using var results = _accelerator.Allocate1D<ServingOutcome>(configs.Length);
            input.View.CopyFromCPU(_accelerator.DefaultStream, configs);
            _serving.Value(Config(ServingSweep.Pairs(configs.Length)), input.View, results.View, model, hardware, bytes, request, prefill, configs.Length);
            _accelerator.Synchronize();
            results.View.CopyToCPU(_accelerator.DefaultStream, output[..configs.Length]);
            _accelerator.Synchronize();
        }
    }

    public TrainingStep[] TrainingSteps(in ModelShape model, in HardwareShape hardware, in TrainingRun run, TrainingConfig[] configs)
    {
        if (configs.Length == 0)
        {
            return [];
        }

        lock (_gate)
        {
            using var input = _accelerator.Allocate1D(configs);
            using var output = _accelerator.Allocate1D<TrainingStep>(configs.Length);
            _training.Value(Config(configs.Length), input.View, output.View, model, hardware, run, configs.Length);
            _accelerator.Synchronize();
            return output.GetAsArray1D();
        }
    }

    /// <summary>Every hour of every plant scenario: results[s][h].</summary>
    public PlantHourResult[][] PlantHours(double[] ambientC, PlantLoad[] loads, PlantPoint[] points)
    {
        var items = ambientC.Length * loads.Length;
        lock (_gate)
        {
            using var ambient = _accelerator.Allocate1D(ambientC);
            using var loadBuffer = _accelerator.Allocate1D(loads);
            using var pointBuffer = _accelerator.Allocate1D(points);
            using var output = _accelerator.Allocate1D<PlantHourResult>(items);
            _plantHours.Value(Config(items), ambient.View, loadBuffer.View, pointBuffer.View, output.View, ambientC.Length, items);
            _accelerator.Synchronize();
            var flat = output.GetAsArray1D();
            return [.. Enumerable.Range(0, loads.Length).Select(s => flat.AsSpan(s * ambientC.Length, ambientC.Length).ToArray())];
        }
    }

    public EconomicsValues[] EconomicsSamples(in EconomicsUncertainty uncertainty, int samples, ulong seed)
    {
        var output = new EconomicsValues[samples];
        EconomicsSamples(uncertainty, seed, output);
        return output;
    }

    /// <summary>Sample i of the Monte Carlo to output[i], for every i of <paramref name="output"/>.</summary>
    public void EconomicsSamples(in EconomicsUncertainty uncertainty, ulong seed, Span<EconomicsValues> output)
    {
        if (output.IsEmpty)
        {
            return;
        }

        lock (_gate)
        {
            using var results = _accelerator.Allocate1D<EconomicsValues>(output.Length);
            _economics.Value(Config(output.Length), results.View, uncertainty, seed, output.Length);
            _accelerator.Synchronize();
            results.View.CopyToCPU(_accelerator.DefaultStream, output);
            _accelerator.Synchronize();
        }
    }

    /// <summary>Enough groups to fill the device, each as wide as it allows; the grid-stride loop covers the rest.</summary>
    private KernelConfig Config(int items)
    {
        var groupSize = Math.Min(_accelerator.MaxNumThreadsPerGroup, 256);
        var groups = Math.Max(1, Math.Min((items + groupSize - 1) / groupSize, _accelerator.NumMultiprocessors * (IsGpu ? 32 : 4)));
        return new KernelConfig(groups, groupSize);
    }

    public void Dispose()
    {
        // Never while a launch is in flight.
        lock (_gate)
        {
            _accelerator.Dispose();
            _context.Dispose();
        }
    }
}
