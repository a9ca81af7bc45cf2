using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Provenance;
using Studio.Engine.Throughput.Inference;

namespace Studio.Engine.Throughput.Hardware;

/// <summary>Which end of every range to take: the central values, or all ends that lower (or raise) throughput.</summary>
public enum Corner
{
    Central,
    Pessimistic,
    Optimistic,
}

/// <summary>
/// The hardware the throughput models see: one GPU's peaks, memory and links, the size of its NVLink domain, and
/// what software reaches of them. Built from the design's racks, or given whole by the user for hardware that is
/// not in the catalog (an H100 or A100 system, say).
/// </summary>
public sealed record ThroughputSystem
{
    public required string Name { get; init; }

    /// <summary>Dense peak per precision, PFLOPS per GPU; a precision the GPU lacks is absent.</summary>
    public required IReadOnlyDictionary<Precision, Figure> DensePflops { get; init; }

    /// <summary>Usable HBM per GPU, GB.</summary>
    public required Figure HbmGb { get; init; }

    public required Figure HbmBandwidthTBps { get; init; }

    /// <summary>GPUs in one NVLink domain.</summary>
    public required int ScaleUpDomainGpus { get; init; }

    /// <summary>NVLink bandwidth per GPU, both directions together as vendors quote it, TB/s.</summary>
    public required Figure ScaleUpTBps { get; init; }

    /// <summary>Scale-out bandwidth per GPU, Gb/s.</summary>
    public required Figure ScaleOutGbps { get; init; }

    /// <summary>
    /// Switch hops and fibre of the fabric's longest path, added to each scale-out collective's software latency; null
    /// where no fabric is laid out (a reference system, or a canvas with no factory).
    /// </summary>
    public Figure? ScaleOutPathLatencyMicroseconds { get; init; }

    public required Figure GpuPowerKw { get; init; }

    /// <summary>
    /// Link from one GPU to host memory, both directions together as vendors quote it, TB/s; null where none is known
    /// (a custom system), and then training cannot offload activations.
    /// </summary>
    public Figure? HostLinkTBps { get; init; }

    /// <summary>Host memory per GPU, GB: the CPUs' memory shared by the GPUs they host; null where none is known.</summary>
    public Figure? HostMemoryGb { get; init; }

    public required AchievableFractions Achievable { get; init; }

    /// <summary>Whether the user described this system rather than the design's racks.</summary>
    public bool IsCustom { get; init; }

    public bool Supports(Precision precision) => DensePflops.ContainsKey(precision);

    /// <summary>
    /// Why configurations past some number of GPUs cannot run here (their GPUs have no link to exchange data over),
    /// for the findings; null when scale-out NICs join any number of GPUs.
    /// </summary>
    public string? LinkLimit()
    {
        if (ScaleOutGbps.Value > 0)
        {
            return null;
        }

        return ScaleUpTBps.Value > 0 && ScaleUpDomainGpus > 1
            ? string.Create(CultureInfo.InvariantCulture,
                $"{Name} has no scale-out NICs, so GPUs beyond one {ScaleUpDomainGpus}-GPU NVLink domain cannot exchange data and configurations that span domains cannot run.")
            : $"{Name} has neither NVLink bandwidth nor scale-out NICs, so its GPUs cannot exchange data and only single-GPU configurations can run.";
    }

