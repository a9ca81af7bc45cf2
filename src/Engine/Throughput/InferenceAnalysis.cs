using System.Globalization;
using Studio.Engine.Evaluation;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput;

/// <summary>
/// Serving throughput for a design: the serving sweep at the central values and at both ends of every range, the
/// frontier as series, and the operating point at the scenario's interactivity target.
/// </summary>
public static class InferenceAnalysis
{
    private const string PeakLabel = "Peak output tokens/s per GPU (prefill GPUs included)";
    private const string AtTargetLabel = "Output tokens/s per GPU at the interactivity target";
    private const string TotalAtTargetLabel = "Input + output tokens/s per GPU at the target (InferenceMAX measure)";
    private const string MaxUserLabel = "Fastest tokens/s per user";
    private const string TtftLabel = "Time to first token at the target";
    private const string PrefillShareLabel = "Share of GPU time on prompts at the target";

    public static ThroughputReport Run(ThroughputSystem system, Workload workload, IThroughputBatch? batch = null)
    {
        var precision = workload.Precision;
        if (!system.Supports(precision))
        {
            return Withheld("inference.precisionUnsupported", Diagnostic.Error("inference.precisionUnsupported",
                $"{system.Name} has no {precision.ToString().ToUpperInvariant()} peak, so the workload cannot be served at that precision.",
                "Choose a precision the GPU supports, or give the custom system a peak for it.", []));
        }

        var model = new ModelShape(workload.Model.Architecture);
        var bytes = PrecisionBytes.For(precision);
        var request = new RequestShape(workload.InputTokens, workload.OutputTokens);
        var (central, low, high) = Corners<ServingSweepResult>.InParallel(corner =>
        {
            var hardware = system.Shape(precision, corner);
            var space = ServingSpace.Default(model, hardware);
            return batch is null
                ? ServingSweep.Run(model, hardware, bytes, request, workload.TargetTokensPerSecondPerUser, space)
                : ServingSweep.Run(model, hardware, bytes, request, workload.TargetTokensPerSecondPerUser, space,
                    (configs, prefill, outcomes) => batch.Serve(model, hardware, bytes, request, prefill, configs, outcomes));
        });

        if (central.Peak is not { } peak)
        {
            var weightsGb = model.TotalParams * bytes.WeightBytes / 1e9;
            var linkLimit = system.LinkLimit();
            return Withheld("inference.noFit", Diagnostic.Error("inference.noFit",
                string.Create(CultureInfo.InvariantCulture,
                    $"{workload.Model.Name} at {precision.ToString().ToUpperInvariant()} has {weightsGb:0} GB of weights; no serving configuration tried fits them and the KV cache of {workload.InputTokens + workload.OutputTokens:N0}-token requests in {system.HbmGb.Low:0} GB per GPU ({central.Evaluated:N0} configurations, up to {MaxInstanceGpus(model, system.Shape(precision, Corner.Central))} GPUs per instance).{(linkLimit is null ? "" : " " + linkLimit)}"),
                linkLimit is null
                    ? "Use a lower precision, shorter requests, or GPUs with more HBM."
                    : "Give the system a scale-up (NVLink) or scale-out link, or serve a model that fits where its GPUs can communicate.", []));
        }

        var inputs = system.Inputs(precision).Append(workload.Model.TotalParametersBillions).ToArray();
        var metrics = new List<Metric>
        {
            Metric.Of(MetricIds.InferencePeakTokensPerSecondPerGpu, PeakLabel, Derived(
                new Band(peak.OutputTokensPerSecondPerGpu, low.Peak?.OutputTokensPerSecondPerGpu ?? 0, high.Peak?.OutputTokensPerSecondPerGpu ?? peak.OutputTokensPerSecondPerGpu),
                "tokens/s", Describe("highest-throughput point", peak, central), inputs)),
            Metric.Of(MetricIds.InferenceMaxTokensPerSecondPerUser, MaxUserLabel, Derived(
                new Band(central.MostInteractive!.Value.TokensPerSecondPerUser, low.MostInteractive?.TokensPerSecondPerUser ?? 0,
                    high.MostInteractive?.TokensPerSecondPerUser ?? central.MostInteractive.Value.TokensPerSecondPerUser),
                "tokens/s", Describe("most interactive point", central.MostInteractive.Value, central), inputs)),
        };

        var diagnostics = new List<Diagnostic>();
        if (central.AtTarget is { } target)
        {
            metrics.Add(Metric.Of(MetricIds.InferenceTokensPerSecondPerGpuAtTarget, AtTargetLabel, Derived(
                new Band(target.OutputTokensPerSecondPerGpu, low.AtTarget?.OutputTokensPerSecondPerGpu ?? 0, high.AtTarget?.OutputTokensPerSecondPerGpu ?? target.OutputTokensPerSecondPerGpu),
                "tokens/s", Describe(string.Create(CultureInfo.InvariantCulture, $"best point at ≥ {workload.TargetTokensPerSecondPerUser:0.#} tokens/s per user"), target, central), inputs)));
            metrics.Add(Metric.Of(MetricIds.InferenceTotalTokensPerSecondPerGpuAtTarget, TotalAtTargetLabel, Derived(
                new Band(target.TotalTokensPerSecondPerGpu, low.AtTarget?.TotalTokensPerSecondPerGpu ?? 0, high.AtTarget?.TotalTokensPerSecondPerGpu ?? target.TotalTokensPerSecondPerGpu),
                "tokens/s", "output tokens/s per GPU × (input + output) / output", inputs)));
            metrics.Add(Metric.Of(MetricIds.InferenceTtftSeconds, TtftLabel, Derived(
                // Each end picks its own best point at the target: its time to first token may fall on either side.
                Band.Spanning(target.TimeToFirstTokenSeconds, low.AtTarget?.TimeToFirstTokenSeconds ?? double.NaN, high.AtTarget?.TimeToFirstTokenSeconds ?? double.NaN),
                "s", string.Create(CultureInfo.InvariantCulture,
                    $"prefill of {workload.InputTokens:N0} tokens{(target.Config.Disaggregated ? $" on {central.Prefill.GroupGpus} prefill GPUs plus the KV-cache hand-over" : " on the serving instance")}; each end of the ranges picks its own best point at the target, so the band spans the three points' values{(low.AtTarget is null ? " (the pessimistic end does not reach the target: the central and optimistic values only)" : "")}"),
                inputs)));
        }
        else
        {
            const string Code = "inference.targetUnreachable";
            diagnostics.Add(Diagnostic.WorkloadWarning(Code,
                string.Create(CultureInfo.InvariantCulture,
                    $"No serving configuration reaches {workload.TargetTokensPerSecondPerUser:0.#} tokens/s per user for {workload.Model.Name} on {system.Name}; the fastest reaches {central.MostInteractive.Value.TokensPerSecondPerUser:0.#}."),
                "Lower the interactivity target, or serve a smaller model or at a lower precision.",
                MetricIds.InferenceTokensPerSecondPerGpuAtTarget, MetricIds.InferenceTotalTokensPerSecondPerGpuAtTarget, MetricIds.InferenceTtftSeconds));
            metrics.Add(Metric.Withheld(MetricIds.InferenceTokensPerSecondPerGpuAtTarget, AtTargetLabel, "tokens/s", Code));
            metrics.Add(Metric.Withheld(MetricIds.InferenceTotalTokensPerSecondPerGpuAtTarget, TotalAtTargetLabel, "tokens/s", Code));
            metrics.Add(Metric.Withheld(MetricIds.InferenceTtftSeconds, TtftLabel, "s", Code));
        }

        if (PrefillShare(central, low, high, request, inputs) is { } share)
        {
            metrics.Add(Metric.Of(MetricIds.InferencePrefillGpuShare, PrefillShareLabel, share));
        }

        Series[] series =
        [
            Frontier(SeriesIds.InferenceFrontier, "Serving frontier", central),
            Frontier(SeriesIds.InferenceFrontierLow, "Serving frontier, pessimistic end of every range", low),
            Frontier(SeriesIds.InferenceFrontierHigh, "Serving frontier, optimistic end of every range", high),
        ];
        return new ThroughputReport(metrics, series, diagnostics);
    }

