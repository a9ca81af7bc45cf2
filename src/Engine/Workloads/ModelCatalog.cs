using Studio.Engine.Provenance;

namespace Studio.Engine.Workloads;

/// <summary>A model a workload can serve or train: its published size and the shape the throughput models use.</summary>
/// <param name="TotalParametersBillions">As published; the architecture's own count is held against it in tests.</param>
/// <param name="SequenceLength">Training sequence length as published, the default for training studies.</param>
public sealed record ModelSpec(
    string Id,
    string Name,
    Figure TotalParametersBillions,
    Figure ActiveParametersBillions,
    ModelArchitecture Architecture,
    int SequenceLength,
    IReadOnlyList<string> SourceIds)
{
    public bool IsMixtureOfExperts => Architecture.IsMixtureOfExperts;
}

/// <summary>
/// Built-in models with their architectures from model cards and papers (sources X6–X11). DeepSeek-V3 and R1 share
/// an architecture; V3 is listed for training studies because its pre-training run is published.
/// </summary>
public static class ModelCatalog
{
    private static readonly ModelArchitecture s_deepSeekV3 = new()
    {
        Layers = 61,
        Hidden = 7168,
        Vocab = 129_280,
        Attention = AttentionKind.MultiHeadLatent,
        Heads = 128,
        QLoraRank = 1536,
        KvLoraRank = 512,
        RopeHeadDim = 64,
        NopeHeadDim = 128,
        ValueHeadDim = 128,
        DenseLayers = 3,
        DenseFfn = 18_432,
        RoutedExperts = 256,
        ActiveExperts = 8,
        SharedExperts = 1,
        ExpertFfn = 2048,
    };

    public static IReadOnlyList<ModelSpec> All { get; } =
    [
        new("deepseek-r1", "DeepSeek-R1", Figure.Vendor(671, "B", "X6"), Figure.Vendor(37, "B", "X6"), s_deepSeekV3, 4096, ["X6"]),
        new("kimi-k2", "Kimi K2", Figure.Vendor(1040, "B", "X7"), Figure.Vendor(32, "B", "X7"), new ModelArchitecture
        {
            Layers = 61,
            Hidden = 7168,
            Vocab = 163_840,
            Attention = AttentionKind.MultiHeadLatent,
            Heads = 64,
            QLoraRank = 1536,
            KvLoraRank = 512,
            RopeHeadDim = 64,
            NopeHeadDim = 128,
            ValueHeadDim = 128,
            DenseLayers = 1,
            DenseFfn = 18_432,
            RoutedExperts = 384,
            ActiveExperts = 8,
            SharedExperts = 1,
            ExpertFfn = 2048,
        }, 4096, ["X7"]),
        new("llama-3.1-405b", "Llama 3.1 405B", Figure.Vendor(405, "B", "X8"), Figure.Vendor(405, "B", "X8"), new ModelArchitecture
        {
            Layers = 126,
            Hidden = 16_384,
            Vocab = 128_256,
            Attention = AttentionKind.GroupedQuery,
            Heads = 128,
            KvHeads = 8,
            HeadDim = 128,
            DenseLayers = 126,
            DenseFfn = 53_248,
        }, 8192, ["X8"]),
        new("gpt-oss-120b", "gpt-oss-120b", Figure.Vendor(116.8, "B", "X9"), Figure.Vendor(5.1, "B", "X9"), new ModelArchitecture
        {
            Layers = 36,
            Hidden = 2880,
            Vocab = 201_088,
            Attention = AttentionKind.GroupedQuery,
            Heads = 64,
            KvHeads = 8,
            HeadDim = 64,
            SlidingWindow = 128,
            SlidingWindowLayers = 18,
            DenseLayers = 0,
            RoutedExperts = 128,
            ActiveExperts = 4,
            ExpertFfn = 2880,
        }, 4096, ["X9"]),
        new("deepseek-v3", "DeepSeek-V3 (training study)", Figure.Vendor(671, "B", "X6"), Figure.Vendor(37, "B", "X6"), s_deepSeekV3, 4096, ["X6"]),
        new("gpt3-175b", "GPT-3 175B", Figure.Vendor(175, "B", "X11"), Figure.Vendor(175, "B", "X11"), new ModelArchitecture
        {
            Layers = 96,
            Hidden = 12_288,
            Vocab = 51_200,
            Attention = AttentionKind.GroupedQuery,
            Heads = 96,
            KvHeads = 96,
            HeadDim = 128,
            DenseLayers = 96,
            DenseFfn = 4 * 12_288,
            GatedFfn = false,
            TiedEmbeddings = true,
        }, 2048, ["X11", "X10"]),
        new("megatron-1t", "GPT 1T (Megatron-LM)", Figure.Vendor(1008, "B", "X10"), Figure.Vendor(1008, "B", "X10"), new ModelArchitecture
        {
            Layers = 128,
            Hidden = 25_600,
            Vocab = 51_200,
            Attention = AttentionKind.GroupedQuery,
            Heads = 160,
            KvHeads = 160,
            HeadDim = 160,
            DenseLayers = 128,
            DenseFfn = 4 * 25_600,
            GatedFfn = false,
            TiedEmbeddings = true,
        }, 2048, ["X10"]),
    ];

    public static bool TryGet(string id, out ModelSpec model)
    {
        model = All.FirstOrDefault(m => m.Id == id)!;
        return model is not null;
    }
}
