using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Throughput.Training;
using Studio.Engine.Workloads;

namespace Studio.Engine.Throughput.Validation;

/// <summary>
/// NVIDIA's published pre-training throughput for the NeMo 25.11 container (Megatron-Bridge performance summary, X63):
/// tokens/s per GPU on DGX-GB300, DGX-GB200, DGX-B200 and DGX-H100 with each run's layout. These are the training
/// cases on the generations the studio compares; every other training case is A100 or H800.
/// </summary>
public static partial class CalibrationCases
{
    private const string NeMoTolerance =
        "NeMo's table gives each run's layout and tokens/s per GPU from one software stack at one date (NeMo 25.11): the " +
        "same 15% as every training case, and the published figure inside the band. It does not give the recomputation: " +
        "taken as none beyond FlashAttention's (Megatron-Bridge's recipes name recomputation where they use it), with " +
        "sequence parallelism wherever TP > 1 and the distributed optimizer unless FSDP is listed.";

    /// <summary>
    /// Llama 3 8B and 70B as the Llama 3 paper gives them (X8, Table 3): grouped-query attention with 8 KV heads,
    /// SwiGLU feed-forward, vocabulary 128,256, untied embeddings. 405B is the catalog's.
    /// </summary>
    private static ModelArchitecture Llama3(int layers, int hidden, int heads, int ffn) => new()
    {
        Layers = layers,
        Hidden = hidden,
        Vocab = 128_256,
        Attention = AttentionKind.GroupedQuery,
        Heads = heads,
        KvHeads = 8,
        HeadDim = 128,
        DenseLayers = layers,
        DenseFfn = ffn,
    };

    private sealed record NeMoRow(
        string Name, string Model, ThroughputSystem System, string SystemName, Precision Precision, int Sequence,
        int Gpus, int Tp, int Pp, int Cp, int Vp, int Ep, int MicroBatch, int Batch, bool Fsdp, double TokensPerSecondPerGpu, bool Offload = false)
    {
        private int DataParallel => Gpus / (Tp * Pp * Cp);

        public TrainingConfig Config => new(Gpus, Tp, Pp, DataParallel, Ep, Vp, MicroBatch, Batch, Tp > 1, Recompute.Selective,
            ContextParallel: Cp, Sharding: Fsdp ? Sharding.Weights : Sharding.Optimizer, OffloadActivations: Offload);

        public string Layout => string.Create(CultureInfo.InvariantCulture,
            $"TP {Tp} × PP {Pp} × CP {Cp} × DP {DataParallel}{(Ep > 1 ? $", EP {Ep}" : "")}{(Vp > 1 ? $", v {Vp}" : "")}, micro-batch {MicroBatch}, batch {Batch:N0} × {Sequence:N0}{(Fsdp ? ", FSDP" : "")}{(Offload ? ", activations offloaded" : "")}");
    }