    /// <summary>
    /// The share of GPU time prefill takes at the operating point, out · (I/O) / r_p per GPU: what splits the cost of
    /// serving between input and output tokens. Its band spans the three corners' values.
    /// </summary>
    private static Figure? PrefillShare(ServingSweepResult central, ServingSweepResult low, ServingSweepResult high, RequestShape request, Figure[] inputs)
    {
        static double? Share(ServingSweepResult sweep, RequestShape r) => sweep.AtTarget is { } point && sweep.Prefill.InputTokensPerSecondPerGpu > 0
            ? Math.Clamp(point.OutputTokensPerSecondPerGpu * r.InputTokens / r.OutputTokens / sweep.Prefill.InputTokensPerSecondPerGpu, 0, 1)
            : null;

        if (Share(central, request) is not { } value)
        {
            return null;
        }

        double[] all = [value, .. new[] { Share(low, request), Share(high, request) }.OfType<double>()];
        return Derived(new Band(value, all.Min(), all.Max()), "fraction",
            string.Create(CultureInfo.InvariantCulture,
                $"output tokens/s per GPU × {request.InputTokens:N0} / {request.OutputTokens:N0} input per output token / {central.Prefill.InputTokensPerSecondPerGpu:N0} prompt tokens/s per prefill GPU"),
            inputs);
    }

