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

    /// <summary>
    /// Configurations the search at the factory's own GPU count may time. The dense validation cases need under 200,000
    /// (GPT 1T on 3,072 A100 the most); past the budget the search reports the best found and says it is not exact.
    /// </summary>
    public const int AtClusterBudget = 400_000;

    /// <summary>
    /// Configurations each step of the GPU-count walk may time: the walk searches dozens of cluster sizes on every edit,
    /// so each gets a budget that keeps the evaluation live, and its choice says whether it was exact.
    /// </summary>
    public const int WalkBudget = 10_000;

    public static ThroughputReport Run(ThroughputSystem system, TrainingWorkload training, int availableGpus)
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

        // The GPU-count walk does not depend on the factory's own search: the two share the cores.
        var fewest = Task.Run(() => FewestGpus(model, shapes, run, training, system, inputs));
        var metrics = new List<Metric>();
        Corners<TrainingChoice?> atCluster = default;
        if (training.Pinned is { } pinned)
        {
            var problem = PinnedProblem(pinned, model, system, training.SequenceLength);
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
            atCluster = AtCorners(TrainingSearch.Best(model, shapes.Central, run, availableGpus, training.GlobalBatchSequences, AtClusterBudget),
                model, shapes, run, availableGpus, training.GlobalBatchSequences);
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

        var (gpusMetric, series, gpusDiagnostic) = fewest.GetAwaiter().GetResult();
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

    /// <summary>
    /// The central choice, and at each end of the ranges the same configuration timed on that corner's hardware: the band
    /// is how the chosen plan fares across the hardware's uncertainty. Where it does not fit at a corner (a larger HBM
    /// reserve), that corner is searched on its own within the walk's budget.
    /// </summary>
    private static Corners<TrainingChoice?> AtCorners(TrainingChoice? central, ModelShape model, Corners<HardwareShape> shapes, TrainingRun run, int gpus, int globalBatch)
    {
        TrainingChoice? At(Corner corner)
        {
            if (central is null)
            {
                return null;
            }

            if (corner == Corner.Central)
            {
                return central;
            }

            var step = TrainingModel.Evaluate(model, shapes[corner], run, central.Config);
            return step.Fits
                ? central with { Step = step }
                : TrainingSearch.Best(model, shapes[corner], run, gpus, globalBatch, WalkBudget);
        }

        return Corners<TrainingChoice?>.Of(At);
    }

    private static (Metric Metric, Series Series, Diagnostic? Diagnostic) FewestGpus(
        ModelShape model, Corners<HardwareShape> shapes, TrainingRun run, TrainingWorkload training, ThroughputSystem system, Figure[] inputs)
    {
        var curve = new List<SeriesPoint>();
        var walk = Walk(model, shapes, run, training, system.ScaleUpDomainGpus, curve);
        var found = walk.Found;

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
        var budgeted = walk.AllExact ? "" : string.Create(CultureInfo.InvariantCulture,
            $"; some cluster sizes were searched within a budget of {WalkBudget:N0} configurations each, so the count may be a step high");
        var note = string.Create(CultureInfo.InvariantCulture,
            $"smallest cluster (whole NVLink domains of {system.ScaleUpDomainGpus}, or powers of two below one) whose fastest configuration trains {training.TrainingTokens:0.###e0} tokens within {training.TargetDays:0.#} days; the band times each size's configuration on the ranges' ends{budgeted}");
        return (Metric.Of(MetricIds.TrainingGpusForTargetDays, GpusLabel, Figure.Derived(band, "GPUs", note, inputs)), series, null);
    }

    /// <summary>The fewest GPUs (as <see cref="ClusterSizes"/> steps them) that train the study's budget within its days.</summary>
    public static int? FewestGpus(ModelShape model, HardwareShape shape, TrainingWorkload training, int domain) =>
        Walk(model, Corners<HardwareShape>.Of(_ => shape), TrainingRun.MixedPrecision(training.SequenceLength), training, domain, curve: null).Found.Central;

    /// <summary>
    /// Walks cluster sizes upward (about ×1.25 each step), searching each on the central hardware, until one trains the
    /// budget within the target at every corner (the corners time the central choice, as <see cref="AtCorners"/>). With
    /// a curve to fill, it goes on to four times the central answer, so the chart shows the trade around it.
    /// </summary>
    private static (Corners<int?> Found, bool AllExact) Walk(ModelShape model, Corners<HardwareShape> shapes, TrainingRun run, TrainingWorkload training, int domain, List<SeriesPoint>? curve)
    {
        int? central = null, pessimistic = null, optimistic = null;
        var allExact = true;
        foreach (var gpus in ClusterSizes(domain))
        {
            // An end of the ranges that needs sixteen times the central answer is past what the walk can honestly
            // size (more GPUs stop helping once the batch is spread thin): its band end stays open.
            var cornersDone = pessimistic is not null && optimistic is not null;
            if (central is { } answer && ((cornersDone && (curve is null || gpus > 4 * answer)) || gpus > 16 * answer))
            {
                break;
            }

            var choice = TrainingSearch.Best(model, shapes.Central, run, gpus, training.GlobalBatchSequences, WalkBudget);
            if (choice is null)
            {
                continue;
            }

            allExact &= choice.Exact;
            double Days(TrainingChoice? c) => c is null ? double.PositiveInfinity : training.TrainingTokens / TrainingSearch.Throughput(c.Step) / SecondsPerDay;
            var days = Days(choice);
            if (central is null || gpus <= 4 * central)
            {
                curve?.Add(new SeriesPoint(gpus, days));
            }

            central ??= days <= training.TargetDays ? gpus : null;
            if (!cornersDone)
            {
                var corners = AtCorners(choice, model, shapes, run, gpus, training.GlobalBatchSequences);
                pessimistic ??= Days(corners.Pessimistic) <= training.TargetDays ? gpus : null;
                optimistic ??= Days(corners.Optimistic) <= training.TargetDays ? gpus : null;
            }
        }

        return (new Corners<int?>(central, pessimistic, optimistic), allExact);
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
    private static Diagnostic? PinnedProblem(TrainingConfig c, ModelShape model, ThroughputSystem system, double sequenceLength)
    {
        string? problem = null;
        var context = c.ContextRanks;
        if (c.TensorParallel * context * c.PipelineStages * c.DataParallel != c.Gpus)
        {
            problem = context > 1
                ? $"{c.Gpus} GPUs ≠ tensor {c.TensorParallel} × context {context} × pipeline {c.PipelineStages} × data {c.DataParallel}."
                : $"{c.Gpus} GPUs ≠ tensor {c.TensorParallel} × pipeline {c.PipelineStages} × data {c.DataParallel}.";
        }
        else if (context > 1 && sequenceLength % (2 * context) != 0)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"Context parallelism {context} does not split the {sequenceLength:N0}-token sequence into {2 * context} equal chunks: each rank takes two, one from each end, so that the causal mask's work is even.");
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
        else if (model.IsMixtureOfExperts && (c.TensorParallel * context * c.DataParallel) % Math.Max(1, c.ExpertParallel) != 0)
        {
            problem = context > 1
                ? $"Expert parallelism {c.ExpertParallel} does not divide tensor × context × data parallel ranks ({c.TensorParallel * context * c.DataParallel})."
                : $"Expert parallelism {c.ExpertParallel} does not divide tensor × data parallel ranks ({c.TensorParallel * c.DataParallel}).";
        }
        else if (c.OffloadActivations && system.HostLinkTBps is null)
        {
            problem = $"Activation offload needs a link from the GPU to host memory, and {system.Name} has none given.";
        }

        return problem is null ? null : Diagnostic.Error("training.pinnedInvalid", "The pinned training configuration cannot run as given: " + problem,
            "Make GPUs = tensor × context × pipeline × data parallel, the global batch a multiple of data parallel × micro-batch, the interleave a divisor of each stage's layers, and tensor parallelism a divisor of the heads within one NVLink domain.", [],
            MetricIds.TrainingMfu, MetricIds.TrainingStepSeconds, MetricIds.TrainingTimeToTrainDays);
    }

    private static string Describe(TrainingChoice choice)
    {
        var c = choice.Config;
        var context = c.ContextRanks > 1 ? $" × CP {c.ContextRanks}" : "";
        var experts = c.ExpertParallel > 1 ? $", experts over {c.ExpertParallel}" : "";
        var interleave = c.DualPipe ? " (DualPipe)" : c.Interleave > 1 ? $" (interleaved ×{c.Interleave})" : "";
        var sharding = c.Sharding switch
        {
            Sharding.Gradients => ", ZeRO-2",
            Sharding.Weights => ", ZeRO-3 (FSDP)",
            Sharding.None => ", unsharded optimizer",
            _ => "",
        };
        var offload = c.OffloadActivations ? ", activations offloaded to the host" : "";
        var searched = choice.Evaluated > 1
            ? string.Create(CultureInfo.InvariantCulture, $", best of {choice.Space:N0} configurations ({choice.Evaluated:N0} evaluated, the rest ruled out by bounds; {choice.Fitting:N0} fit)")
            : ", as pinned";
        return string.Create(CultureInfo.InvariantCulture,
            $"{c.Gpus:N0} GPUs as TP {c.TensorParallel}{context} × PP {c.PipelineStages}{interleave} × DP {c.DataParallel}{experts}, micro-batch {c.MicroBatch}, {c.Recompute.ToString().ToLowerInvariant()} recomputation{sharding}{offload}{searched}");
    }
}
