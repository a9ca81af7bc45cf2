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
    /// Dense peak for attention's score and value products, FLOP/s: in serving they run at the KV cache's precision
    /// (FP8 when weights are NVFP4 or FP8, BF16 otherwise), not at the weights'; in training at BF16, as does the
    /// output head (ThroughputSystem.Shape).
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

    /// <summary>
    /// Fixed cost of each step of a ring collective (one hop's send, receive and reduce), seconds: a ring of n ranks
    /// takes n − 1 steps per pass. Zero: a ring whose steps cost nothing beyond their bytes.
    /// </summary>
    public readonly double RingStepLatencySeconds;

    /// <summary>
    /// Parameters per data-parallel gradient bucket: the reduce-scatter of the last bucket filled starts only when the
    /// backward pass ends, so it is never hidden. Zero: buckets too small to matter.
    /// </summary>
    public readonly double GradientBucketParams;

    /// <summary>
    /// Link from one GPU to its host's memory per direction, bytes/s (PCIe, or NVLink-C2C to a Grace or Vera CPU):
    /// what offloaded activations cross. Zero: no host link is known, and nothing can be offloaded.
    /// </summary>
    public readonly double HostBytesPerSecond;

    /// <summary>Host memory per GPU, bytes: what offloaded activations can fill. Zero: none is known.</summary>
    public readonly double HostBytes;

    public HardwareShape(
        double peakFlops, double attentionPeakFlops, double hbmBytes, double hbmBytesPerSecond, double scaleUpDomainGpus, double scaleUpBytesPerSecond,
        double scaleOutBytesPerSecond, double computeFraction, double memoryFraction, double scaleUpFraction, double scaleOutFraction,
        double overlap, double scaleUpLatencySeconds, double scaleOutLatencySeconds, double layerOverheadSeconds,
        double maxSequencesPerRank, double memoryReserveFraction, double draftAcceptance, double layerMemoryFraction = 0,
        double ringStepLatencySeconds = 0, double gradientBucketParams = 0, double hostBytesPerSecond = 0, double hostBytes = 0)
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
        RingStepLatencySeconds = ringStepLatencySeconds;
        GradientBucketParams = gradientBucketParams;
        HostBytesPerSecond = hostBytesPerSecond;
        HostBytes = hostBytes;
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

    /// <summary>
    /// A ring collective over <paramref name="ranks"/> GPUs of <paramref name="bytes"/> per GPU (the whole buffer,
    /// before it is split): each of <paramref name="passes"/> passes (reduce-scatter or all-gather: 1; all-reduce:
    /// 2) moves (n − 1)/n of it in n − 1 steps, every step paying <see cref="RingStepLatencySeconds"/>:
    /// passes·(n − 1)/n·bytes / bandwidth + collective latency + passes·(n − 1)·step latency. A ring moves every
    /// byte over each of its links in turn, so its slowest link sets the bandwidth: NVLink while the group of
    /// <paramref name="spanGpus"/> GPUs fits one domain. Past it the ring's ranks in one domain (r = domain · ranks /
    /// span, at least 1) run one ring channel each through their own NIC, as NCCL lays rings out, so the bytes that
    /// leave a domain share r NICs: max(bytes / NVLink, bytes / (r · NIC)). No link to cross:
    /// <see cref="double.PositiveInfinity"/>.
    /// </summary>
    public double RingSeconds(double bytes, double ranks, double spanGpus, double passes) => Ring(bytes, ranks, spanGpus, passes, aggregateNics: true);

    /// <summary>
    /// <see cref="RingSeconds"/> as ZeRO-3 / FSDP's per-layer weight gathers and gradient reduce-scatters run across
    /// the scale-out network: each GPU's share crosses its own NIC, with no ring channels spread over the domain's
    /// other NICs. X10 Table 2 measures it: DeepSpeed ZeRO-3 without model parallelism trains GPT 175B at 88 and 44
    /// TFLOP/s per GPU on 768 and 1,536 A100 at one fixed batch, the same step time on both, so the step is set by
    /// a traffic that is the same on every GPU whatever their number; that time is what every GPU's whole weights
    /// take at one HDR NIC's rate, not at eight NICs' (which would hide it under the compute).
    /// </summary>
    public double OwnNicRingSeconds(double bytes, double ranks, double spanGpus, double passes) => Ring(bytes, ranks, spanGpus, passes, aggregateNics: false);

    private double Ring(double bytes, double ranks, double spanGpus, double passes, bool aggregateNics)
    {
        if (ranks <= 1 || bytes <= 0)
        {
            return 0;
        }

        var steps = passes * (ranks - 1);
        var moved = steps / ranks * bytes;
        var span = Math.Max(ranks, spanGpus);
        var domain = LinkedDomainGpus;
        var nvlink = domain > 1 ? moved / (ScaleUpBytesPerSecond * ScaleUpFraction) : 0;
        if (span <= domain)
        {
            return nvlink + ScaleUpLatencySeconds + steps * RingStepLatencySeconds;
        }

        if (ScaleOutBytesPerSecond <= 0)
        {
            return double.PositiveInfinity;
        }

        var ranksPerDomain = aggregateNics ? Math.Min(ranks, Math.Max(1, domain * ranks / span)) : 1;
        var across = moved / (ranksPerDomain * ScaleOutBytesPerSecond * ScaleOutFraction);
        return Math.Max(nvlink, across) + ScaleOutLatencySeconds + steps * RingStepLatencySeconds;
    }
}