    /// <summary>
    /// The plain-number shape at a corner. Each figure goes to the end of its range that lowers throughput
    /// (pessimistic) or raises it (optimistic): less compute, memory and bandwidth, more latency and overhead.
    /// Training takes its own compute fraction: its matmuls are large and regular. Training at FP8 or NVFP4 keeps
    /// attention, the embedding and the output head in BF16 (DeepSeek-V3, X13 §3.3.1; Transformer Engine's recipes run
    /// dot-product attention in BF16 unless asked otherwise), so a training shape's attention peak is the BF16 one.
    /// </summary>
    public HardwareShape Shape(Precision precision, Corner corner, bool training = false)
    {
        double Up(Figure f) => corner switch { Corner.Pessimistic => f.Low, Corner.Optimistic => f.High, _ => f.Value };
        double Down(Figure f) => corner switch { Corner.Pessimistic => f.High, Corner.Optimistic => f.Low, _ => f.Value };
        var a = Achievable;
        const double Tera = 1e12;
        const double Micro = 1e-6;
        return new HardwareShape(
            peakFlops: Up(DensePflops[precision]) * 1e15,
            attentionPeakFlops: Up(DensePflops[TrainingOrServingAttention(precision, training)]) * 1e15,
            hbmBytes: HbmGb.Low * 1e9,
            hbmBytesPerSecond: Up(HbmBandwidthTBps) * Tera,
            scaleUpDomainGpus: ScaleUpDomainGpus,
            scaleUpBytesPerSecond: Up(ScaleUpTBps) * Tera / 2,
            scaleOutBytesPerSecond: Up(ScaleOutGbps) * 1e9 / 8,
            computeFraction: Up(training ? a.TrainingCompute : a.Compute),
            memoryFraction: Up(a.Memory),
            scaleUpFraction: Up(a.ScaleUp),
            scaleOutFraction: Up(a.ScaleOut),
            overlap: Up(a.Overlap),
            scaleUpLatencySeconds: Down(a.ScaleUpLatencyMicroseconds) * Micro,
            scaleOutLatencySeconds: (Down(a.ScaleOutLatencyMicroseconds) + (ScaleOutPathLatencyMicroseconds is { } path ? Down(path) : 0)) * Micro,
            layerOverheadSeconds: Down(a.LayerOverheadMicroseconds) * Micro,
            maxSequencesPerRank: Up(a.MaxSequencesPerRank),
            memoryReserveFraction: Down(a.MemoryReserve),
            draftAcceptance: Up(a.DraftAcceptance),
            layerMemoryFraction: Up(a.LayerMemory),
            ringStepLatencySeconds: Down(a.RingStepLatencyMicroseconds) * Micro,
            gradientBucketParams: Down(a.GradientBucketMillionParams) * 1e6,
            hostBytesPerSecond: HostLinkTBps is { } host ? Up(host) * Tera / 2 : 0,
            hostBytes: HostMemoryGb is { } hostMemory ? Up(hostMemory) * 1e9 : 0);
    }

    /// <summary>
    /// Attention runs at the KV cache's precision: FP8 under NVFP4 or FP8 weights where the GPU has FP8, else BF16; a
    /// GPU with neither (a custom one given only an NVFP4 peak) runs it at the weights' precision.
    /// </summary>
    public Precision AttentionPrecision(Precision precision) =>
        precision != Precision.Bf16 && Supports(Precision.Fp8) ? Precision.Fp8
        : Supports(Precision.Bf16) ? Precision.Bf16
        : precision;

    private Precision TrainingOrServingAttention(Precision precision, bool training) =>
        training && Supports(Precision.Bf16) ? Precision.Bf16 : AttentionPrecision(precision);

    /// <summary>The figures behind a throughput number, for its provenance.</summary>
    public IEnumerable<Figure> Inputs(Precision precision)
    {
        if (DensePflops.TryGetValue(precision, out var peak))
        {
            yield return peak;
        }

        yield return HbmGb;
        yield return HbmBandwidthTBps;
        yield return ScaleUpTBps;
        yield return ScaleOutGbps;
        if (HostLinkTBps is { } host)
        {
            yield return host;
        }

        if (HostMemoryGb is { } hostMemory)
        {
            yield return hostMemory;
        }

        if (ScaleOutPathLatencyMicroseconds is { } path)
        {
            yield return path;
        }
        yield return Achievable.Compute;
        yield return Achievable.TrainingCompute;
        yield return Achievable.Memory;
        yield return Achievable.LayerMemory;
        yield return Achievable.ScaleUp;
        yield return Achievable.ScaleOut;
        yield return Achievable.Overlap;
        yield return Achievable.LayerOverheadMicroseconds;
        yield return Achievable.RingStepLatencyMicroseconds;
        yield return Achievable.GradientBucketMillionParams;
        yield return Achievable.MaxSequencesPerRank;
        yield return Achievable.DraftAcceptance;
    }
}
