using System.Globalization;
using Studio.Engine.Compute;
using Studio.Engine.Models.Facility;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;

namespace Studio.Benchmarks;

/// <summary>
/// `--verify`: every way the benchmarks compute (parallel loop, ILGPU CPU, CUDA when present) against the scalar
/// reference on the benchmarks' own inputs, which are larger and more varied than the unit tests' (a million
/// configurations, nine training cluster sizes, 64 plant scenarios, 100,000 samples). A fast way must not be a wrong one.
/// Same tolerance as the kernel-equivalence tests: 1e-12 relative.
/// </summary>
public static class Verify
{
    private const double Relative = 1e-12;

    public static int Run()
    {
        var ways = new List<(string Name, AcceleratorHost? Host)> { ("ParallelLoop", null), ("IlgpuCpu", Devices.Cpu) };
        if (Devices.Gpu is { } gpu)
        {
            ways.Add(("Cuda", gpu));
        }

        var failures = 0;
        foreach (var (name, host) in ways)
        {
            failures += Report($"serving {name}", Serving(host));
            failures += Report($"training {name}", Training(host));
            failures += Report($"plant {name}", Plant(host));
            failures += Report($"economics {name}", Economics(host));
        }

        Console.WriteLine(failures == 0 ? "verify: every way agrees with the scalar reference." : $"verify: {failures} disagreement(s).");
        return failures == 0 ? 0 : 1;
    }

    private static int Report(string what, Mismatch result)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {result.Items:N0} items, {result.Failures:N0} outside tolerance, largest relative difference {result.Largest:0.###e0}{(result.First is null ? "" : "; first: " + result.First)}"));
        return result.Failures > 0 ? 1 : 0;
    }

    private static Mismatch Serving(AcceleratorHost? host)
    {
        var w = Inputs.Serving;
        var actual = host?.ServingOutcomes(w.Model, w.Hardware, w.Bytes, w.Request, w.Prefill, w.Configs)
            ?? ParallelThroughputBatch.Instance.Serve(w.Model, w.Hardware, w.Bytes, w.Request, w.Prefill, w.Configs);
        var check = new Mismatch(actual.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            var expected = ServingSweep.Outcome(w.Model, w.Hardware, w.Bytes, w.Request, w.Configs[i], w.Prefill);
            check.Same(i, "fits", expected.Fits, actual[i].Fits);
            check.Same(i, "config", expected.Point.Config, actual[i].Point.Config);
            check.Same(i, "bound", expected.Point.Bound, actual[i].Point.Bound);
            check.Close(i, "per user", expected.Point.TokensPerSecondPerUser, actual[i].Point.TokensPerSecondPerUser);
            check.Close(i, "per GPU", expected.Point.OutputTokensPerSecondPerGpu, actual[i].Point.OutputTokensPerSecondPerGpu);
            check.Close(i, "TTFT", expected.Point.TimeToFirstTokenSeconds, actual[i].Point.TimeToFirstTokenSeconds);
        }

        return check;
    }

    private static Mismatch Training(AcceleratorHost? host)
    {
        var w = Inputs.Training;
        var actual = host?.TrainingSteps(w.Model, w.Hardware, w.Run, w.Configs) ?? ParallelThroughputBatch.Instance.Train(w.Model, w.Hardware, w.Run, w.Configs);
        var check = new Mismatch(actual.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            var expected = TrainingModel.Evaluate(w.Model, w.Hardware, w.Run, w.Configs[i]);
            check.Same(i, "fits", expected.Fits, actual[i].Fits);
            check.Close(i, "step", expected.StepSeconds, actual[i].StepSeconds);
            check.Close(i, "memory", expected.MemoryBytesPerGpu, actual[i].MemoryBytesPerGpu);
            check.Close(i, "bubble", expected.BubbleSeconds, actual[i].BubbleSeconds);
            check.Close(i, "exposed", expected.ExposedCommunicationSeconds, actual[i].ExposedCommunicationSeconds);
            check.Close(i, "hardware FLOPs", expected.HardwareFlopsPerStep, actual[i].HardwareFlopsPerStep);
        }

        return check;
    }