    private static Figure Derived(Band band, string unit, string note, Figure[] inputs) => Figure.Derived(band, unit, note, inputs);

    private static string Describe(string what, ServingPoint point, ServingSweepResult sweep)
    {
        var c = point.Config;
        var experts = c.ExpertParallel > 1 ? $", experts over {c.ExpertParallel} GPUs" : "";
        var draft = c.DraftTokens > 0 ? $", {c.DraftTokens} speculated token(s) per step" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{what} of {sweep.Evaluated:N0} configurations ({sweep.Fitting:N0} fit): TP {c.TensorParallel} × attention DP {c.AttentionDataParallel} × PP {c.PipelineStages}{experts}, {c.SequencesPerRank:0} sequences per rank{draft}, {(c.Disaggregated ? "disaggregated" : "aggregated")} prefill; {point.TokensPerSecondPerUser:0.#} tokens/s per user; bound by {point.Bound.ToString().ToLowerInvariant()}");
    }

    private static Series Frontier(string id, string label, ServingSweepResult sweep) => new(
        id, label, "Tokens/s per user", "tokens/s", "Output tokens/s per GPU", "tokens/s",
        [.. sweep.Frontier.Select(p => new SeriesPoint(p.TokensPerSecondPerUser, p.OutputTokensPerSecondPerGpu))]);

    private static int MaxInstanceGpus(ModelShape model, HardwareShape hardware)
    {
        var space = ServingSpace.Default(model, hardware);
        return space.TensorParallel.Max() * space.AttentionDataParallel.Max() * space.PipelineStages.Max();
    }

    private static ThroughputReport Withheld(string code, Diagnostic diagnostic)
    {
        var withheld = WithheldMetrics(code);
        var blocked = diagnostic with { BlockedMetricIds = [.. withheld.Select(m => m.Id)] };
        return new ThroughputReport(withheld, [], [blocked]);
    }

    /// <summary>Every serving metric, withheld for the finding <paramref name="code"/>.</summary>
    internal static IReadOnlyList<Metric> WithheldMetrics(string code) =>
    [
        Metric.Withheld(MetricIds.InferencePeakTokensPerSecondPerGpu, PeakLabel, "tokens/s", code),
        Metric.Withheld(MetricIds.InferenceTokensPerSecondPerGpuAtTarget, AtTargetLabel, "tokens/s", code),
        Metric.Withheld(MetricIds.InferenceTotalTokensPerSecondPerGpuAtTarget, TotalAtTargetLabel, "tokens/s", code),
        Metric.Withheld(MetricIds.InferenceMaxTokensPerSecondPerUser, MaxUserLabel, "tokens/s", code),
        Metric.Withheld(MetricIds.InferenceTtftSeconds, TtftLabel, "s", code),
    ];
}
