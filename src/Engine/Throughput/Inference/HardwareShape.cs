namespace Studio.Engine.Throughput.Inference;

/// <summary>
/// One GPU and its fabric as plain numbers in SI units (FLOP/s, bytes, bytes/s, seconds), with the achievable
/// fractions applied by the models. A value type for the same reason as <see cref="ModelShape"/>.
/// </summary>
public readonly struct HardwareShape
{
    /// <summary>Dense peak at the precision being modelled, FLOP/s: the weight matmuls run at it.</summary>
    public readonly double PeakFlops;

    /// <summary>
    /// Dense peak for attention's score and value products, FLOP/s: they run at the KV cache's precision (FP8 when
    /// weights are NVFP4 or FP8, BF16 otherwise), not at the weights'.
    /// </summary>
    public readonly double AttentionPeakFlops;

    /// <summary>Usable HBM, bytes.</summary>
    public readonly double HbmBytes;

    public readonly double HbmBytesPerSecond;

    /// <summary>GPUs that share one NVLink domain.</summary>
    public readonly double ScaleUpDomainGpus;

    /// <summary>NVLink bandwidth per GPU per direction, bytes/s.</summary>
    public readonly double ScaleUpBytesPerSecond;

    /// <summary>Scale-out NIC bandwidth per GPU per direction, bytes/s.</summary>
    public readonly double ScaleOutBytesPerSecond;

    public readonly double ComputeFraction;
    public readonly double MemoryFraction;
    public readonly double ScaleUpFraction;
    public readonly double ScaleOutFraction;
    public readonly double Overlap;
    public readonly double ScaleUpLatencySeconds;
    public readonly double ScaleOutLatencySeconds;
    public readonly double LayerOverheadSeconds;
    public readonly double MaxSequencesPerRank;
    public readonly double MemoryReserveFraction;

    /// <summary>Probability that each speculated token is accepted.</summary>
    public readonly double DraftAcceptance;

    /// <summary>
    /// Fraction of peak HBM bandwidth that training's streaming kernels reach (layer norms, activations, dropout,
    /// residual adds, softmax, the optimizer step). Zero: an idealised GPU on which that work takes no time.
    /// </summary>
    public readonly double LayerMemoryFraction;

    public HardwareShape(
        double peakFlops, double attentionPeakFlops, double hbmBytes, double hbmBytesPerSecond, double scaleUpDomainGpus, double scaleUpBytesPerSecond,
        double scaleOutBytesPerSecond, double computeFraction, double memoryFraction, double scaleUpFraction, double scaleOutFraction,
        double overlap, double scaleUpLatencySeconds, double scaleOutLatencySeconds, double layerOverheadSeconds,
        double maxSequencesPerRank, double memoryReserveFraction, double draftAcceptance, double layerMemoryFraction = 0)
    {
        PeakFlops = peakFlops;
        AttentionPeakFlops = attentionPeakFlops;
        HbmBytes = hbmBytes;
        HbmBytesPerSecond = hbmBytesPerSecond;
        ScaleUpDomainGpus = scaleUpDomainGpus;
        ScaleUpBytesPerSecond = scaleUpBytesPerSecond;
        ScaleOutBytesPerSecond = scaleOutBytesPerSecond;
        ComputeFraction = computeFraction;
        MemoryFraction = memoryFraction;
        ScaleUpFraction = scaleUpFraction;
        ScaleOutFraction = scaleOutFraction;
        Overlap = overlap;
        ScaleUpLatencySeconds = scaleUpLatencySeconds;
        ScaleOutLatencySeconds = scaleOutLatencySeconds;
        LayerOverheadSeconds = layerOverheadSeconds;
        MaxSequencesPerRank = maxSequencesPerRank;
        MemoryReserveFraction = memoryReserveFraction;
        DraftAcceptance = draftAcceptance;
        LayerMemoryFraction = layerMemoryFraction;
    }

    /// <summary>Tokens a sequence gains per step with d speculated tokens: 1 + α + α² + … + α^d.</summary>
    public double AcceptedTokensPerStep(int draftTokens)
    {
        var accepted = 1.0;
        var chance = 1.0;
        for (var i = 0; i < draftTokens; i++)
        {
            chance *= DraftAcceptance;
            accepted += chance;
        }

        return accepted;
    }

    public double EffectiveFlops => PeakFlops * ComputeFraction;

    public double EffectiveAttentionFlops => AttentionPeakFlops * ComputeFraction;

    public double EffectiveHbmBytesPerSecond => HbmBytesPerSecond * MemoryFraction;

    /// <summary>HBM bandwidth training's streaming kernels reach, bytes/s; zero where that work is not timed.</summary>
    public double LayerBytesPerSecond => HbmBytesPerSecond * LayerMemoryFraction;

    /// <summary>Seconds to stream <paramref name="bytes"/> through HBM at <see cref="LayerBytesPerSecond"/>; zero when it is zero.</summary>
    public double StreamSeconds(double bytes) => LayerBytesPerSecond > 0 ? bytes / LayerBytesPerSecond : 0;

    public double UsableHbmBytes => HbmBytes * (1 - MemoryReserveFraction);

    /// <summary>
    /// GPUs that NVLink joins: the domain, or each GPU alone when the domain has no NVLink bandwidth (a rack without
    /// switch trays, a custom system without a scale-up link).
    /// </summary>
    public double LinkedDomainGpus => ScaleUpBytesPerSecond > 0 ? Math.Max(1, ScaleUpDomainGpus) : 1;

    /// <summary>
    /// Time to move <paramref name="bytes"/> per GPU in a collective over <paramref name="groupGpus"/> GPUs: on NVLink
    /// while the group fits one domain; past it, the share bound for other domains crosses the NICs, and the slower
    /// path sets the time. A group with no link to cross (no NVLink bandwidth and no NICs) takes forever:
    /// <see cref="double.PositiveInfinity"/>, which the models treat as "does not run", never as a time.
    /// </summary>
    public double CollectiveSeconds(double bytes, double groupGpus)
    {
        if (groupGpus <= 1 || bytes <= 0)
        {
            return 0;
        }

        var domain = LinkedDomainGpus;
        if (groupGpus <= domain)
        {
            return bytes / (ScaleUpBytesPerSecond * ScaleUpFraction) + ScaleUpLatencySeconds;
        }

        if (ScaleOutBytesPerSecond <= 0)
        {
            return double.PositiveInfinity;
        }

        // The share for the GPU's own domain stays on NVLink; a domain of one GPU keeps it in its own HBM.
        var remote = 1 - domain / groupGpus;
        var local = domain > 1 ? (1 - remote) * bytes / (ScaleUpBytesPerSecond * ScaleUpFraction) : 0;
        var across = remote * bytes / (ScaleOutBytesPerSecond * ScaleOutFraction);
        return Math.Max(local, across) + ScaleOutLatencySeconds;
    }
}