    // Rows from X63's 25.11 tables as published; Qwen3 rows are left out (not in the model catalog). The 70B FSDP runs
    // on GB300 and GB200 offload the activations of 20 and 40 of their 80 layers to Grace memory (Megatron-Bridge's
    // recipes, cpu_offloading_num_layers): the model offloads all or none, so all. Built on each call rather than held
    // in a field: All, in the other part of this class, reads them during type initialisation.
    private static NeMoRow[] NeMoRows()
    {
        var (gb300, gb200, b200, h100) = (ReferenceSystems.Gb300Nvl72, ReferenceSystems.Gb200Nvl72, ReferenceSystems.B200Hgx, ReferenceSystems.H100);
        var (fp8, bf16) = (Precision.Fp8, Precision.Bf16);
        return
        [
            new("gb300-llama3-8b", "llama3-8b", gb300, "DGX-GB300", fp8, 8192, 8, 1, 1, 1, 1, 1, 2, 128, false, 37_556),
            new("gb300-llama3-70b", "llama3-70b", gb300, "DGX-GB300", fp8, 8192, 64, 1, 1, 1, 1, 1, 2, 256, true, 4_520, Offload: true),
            new("gb300-llama31-405b", "llama-3.1-405b", gb300, "DGX-GB300", fp8, 8192, 256, 2, 8, 2, 4, 1, 1, 1536, false, 999),
            new("gb300-gpt-oss-120b", "gpt-oss-120b", gb300, "DGX-GB300", bf16, 8192, 64, 1, 1, 1, 1, 64, 2, 1280, false, 18_347),
            new("gb300-deepseek-v3-bf16", "deepseek-v3", gb300, "DGX-GB300", bf16, 4096, 256, 1, 2, 1, 4, 32, 1, 4096, false, 3_848),
            new("gb300-deepseek-v3-fp8", "deepseek-v3", gb300, "DGX-GB300", fp8, 4096, 256, 1, 2, 1, 4, 32, 1, 4096, false, 4_357),
            new("gb200-llama3-8b", "llama3-8b", gb200, "DGX-GB200", fp8, 8192, 8, 1, 1, 1, 1, 1, 2, 128, false, 31_508),
            new("gb200-llama3-70b", "llama3-70b", gb200, "DGX-GB200", fp8, 8192, 64, 1, 1, 1, 1, 1, 2, 256, true, 4_312, Offload: true),
            new("gb200-llama31-405b", "llama-3.1-405b", gb200, "DGX-GB200", fp8, 8192, 256, 4, 16, 1, 4, 1, 1, 1536, false, 813),
            new("gb200-gpt-oss-120b", "gpt-oss-120b", gb200, "DGX-GB200", bf16, 8192, 64, 1, 1, 1, 1, 64, 1, 1280, false, 15_876),
            new("gb200-deepseek-v3-bf16", "deepseek-v3", gb200, "DGX-GB200", bf16, 4096, 256, 1, 4, 1, 4, 64, 1, 4096, false, 3_139),
            new("gb200-deepseek-v3-fp8", "deepseek-v3", gb200, "DGX-GB200", fp8, 4096, 256, 1, 8, 1, 4, 32, 1, 4096, false, 4_018),
            new("b200-llama3-8b", "llama3-8b", b200, "DGX-B200", fp8, 8192, 8, 1, 1, 1, 1, 1, 2, 128, false, 30_624),
            new("b200-llama31-405b", "llama-3.1-405b", b200, "DGX-B200", fp8, 8192, 128, 4, 8, 2, 8, 1, 1, 64, false, 661),
            new("b200-gpt-oss-120b", "gpt-oss-120b", b200, "DGX-B200", bf16, 4096, 64, 1, 1, 1, 1, 8, 4, 512, false, 8_213),
            new("b200-deepseek-v3-fp8", "deepseek-v3", b200, "DGX-B200", fp8, 4096, 256, 1, 16, 1, 1, 8, 1, 2048, false, 2_139),
            new("h100-llama3-8b", "llama3-8b", h100, "DGX-H100", fp8, 8192, 8, 1, 1, 1, 1, 1, 1, 128, true, 14_451),
            new("h100-llama3-70b", "llama3-70b", h100, "DGX-H100", fp8, 8192, 64, 4, 8, 1, 5, 1, 1, 128, false, 1_602),
            new("h100-llama31-405b", "llama-3.1-405b", h100, "DGX-H100", fp8, 8192, 1024, 8, 8, 2, 8, 1, 1, 512, false, 292),
            new("h100-gpt-oss-120b", "gpt-oss-120b", h100, "DGX-H100", bf16, 4096, 64, 1, 4, 1, 1, 8, 4, 512, false, 5_630),
        ];
    }

    private static IEnumerable<CalibrationCase> NeMoCases() => NeMoRows().Select(row => new CalibrationCase($"nemo-{row.Name}",
        string.Create(CultureInfo.InvariantCulture, $"{row.Model}, {(row.Precision == Precision.Fp8 ? "FP8" : "BF16")}, pinned as published: {row.Layout}"),
        string.Create(CultureInfo.InvariantCulture, $"{row.Gpus:N0} GPUs, {row.SystemName} (NeMo 25.11)"),
        "Tokens/s per GPU", "tokens/s", row.TokensPerSecondPerGpu, ["X63"], 1.15, NeMoTolerance,
        () => NeMo(row), IsTraining: true));

    private static CalibrationOutcome NeMo(NeMoRow row)
    {
        var architecture = row.Model switch
        {
            "llama3-8b" => Llama3(32, 4096, 32, 14_336),
            "llama3-70b" => Llama3(80, 8192, 64, 28_672),
            _ => Model(row.Model).Architecture,
        };
        var model = new ModelShape(architecture);
        var run = TrainingRun.MixedPrecision(row.Sequence);
        var config = row.Config;
        var steps = Corners<TrainingStep>.Of(c => TrainingModel.Evaluate(model, row.System.Shape(row.Precision, c, training: true), run, config));
        var rates = steps.Select(step => step.TokensPerStep / step.StepSeconds / config.Gpus);
        var central = steps.Central;
        var usable = row.System.Shape(row.Precision, Corner.Central, training: true).UsableHbmBytes;
        // A published layout ran: the model refusing it on memory is an error to show, not to hide.
        var fit = central.MemoryBytesPerGpu <= usable
            ? string.Create(CultureInfo.InvariantCulture, $"{central.MemoryBytesPerGpu / 1e9:0.0} GB per GPU of {usable / 1e9:0} GB usable")
            : string.Create(CultureInfo.InvariantCulture, $"the model refuses it: {central.MemoryBytesPerGpu / 1e9:0.0} GB per GPU of {usable / 1e9:0} GB usable");
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"step {central.StepSeconds:0.00} s: compute {central.ComputeSeconds:0.00} s, bubble {central.BubbleSeconds:0.00} s, exposed communication {central.ExposedCommunicationSeconds:0.00} s; {fit}");
        return new CalibrationOutcome(rates.Central, rates.Pessimistic, rates.Optimistic, detail);
    }
}
