using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Throughput.Hardware;

namespace Studio.Engine.Throughput;

/// <summary>Serving and training throughput of a design, on its own hardware or on the custom system the workload names.</summary>
public static class ThroughputAnalysis
{
    public static ThroughputReport Run(DesignAnalysis design, IThroughputBatch? batch = null)
    {
        var workload = design.Scenario.Workload;
        var system = workload.CustomSystem ?? DesignSystem.From(design);
        if (system is null)
        {
            return NoGpus();
        }

        var inference = Task.Run(() => InferenceAnalysis.Run(system, workload, batch));
        if (design.Factory.ComputeRackCount == 0)
        {
            // Training runs on the factory's GPUs: with none laid out there is no cluster to size, and the no-load finding
            // (which names the metrics withheld for it) says why. Serving is per GPU and stands without a factory.
            return inference.Result.Concat(new ThroughputReport(TrainingAnalysis.WithheldMetrics(FacilityMetrics.NoLoad), [], []));
        }

        var factoryGpus = FactoryGpus(design, system);
        var training = Task.Run(() => TrainingAnalysis.Run(system, workload.TrainingOrDefault, factoryGpus));
        return inference.Result.Concat(training.Result);
    }

    /// <summary>
    /// The GPUs training runs on: the factory's GPUs of the design modelled (its workhorse rack design, as laid out in
    /// the rows), or the custom system's domain per factory rack; at least one and at most
    /// <see cref="TrainingAnalysis.MaxGpus"/>.
    /// </summary>
    public static int FactoryGpus(DesignAnalysis design, ThroughputSystem system)
    {
        var factory = design.Factory;
        double gpus = design.Scenario.Workload.CustomSystem is null
            ? DesignSystem.Workhorse(design) is { } rack ? factory.GpusOf(rack.Rack.Id) : 0
            : (double)factory.ComputeRackCount * system.ScaleUpDomainGpus;
        return (int)Math.Clamp(Math.Round(gpus), 1, TrainingAnalysis.MaxGpus);
    }

    private static ThroughputReport NoGpus()
    {
        const string Code = "throughput.noGpus";
        // The finding names the metrics it withholds, read off them: a throughput metric added there is named too.
        IReadOnlyList<Metric> withheld = [.. InferenceAnalysis.WithheldMetrics(Code), .. TrainingAnalysis.WithheldMetrics(Code)];
        var diagnostic = new Diagnostic(Code, Severity.Info, "The design holds no GPUs, so there is no serving or training throughput to show.",
            "Drag compute trays onto a rack, or describe a custom system in the workload.", [], [.. withheld.Select(m => m.Id)]);
        return new ThroughputReport(withheld, [], [diagnostic]);
    }
}
