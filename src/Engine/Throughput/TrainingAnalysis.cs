using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;

namespace Studio.Engine.Throughput;

/// <summary>
/// Training for a design: the fastest configuration on the factory's GPUs (or exactly the pinned one), what it gives
/// (MFU, step time, days to train the budget), and the fewest GPUs that finish within the target days.
/// </summary>
public static class TrainingAnalysis
{
    /// <summary>The largest cluster the GPU-count search tries: past a million GPUs a budget is not a plan.</summary>
    public const int MaxGpus = 1 << 20;

    private const string MfuLabel = "Training MFU (model FLOPs / peak)";
    private const string StepLabel = "Training step time";
    private const string DaysLabel = "Days to train the token budget";
    private const string GpusLabel = "Fewest GPUs to train within the target days";
    private const double SecondsPerDay = 86_400;

    public static ThroughputReport Run(ThroughputSystem system, TrainingWorkload training, int availableGpus, IThroughputBatch? batch = null)
    {
        var diagnostics = new List<Diagnostic>();
        var precision = training.Precision;
        if (!system.Supports(precision))
        {
            // The most common training precision first, then the next the GPU has: a custom system may give only FP8.
            Precision[] fallbacks = [Precision.Bf16, Precision.Fp8, Precision.Nvfp4];
            if (!fallbacks.Any(system.Supports))
            {
                const string Code = "training.precisionUnsupported";
                var withheld = WithheldMetrics(Code);
                var blocked = Diagnostic.Error(Code, $"{system.Name} has no dense peak at any precision, so it cannot be trained on.",
                    "Give the system a BF16, FP8 or NVFP4 dense peak.", [], [.. withheld.Select(m => m.Id)]);
                return new ThroughputReport(withheld, [], [blocked]);
            }

            precision = fallbacks.First(system.Supports);
            var name = precision.ToString().ToUpperInvariant();
            diagnostics.Add(Diagnostic.Info("training.precisionFallback",
                $"{system.Name} has no {training.Precision.ToString().ToUpperInvariant()} peak; training is modelled in {name}, the first of BF16, FP8 and NVFP4 it has.",
                $"Give the system a peak for that precision, or train in {name}."));
        }

        var model = new ModelShape(training.Model.Architecture);
        var run = TrainingRun.MixedPrecision(training.SequenceLength);
        var shapes = Corners<HardwareShape>.Of(c => system.Shape(precision, c, training: true));
        var inputs = system.Inputs(precision).Append(training.Model.TotalParametersBillions).ToArray();
        var peakFlops = system.DensePflops[precision].Value * 1e15;

        var metrics = new List<Metric>();
        Corners<TrainingChoice?> atCluster = default;
        if (training.Pinned is { } pinned)
        {
            var problem = PinnedProblem(pinned, model, system);
            if (problem is not null)
            {
                diagnostics.Add(problem);
            }
            else
            {
                atCluster = shapes.Select(shape =>
                {
                    var step = TrainingModel.Evaluate(model, shape, run, pinned);
                    return step.Fits ? new TrainingChoice(pinned, step, 1, 1) : null;
                });

                if (atCluster.Central is null)
                {
                    // The same usable HBM the fit test compares with: the GPU's HBM less the HBM reserve figure.
                    var central = shapes.Central;
                    diagnostics.Add(Diagnostic.Error("training.pinnedDoesNotFit",
                        string.Create(CultureInfo.InvariantCulture,
                            $"The pinned configuration needs {TrainingModel.Evaluate(model, central, run, pinned).MemoryBytesPerGpu / 1e9:0} GB per GPU; {system.Name} has {central.UsableHbmBytes / 1e9:0} GB usable ({central.HbmBytes / 1e9:0} GB less the {central.MemoryReserveFraction:0%} HBM reserve for workspaces, communication buffers and fragmentation)."),
                        "Raise tensor or pipeline parallelism, use recomputation, or a smaller micro-batch.", [],
                        MetricIds.TrainingMfu, MetricIds.TrainingStepSeconds, MetricIds.TrainingTimeToTrainDays));
                }
            }
        }
        else
        {
            atCluster = Corners<TrainingChoice?>.InParallel(c =>
                TrainingSearch.Best(model, shapes[c], run, availableGpus, training.GlobalBatchSequences, batch));
            if (atCluster.Central is null)
            {
                var linkLimit = system.LinkLimit();
                diagnostics.Add(Diagnostic.WorkloadWarning("training.noFit",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{training.Model.Name} cannot be trained on the factory's {availableGpus:N0} GPUs of {system.Name}: no parallel configuration fits its weights, optimizer state and activations{(linkLimit is null ? "." : " and can communicate. " + linkLimit)}"),
                    linkLimit is null ? "Add racks to the factory, or train a smaller model." : "Give the system a scale-up (NVLink) or scale-out link, or train a smaller model.",
                    MetricIds.TrainingMfu, MetricIds.TrainingStepSeconds, MetricIds.TrainingTimeToTrainDays));
            }
        }

        if (atCluster.Central is { } best)
        {
            double Days(TrainingChoice? c) => c is null ? double.NaN : training.TrainingTokens / SearchThroughput(c) / SecondsPerDay;
            double Mfu(TrainingChoice? c) => c is null ? double.NaN : c.Step.ModelFlopsPerStep / (c.Step.StepSeconds * c.Config.Gpus * peakFlops) * 100;
            var note = Describe(best);
            metrics.Add(Metric.Of(MetricIds.TrainingMfu, MfuLabel, Figure.Derived(Band.Spanning(Mfu(best), Mfu(atCluster.Pessimistic), Mfu(atCluster.Optimistic)), "%",
                $"model FLOPs per step / (GPUs × {precision.ToString().ToUpperInvariant()} dense peak × step time); {note}", inputs)));
            metrics.Add(Metric.Of(MetricIds.TrainingStepSeconds, StepLabel, Figure.Derived(
                Band.Spanning(best.Step.StepSeconds, atCluster.Optimistic?.Step.StepSeconds ?? double.NaN, atCluster.Pessimistic?.Step.StepSeconds ?? double.NaN), "s",
                string.Create(CultureInfo.InvariantCulture,
                    $"{best.Config.GlobalBatch:N0} sequences of {training.SequenceLength:N0} tokens: compute {best.Step.ComputeSeconds:0.##} s + bubble {best.Step.BubbleSeconds:0.##} s + exposed communication {best.Step.ExposedCommunicationSeconds:0.##} s"),
                inputs)));
            metrics.Add(Metric.Of(MetricIds.TrainingTimeToTrainDays, DaysLabel, Figure.Derived(
                Band.Spanning(Days(best), Days(atCluster.Optimistic), Days(atCluster.Pessimistic)), "days",
                string.Create(CultureInfo.InvariantCulture,
                    $"{training.TrainingTokens:0.###e0} tokens at {SearchThroughput(best):N0} tokens/s on {best.Config.Gpus:N0} GPUs{(best.Config.Gpus < availableGpus ? string.Create(CultureInfo.InvariantCulture, $" ({availableGpus - best.Config.Gpus:N0} of the factory's {availableGpus:N0} idle: the parallel sizes divide better)") : "")}"),
                inputs)));
        }
        else
        {
            var code = diagnostics.Last(d => d.BlockedMetricIds.Count > 0).Code;
            metrics.Add(Metric.Withheld(MetricIds.TrainingMfu, MfuLabel, "%", code));
            metrics.Add(Metric.Withheld(MetricIds.TrainingStepSeconds, StepLabel, "s", code));
            metrics.Add(Metric.Withheld(MetricIds.TrainingTimeToTrainDays, DaysLabel, "days", code));
        }

        var (gpusMetric, series, gpusDiagnostic) = FewestGpus(model, shapes, run, training, system, inputs, batch);
        metrics.Add(gpusMetric);
        if (gpusDiagnostic is not null)
        {
            diagnostics.Add(gpusDiagnostic);
        }

        return new ThroughputReport(metrics, [series], diagnostics);
    }

    /// <summary>Every training metric, withheld for the finding <paramref name="code"/>.</summary>
    internal static IReadOnlyList<Metric> WithheldMetrics(string code) =>
    [
        Metric.Withheld(MetricIds.TrainingMfu, MfuLabel, "%", code),
        Metric.Withheld(MetricIds.TrainingStepSeconds, StepLabel, "s", code),
        Metric.Withheld(MetricIds.TrainingTimeToTrainDays, DaysLabel, "days", code),
        Metric.Withheld(MetricIds.TrainingGpusForTargetDays, GpusLabel, "GPUs", code),
    ];

    /// <summary>Tokens per second of a choice.</summary>
    private static double SearchThroughput(TrainingChoice choice) => TrainingSearch.Throughput(choice.Step);

    private static (Metric Metric, Series Series, Diagnostic? Diagnostic) FewestGpus(
        ModelShape model, Corners<HardwareShape> shapes, TrainingRun run, TrainingWorkload training, ThroughputSystem system, Figure[] inputs, IThroughputBatch? batch)
    {
        var curve = new List<SeriesPoint>();
        var found = Corners<int?>.InParallel(c =>
            Fewest(model, shapes[c], run, training, system.ScaleUpDomainGpus, c == Corner.Central ? curve : null, batch));

        var series = new Series(SeriesIds.TrainingTimeVsGpus, "Days to train against GPU count", "GPUs", "GPUs", "Days to train", "days", curve);
        if (found.Central is not { } gpus)
        {
            const string Code = "training.targetUnreachable";
            var linkLimit = system.LinkLimit();
            var diagnostic = Diagnostic.WorkloadWarning(Code,
                string.Create(CultureInfo.InvariantCulture,
                    $"No cluster of up to {MaxGpus:N0} GPUs of {system.Name} trains {training.TrainingTokens:0.###e0} tokens of {training.Model.Name} within {training.TargetDays:0.#} days.{(linkLimit is null ? "" : " " + linkLimit)}"),
                "Allow more days, train on fewer tokens, or use faster hardware.", MetricIds.TrainingGpusForTargetDays);
            return (Metric.Withheld(MetricIds.TrainingGpusForTargetDays, GpusLabel, "GPUs", Code), series, diagnostic);
        }

        var band = new Band(gpus, found.Optimistic ?? gpus, found.Pessimistic ?? MaxGpus);
        var note = string.Create(CultureInfo.InvariantCulture,
            $"smallest cluster (whole NVLink domains of {system.ScaleUpDomainGpus}, or powers of two below one) whose fastest configuration trains {training.TrainingTokens:0.###e0} tokens within {training.TargetDays:0.#} days");
        return (Metric.Of(MetricIds.TrainingGpusForTargetDays, GpusLabel, Figure.Derived(band, "GPUs", note, inputs)), series, null);
    }

    /// <summary>The fewest GPUs (as <see cref="ClusterSizes"/> steps them) that train the study's budget within its days.</summary>
    public static int? FewestGpus(ModelShape model, HardwareShape shape, TrainingWorkload training, int domain) =>
        Fewest(model, shape, TrainingRun.MixedPrecision(training.SequenceLength), training, domain, curve: null, batch: null);

    /// <summary>
    /// Walks cluster sizes upward (about ×1.25 each step) until one trains the budget within the target. With a
    /// curve to fill, it goes on to four times that size, so the chart shows the trade around the answer.
    /// </summary>
    private static int? Fewest(ModelShape model, HardwareShape shape, TrainingRun run, TrainingWorkload training, int domain, List<SeriesPoint>? curve, IThroughputBatch? batch)
    {
        int? found = null;
        foreach (var gpus in ClusterSizes(domain))
        {
            if (found is { } answer && (curve is null || gpus > 4 * answer))
            {
                break;
            }

            var choice = TrainingSearch.Best(model, shape, run, gpus, training.GlobalBatchSequences, batch);
            if (choice is null)
            {
                continue;
            }

            var days = training.TrainingTokens / TrainingSearch.Throughput(choice.Step) / SecondsPerDay;
            curve?.Add(new SeriesPoint(gpus, days));
            if (found is null && days <= training.TargetDays)
            {
                found = gpus;
            }
        }

        return found;
    }

    /// <summary>Powers of two up to one domain, then whole domains growing by about a quarter each step.</summary>
    internal static IEnumerable<int> ClusterSizes(int domain)
    {
        domain = Math.Max(1, domain);
        for (var g = 1; g < domain; g *= 2)
        {
            yield return g;
        }

        for (double domains = 1; domains * domain <= MaxGpus; domains = Math.Max(domains + 1, Math.Round(domains * 1.25)))
        {
            yield return (int)domains * domain;
        }
    }

    /// <summary>Why a pinned layout cannot run as given, or null: a layout that cannot run is a finding, never an answer.</summary>
    private static Diagnostic? PinnedProblem(TrainingConfig c, ModelShape model, ThroughputSystem system)
    {
        string? problem = null;
        if (c.TensorParallel * c.PipelineStages * c.DataParallel != c.Gpus)
        {
            problem = $"{c.Gpus} GPUs ≠ tensor {c.TensorParallel} × pipeline {c.PipelineStages} × data {c.DataParallel}.";
        }
        else if (c.GlobalBatch % (c.DataParallel * c.MicroBatch) != 0)
        {
            problem = $"The global batch of {c.GlobalBatch} sequences is not a whole number of micro-batches of {c.MicroBatch} per data-parallel replica ({c.DataParallel}).";
        }
        else if (c.PipelineStages > model.Layers)
        {
            problem = $"{c.PipelineStages} pipeline stages for {model.Layers} layers.";
        }
        else if (c.Interleave < 1)
        {
            problem = $"Interleave {c.Interleave}: a stage holds at least one chunk of layers.";
        }
        else if (c.Interleave > 1 && c.PipelineStages == 1)
        {
            problem = $"Interleave {c.Interleave} without a pipeline: interleaving splits pipeline stages into chunks, and there is one stage.";
        }
        else if (!TrainingModel.ScheduleRuns(model.Layers, c.PipelineStages, c.Interleave))
        {
            var perStage = (int)model.Layers / c.PipelineStages;
            problem = (int)model.Layers % c.PipelineStages == 0
                ? $"Interleave {c.Interleave} does not divide the {perStage} layers of each of the {c.PipelineStages} pipeline stages: each chunk must hold whole layers."
                : $"Interleave {c.Interleave} on {c.PipelineStages} stages of {model.Layers} layers leaves a stage of {perStage} layers with chunks that hold none.";
        }
        else if (c.TensorParallel > system.ScaleUpDomainGpus)
        {
            problem = $"Tensor parallelism {c.TensorParallel} spans more than the {system.ScaleUpDomainGpus}-GPU NVLink domain of {system.Name}: its collectives sit between every layer's matmuls.";
        }
        else if (model.Heads % c.TensorParallel != 0)
        {
            problem = $"Tensor parallelism {c.TensorParallel} does not divide the {model.Heads} attention heads: each rank computes whole heads.";
        }
        else if (model.IsMixtureOfExperts && (c.TensorParallel * c.DataParallel) % Math.Max(1, c.ExpertParallel) != 0)
        {
            problem = $"Expert parallelism {c.ExpertParallel} does not divide tensor × data parallel ranks ({c.TensorParallel * c.DataParallel}).";
        }

        return problem is null ? null : Diagnostic.Error("training.pinnedInvalid", "The pinned training configuration cannot run as given: " + problem,
            "Make GPUs = tensor × pipeline × data parallel, the global batch a multiple of data parallel × micro-batch, the interleave a divisor of each stage's layers, and tensor parallelism a divisor of the heads within one NVLink domain.", [],
            MetricIds.TrainingMfu, MetricIds.TrainingStepSeconds, MetricIds.TrainingTimeToTrainDays);
    }

    private static string Describe(TrainingChoice choice)
    {
        var c = choice.Config;
        var experts = c.ExpertParallel > 1 ? $", experts over {c.ExpertParallel}" : "";
        var interleave = c.Interleave > 1 ? $" (interleaved ×{c.Interleave})" : "";
        var searched = choice.Evaluated > 1
            ? string.Create(CultureInfo.InvariantCulture, $", best of {choice.Evaluated:N0} configurations ({choice.Fitting:N0} fit)")
            : ", as pinned";
        return string.Create(CultureInfo.InvariantCulture,
            $"{c.Gpus:N0} GPUs as TP {c.TensorParallel} × PP {c.PipelineStages}{interleave} × DP {c.DataParallel}{experts}, micro-batch {c.MicroBatch}, {c.Recompute.ToString().ToLowerInvariant()} recomputation{searched}");
    }
}
