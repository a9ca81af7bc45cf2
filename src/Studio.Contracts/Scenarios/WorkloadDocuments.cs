using System.Text.Json.Serialization;

namespace Studio.Contracts.Scenarios;

/// <summary>A transformer's shape, as its config gives it. Fields a model does not use stay 0.</summary>
public sealed class CustomModelDocument
{
    public string Name { get; set; } = "Custom model";

    public int Layers { get; set; }

    public int Hidden { get; set; }

    public int Vocab { get; set; }

    /// <summary>"gqa" (grouped-query) or "mla" (multi-head latent).</summary>
    public string Attention { get; set; } = "gqa";

    public int Heads { get; set; }

    public int KvHeads { get; set; }

    public int HeadDim { get; set; }

    public int QLoraRank { get; set; }

    public int KvLoraRank { get; set; }

    public int RopeHeadDim { get; set; }

    public int NopeHeadDim { get; set; }

    public int ValueHeadDim { get; set; }

    public int SlidingWindow { get; set; }

    public int SlidingWindowLayers { get; set; }

    /// <summary>Layers with a dense feed-forward; the rest are mixture-of-experts layers.</summary>
    public int DenseLayers { get; set; }

    public int DenseFfn { get; set; }

    public bool GatedFfn { get; set; } = true;

    public int RoutedExperts { get; set; }

    public int ActiveExperts { get; set; }

    public int SharedExperts { get; set; }

    public int ExpertFfn { get; set; }

    public bool TiedEmbeddings { get; set; }

    /// <summary>Training sequence length.</summary>
    public int SequenceLength { get; set; } = 4096;
}

/// <summary>One GPU of a system that is not in the catalog, and its fabric.</summary>
public sealed class CustomSystemDocument
{
    public string Name { get; set; } = "Custom system";

    /// <summary>Dense peak per precision, PFLOPS per GPU: keys "nvfp4", "fp8", "bf16"; leave out what the GPU lacks.</summary>
    public Dictionary<string, double> DensePflops { get; set; } = [];

    public double HbmGb { get; set; }

    public double HbmBandwidthTBps { get; set; }

    public int ScaleUpDomainGpus { get; set; } = 8;

    /// <summary>NVLink (or equivalent) bandwidth per GPU, both directions together, TB/s.</summary>
    public double ScaleUpTBps { get; set; }

    /// <summary>Scale-out bandwidth per GPU, Gb/s.</summary>
    public double ScaleOutGbps { get; set; }

    public double GpuPowerKw { get; set; } = 0.7;
}

/// <summary>A training study: model, token budget, deadline, and optionally a pinned configuration.</summary>
public sealed class TrainingDocument
{
    /// <summary>A catalog model id, or "custom" for the workload's custom model; defaults to the serving model.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Model { get; set; }

    public double TrainingTokens { get; set; } = 15e12;

    public double TargetDays { get; set; } = 90;

    /// <summary>Defaults to the model's published training sequence length.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SequenceLength { get; set; }

    /// <summary>Sequences per optimizer step; defaults to 16M tokens' worth.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? GlobalBatchSequences { get; set; }

    /// <summary>"nvfp4" (Rubin's 35 PF dense training figure), "fp8" or "bf16".</summary>
    public string Precision { get; set; } = "fp8";

    /// <summary>Evaluate exactly this configuration instead of searching.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TrainingConfigurationDocument? Configuration { get; set; }
}

public sealed class TrainingConfigurationDocument
{
    public int Gpus { get; set; }

    public int TensorParallel { get; set; } = 1;

    public int PipelineParallel { get; set; } = 1;

    public int DataParallel { get; set; } = 1;

    public int ExpertParallel { get; set; } = 1;

    /// <summary>Virtual pipeline stages per GPU (interleaved 1F1B); 1 for none.</summary>
    public int Interleave { get; set; } = 1;

    public int MicroBatch { get; set; } = 1;

    public int GlobalBatch { get; set; }

    public bool SequenceParallel { get; set; }

    /// <summary>"none", "selective" or "full".</summary>
    public string Recompute { get; set; } = "selective";

    /// <summary>Ranks that split each sequence (ring attention); 1 for none. GPUs = tensor × context × pipeline × data.</summary>
    public int ContextParallel { get; set; } = 1;

    /// <summary>"optimizer" (ZeRO-1, the default), "gradients" (ZeRO-2), "weights" (ZeRO-3 / FSDP) or "none".</summary>
    public string Sharding { get; set; } = "optimizer";

    /// <summary>Keep the backward pass's activations in host memory.</summary>
    public bool OffloadActivations { get; set; }

    /// <summary>DeepSeek-V3's DualPipe schedule: two chunks per stage (interleave 2) on an even number of stages.</summary>
    public bool DualPipe { get; set; }
}