    private static Mismatch Plant(AcceleratorHost? host)
    {
        var w = Inputs.Plant(64);
        var hours = w.AmbientC.Length;
        PlantHourResult[][] actual;
        if (host is null)
        {
            var flat = new PlantHourResult[w.Points.Length * hours];
            Parallel.For(0, flat.Length, i => flat[i] = CoolingPlant.Hour(w.Load, w.Points[i / hours], w.AmbientC[i % hours]));
            actual = [.. Enumerable.Range(0, w.Points.Length).Select(s => flat.AsSpan(s * hours, hours).ToArray())];
        }
        else
        {
            actual = host.PlantHours(w.AmbientC, [.. w.Points.Select(_ => w.Load)], w.Points);
        }

        var check = new Mismatch(w.Points.Length * hours);
        for (var s = 0; s < w.Points.Length; s++)
        {
            for (var h = 0; h < hours; h++)
            {
                var expected = CoolingPlant.Hour(w.Load, w.Points[s], w.AmbientC[h]);
                var item = (s * hours) + h;
                check.Close(item, "facility", expected.FacilityKw, actual[s][h].FacilityKw);
                check.Close(item, "cooling", expected.CoolingKw, actual[s][h].CoolingKw);
                check.Close(item, "trim", expected.Trim, actual[s][h].Trim);
                check.Close(item, "water", expected.WaterLitres, actual[s][h].WaterLitres);
            }
        }

        return check;
    }

    private static Mismatch Economics(AcceleratorHost? host)
    {
        var u = EconomicsWork.Uncertainty;
        var actual = host?.EconomicsSamples(u, EconomicsWork.Samples, EconomicsWork.Seed)
            ?? EvaluationCompute.EconomicsSamplesScalar(u, EconomicsWork.Samples, EconomicsWork.Seed, parallel: true);
        var expected = EvaluationCompute.EconomicsSamplesScalar(u, EconomicsWork.Samples, EconomicsWork.Seed, parallel: false);
        var check = new Mismatch(actual.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            check.Close(i, "capex", expected[i].CapexUsd, actual[i].CapexUsd);
            check.Close(i, "annual cost", expected[i].AnnualCostUsd, actual[i].AnnualCostUsd);
            check.Close(i, "cost per M output", expected[i].CostPerMillionOutputUsd, actual[i].CostPerMillionOutputUsd);
            check.Close(i, "revenue", expected[i].AnnualRevenueUsd, actual[i].AnnualRevenueUsd);
            check.Close(i, "GPUs per GW", expected[i].GpusPerGw, actual[i].GpusPerGw);
            check.Close(i, "payback", expected[i].PaybackYears, actual[i].PaybackYears);
        }

        return check;
    }

    /// <summary>Counts items outside tolerance, and keeps the largest relative difference and the first failure.</summary>
    private sealed class Mismatch(int items)
    {
        public int Items => items;

        public int Failures { get; private set; }

        public double Largest { get; private set; }

        public string? First { get; private set; }

        public void Close(int item, string field, double expected, double actual)
        {
            if (double.IsNaN(expected) || double.IsNaN(actual))
            {
                if (double.IsNaN(expected) != double.IsNaN(actual))
                {
                    Fail(item, field, expected, actual);
                }

                return;
            }

            var difference = expected == actual ? 0 : Math.Abs(expected - actual) / Math.Max(1, Math.Abs(expected));
            Largest = Math.Max(Largest, difference);
            if (difference > Relative)
            {
                Fail(item, field, expected, actual);
            }
        }

        public void Same<T>(int item, string field, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                Fail(item, field, expected, actual);
            }
        }

        private void Fail<T>(int item, string field, T expected, T actual)
        {
            Failures++;
            First ??= string.Create(CultureInfo.InvariantCulture, $"item {item} {field}: expected {expected}, got {actual}");
        }
    }
}
