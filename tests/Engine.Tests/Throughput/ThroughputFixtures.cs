using Studio.Engine.Catalog;
using Studio.Engine.Provenance;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using Studio.Engine.Workloads;

namespace Studio.Engine.Tests.Throughput;

/// <summary>
/// Models and hardware small enough to work out by hand. Every achievable fraction is 1 and every latency and
/// overhead 0 unless a test sets it, so a time is bytes over bandwidth or FLOPs over peak and nothing else.
/// </summary>
internal static class ThroughputFixtures
{
    /// <summary>
    /// A two-layer dense model with grouped-query attention. Worked out once, used by every test:
    /// attention per layer 2·h·n_h·d + 2·h·n_kv·d = 2·64·4·16 + 2·64·2·16 = 8,192 + 4,096 = 12,288;
    /// gated FFN per layer 3·64·128 = 24,576; embedding = head = 100·64 = 6,400;
    /// total 2·(12,288 + 24,576) + 6,400 + 6,400 = 86,528; active matmul 2·36,864 + 6,400 = 80,128;
    /// KV values per token per layer 2·n_kv·d = 64; attention-core FLOPs per attended token 4·n_h·d = 256.
    /// </summary>
    public static ModelArchitecture TinyDense { get; } = new()
    {
        Layers = 2,
        Hidden = 64,
        Vocab = 100,
        Attention = AttentionKind.GroupedQuery,
        Heads = 4,
        KvHeads = 2,
        HeadDim = 16,
        DenseLayers = 2,
        DenseFfn = 128,
    };

    /// <summary>
    /// The same attention, one dense layer and one MoE layer of 4 routed experts (2 active) and 1 shared expert of
    /// width 32: one expert 3·64·32 = 6,144; router 64·4 = 256; MoE layer (4 + 1)·6,144 + 256 = 30,976;
    /// total 2·12,288 + 24,576 + 30,976 + 6,400 + 6,400 = 92,928;
    /// active matmul 2·12,288 + 24,576 + (2 + 1)·6,144 + 256 + 6,400 = 74,240.
    /// </summary>
    public static ModelArchitecture TinyMoe { get; } = TinyDense with
    {
        DenseLayers = 1,
        RoutedExperts = 4,
        ActiveExperts = 2,
        SharedExperts = 1,
        ExpertFfn = 32,
    };

    public static readonly PrecisionBytes Bf16 = PrecisionBytes.For(Precision.Bf16);

    /// <summary>A GPU and fabric in round numbers, every fraction 1, no latencies or overheads unless given.</summary>
    public static HardwareShape GpuShape(
        double flops = 1e15,
        double hbmBytes = 1e12,
        double hbmBytesPerSecond = 1e12,
        double domainGpus = 8,
        double scaleUpBytesPerSecond = 1e11,
        double scaleOutBytesPerSecond = 1e10,
        double overlap = 0,
        double scaleUpLatencySeconds = 0,
        double scaleOutLatencySeconds = 0,
        double layerOverheadSeconds = 0,
        double maxSequencesPerRank = 1024,
        double reserve = 0,
        double draftAcceptance = 0,
        double computeFraction = 1,
        double memoryFraction = 1,
        double scaleUpFraction = 1,
        double scaleOutFraction = 1,
        double ringStepLatencySeconds = 0,
        double gradientBucketParams = 0,
        double hostBytesPerSecond = 0,
        double hostBytes = 0,
        double layerMemoryFraction = 0,
        double? attentionFlops = null) =>
        new(flops, attentionFlops ?? flops, hbmBytes, hbmBytesPerSecond, domainGpus, scaleUpBytesPerSecond, scaleOutBytesPerSecond,
            computeFraction, memoryFraction, scaleUpFraction, scaleOutFraction, overlap, scaleUpLatencySeconds,
            scaleOutLatencySeconds, layerOverheadSeconds, maxSequencesPerRank, reserve, draftAcceptance, layerMemoryFraction,
            ringStepLatencySeconds, gradientBucketParams, hostBytesPerSecond, hostBytes);

    /// <summary>
    /// A user-described system (as the scenario's customSystem gives it) with central values only: its GPUs reach
    /// each other over the links given, or not at all when both are zero.
    /// </summary>
    public static ThroughputSystem CustomSystem(
        string name,
        IReadOnlyDictionary<Precision, double> densePflops,
        double hbmGb = 80,
        double hbmTBps = 3.35,
        int domainGpus = 8,
        double scaleUpTBps = 0.9,
        double scaleOutGbps = 400) => new()
        {
            Name = name,
            DensePflops = densePflops.ToDictionary(p => p.Key, p => Figure.User(p.Value, "PFLOPS", $"{name}: dense {p.Key} peak")),
            HbmGb = Figure.User(hbmGb, "GB", $"{name}: HBM"),
            HbmBandwidthTBps = Figure.User(hbmTBps, "TB/s", $"{name}: HBM bandwidth"),
            ScaleUpDomainGpus = domainGpus,
            ScaleUpTBps = Figure.User(scaleUpTBps, "TB/s", $"{name}: NVLink"),
            ScaleOutGbps = Figure.User(scaleOutGbps, "Gb/s", $"{name}: NICs"),
            GpuPowerKw = Figure.User(0.7, "kW", $"{name}: GPU power"),
            Achievable = AchievableFractions.Default,
            IsCustom = true,
        };

    public static ModelSpec Spec(string id) => ModelCatalog.All.Single(m => m.Id == id);

    /// <summary>A catalog-free model entry for a custom architecture, as a scenario's customModel gives it.</summary>
    public static ModelSpec Custom(ModelArchitecture architecture, int sequenceLength = 128) =>
        new("custom", "custom model", Figure.User(architecture.TotalParams / 1e9, "B", "counted"),
            Figure.User(architecture.ActiveParams / 1e9, "B", "counted"), architecture, sequenceLength, []);
}
