using System.Globalization;
using System.Text;
using Studio.Engine.Catalog;
using Studio.Engine.Throughput;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using Studio.Engine.Throughput.Validation;
using Studio.Engine.Workloads;

namespace Studio.Validation;

/// <summary>
/// The training search beside the published layouts: on each validation run's own model, cluster and batch, what the
/// live search picks, how fast the model says it is against the layout that ran, and what it had to time; plus
/// published runs that are not calibration cases, as cross-checks.
/// </summary>
internal static class TrainingSearchChecks
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static void Write(StringBuilder text)
    {
        Line(text, "## The training search against the published layouts");
        Line(text);
        Line(text, "Each run's model, cluster and batch searched over the whole training space ([models/throughput.md](models/throughput.md),");
        Line(text, "\"The search\") instead of pinned. \"Exhaustive\" says whether the exhaustive search, every configuration timed, picks");
        Line(text, "the same one (the Engine tests hold the live search to it on these models); docs/performance.md has how long each takes.");
        Line(text);
        Line(text, "| run | space | timed by the live search | searched layout | model: searched / published layout | exhaustive |");
        Line(text, "|---|---:|---:|---|---:|---|");
        var a100 = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true);
        var megatron = TrainingRun.MixedPrecision(2048) with { MaterialisedAttention = true };
        Row(text, "GPT-3 175B, 1,024 A100 (X10)", "gpt3-175b", a100, megatron, new TrainingConfig(1024, 8, 8, 16, 1, 1, 1, 1536, false, Recompute.Full), exhaustive: true);
        Row(text, "GPT 1T, 3,072 A100 (X10)", "megatron-1t", a100, megatron, new TrainingConfig(3072, 8, 64, 6, 1, 1, 1, 3072, false, Recompute.Full), exhaustive: true);
        Row(text, "DeepSeek-V3, 2,048 H800 (X13)", "deepseek-v3", ReferenceSystems.H800.Shape(Precision.Fp8, Corner.Central, training: true), TrainingRun.MixedPrecision(4096),
            new TrainingConfig(2048, 1, 16, 128, 64, 2, 1, 15_360, false, Recompute.Selective, DualPipe: true), exhaustive: false);
        Line(text);
        Line(text, "Where the searched layout is faster than the published one, that is the model's claim, not a measurement. On A100");
        Line(text, "most of it is what the 2021 software lacked: recomputing only the attention core instead of whole layers (the");
        Line(text, "published GPT-3 layout itself runs 1.31× faster that way in the model) and sequence parallelism (1.05× more); the rest");
        Line(text, "is a shallower pipeline with less bubble. ZeRO-3 across nodes is not chosen: its gathers cross the network at one");
        Line(text, "NIC per GPU, as X10 Table 2 measured it. Nothing here is a published measurement of the searched layouts. For DeepSeek-V3 it keeps the experts");
        Line(text, "inside one 8-GPU node (EP 8) and splits sequences instead (CP 8); the model charges neither the weight reads of");
        Line(text, "grouped expert GEMMs on few tokens nor expert load imbalance, so that row deserves the most doubt.");
        Line(text);

        Line(text, "### Cross-check outside the calibration set");
        Line(text);
        var mtNlg = MtNlgStep();
        Line(text, string.Create(s_invariant,
            $"MT-NLG 530B (Smith et al. 2022, arXiv 2201.11990; X62): 105 layers, hidden 20,480, 128 heads, on 280 DGX A100 (2,240 GPUs) as TP 8 × PP 35 × DP 8, batch 1,920 of 2,048 tokens, full recomputation, published at 60.1 s a step (126 TFLOP/s per GPU). The model gives {mtNlg.StepSeconds:0.0} s ({(mtNlg.StepSeconds / 60.1 - 1) * 100:+0;-0} %): compute {mtNlg.ComputeSeconds:0.0} s, bubble {mtNlg.BubbleSeconds:0.0} s, exposed communication {mtNlg.ExposedCommunicationSeconds:0.0} s."));
        Line(text, "The same model on 2,520 GPUs is within 3 % of Megatron-LM's own run (megatron-weak-529.6b above): MT-NLG ran on DeepSpeed's");
        Line(text, "pipeline engine, and the model has one software efficiency, Megatron-LM's. It is a cross-check, not a case: the model");
        Line(text, "does not know which framework ran.");
        Line(text);
    }

    private static void Row(StringBuilder text, string name, string modelId, HardwareShape h, TrainingRun run, TrainingConfig published, bool exhaustive)
    {
        var model = new ModelShape(ModelCatalog.All.Single(m => m.Id == modelId).Architecture);
        var live = TrainingSearch.Best(model, h, run, published.Gpus, published.GlobalBatch, TrainingAnalysis.AtClusterBudget);
        if (live is null)
        {
            Line(text, $"| {name} | – | – | nothing fits | – | – |");
            return;
        }

        var pinned = TrainingModel.Evaluate(model, h, run, published);
        var speedup = TrainingSearch.Throughput(live.Step) / TrainingSearch.Throughput(pinned);
        var agrees = exhaustive
            ? TrainingSearch.Exhaustive(model, h, run, published.Gpus, published.GlobalBatch)!.Config == live.Config ? "same" : "**differs**"
            : "not run here (39 million configurations)";
        var c = live.Config;
        var layout = string.Create(s_invariant,
            $"TP {c.TensorParallel} × CP {c.ContextRanks} × PP {c.PipelineStages} × DP {c.DataParallel}{(c.ExpertParallel > 1 ? $", EP {c.ExpertParallel}" : "")}, v {c.Interleave}{(c.DualPipe ? " (DualPipe)" : "")}, micro-batch {c.MicroBatch}, {c.Recompute.ToString().ToLowerInvariant()} recomputation, {c.Sharding switch { Sharding.Optimizer => "ZeRO-1", Sharding.Gradients => "ZeRO-2", Sharding.Weights => "ZeRO-3", _ => "unsharded" }}{(c.OffloadActivations ? ", offloaded" : "")}");
        Line(text, string.Create(s_invariant,
            $"| {name} | {live.Space:N0} | {live.Evaluated:N0}{(live.Exact ? "" : " (budget reached)")} | {layout} | {speedup:0.00}× | {agrees} |"));
    }

    private static TrainingStep MtNlgStep()
    {
        var architecture = CalibrationCases.MegatronGpt(105, 20_480, 128);
        var h = ReferenceSystems.A100.Shape(Precision.Bf16, Corner.Central, training: true);
        var run = TrainingRun.MixedPrecision(2048) with { MaterialisedAttention = true };
        return TrainingModel.Evaluate(new ModelShape(architecture), h, run, new TrainingConfig(2240, 8, 35, 8, 1, 1, 1, 1920, false, Recompute.Full));
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
