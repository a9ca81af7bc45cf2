using Studio.Engine.Provenance;

namespace Studio.Engine.Throughput.Hardware;

/// <summary>
/// What real software reaches of a GPU's peaks, and the fixed costs it pays. These are parameters of the hardware,
/// each a Figure with a range and its source or calibration note, so the throughput bands carry their uncertainty
/// and a user can replace any of them. See docs/models/throughput.md.
/// </summary>
public sealed record AchievableFractions
{
    /// <summary>Fraction of dense peak FLOP/s that serving matmuls reach (fragmented by batches, experts, attention).</summary>
    public required Figure Compute { get; init; }

    /// <summary>Fraction of dense peak FLOP/s that training's large matmuls reach, before bubbles and communication.</summary>
    public required Figure TrainingCompute { get; init; }

    /// <summary>Fraction of peak HBM bandwidth that weight and KV-cache streaming reaches.</summary>
    public required Figure Memory { get; init; }

    /// <summary>
    /// Fraction of peak HBM bandwidth that training's streaming kernels reach: layer norms, activations, dropout,
    /// bias and residual adds, softmax over materialised attention scores, and the optimizer step.
    /// </summary>
    public required Figure LayerMemory { get; init; }

    /// <summary>Fraction of per-direction NVLink bandwidth that collectives reach.</summary>
    public required Figure ScaleUp { get; init; }

    /// <summary>Fraction of NIC line rate that collectives across the scale-out network reach.</summary>
    public required Figure ScaleOut { get; init; }

    /// <summary>Share of compute time under which communication can hide (0: none, 1: all of it).</summary>
    public required Figure Overlap { get; init; }

    /// <summary>Fixed cost of one collective inside the NVLink domain, microseconds.</summary>
    public required Figure ScaleUpLatencyMicroseconds { get; init; }

    /// <summary>Fixed cost of one collective across the scale-out network, microseconds.</summary>
    public required Figure ScaleOutLatencyMicroseconds { get; init; }

    /// <summary>Fixed cost of each step of a ring collective (one hop: send, receive, reduce), microseconds.</summary>
    public required Figure RingStepLatencyMicroseconds { get; init; }

    /// <summary>Parameters per data-parallel gradient bucket, millions: the last bucket's reduction is never hidden.</summary>
    public required Figure GradientBucketMillionParams { get; init; }

    /// <summary>Kernel launches, norms, routing and sampling per transformer layer and step, microseconds.</summary>
    public required Figure LayerOverheadMicroseconds { get; init; }

    /// <summary>Most sequences one serving rank batches (schedulers cap it: vLLM max_num_seqs, TensorRT-LLM max_batch_size).</summary>
    public required Figure MaxSequencesPerRank { get; init; }

    /// <summary>
    /// The HBM reserve: HBM kept back for workspaces, communication buffers and fragmentation (and serving's transient
    /// activations). Usable HBM is HBM × (1 − this), one figure for the fit tests and the findings that quote them.
    /// </summary>
    public required Figure MemoryReserve { get; init; }

    /// <summary>Chance that a speculated token (multi-token prediction or a draft model) is accepted.</summary>
    public required Figure DraftAcceptance { get; init; }

    /// <summary>Every parameter, labelled, for the inspector and for catalog integrity checks.</summary>
    public IEnumerable<(string Label, Figure Figure)> Figures()
    {
        yield return ("Achievable compute, serving", Compute);
        yield return ("Achievable compute, training", TrainingCompute);
        yield return ("Achievable HBM bandwidth", Memory);
        yield return ("Achievable HBM bandwidth, training's streaming kernels", LayerMemory);
        yield return ("Achievable NVLink bandwidth", ScaleUp);
        yield return ("Achievable scale-out bandwidth", ScaleOut);
        yield return ("Communication overlap", Overlap);
        yield return ("NVLink collective latency", ScaleUpLatencyMicroseconds);
        yield return ("Scale-out collective latency", ScaleOutLatencyMicroseconds);
        yield return ("Ring collective step latency", RingStepLatencyMicroseconds);
        yield return ("Data-parallel gradient bucket", GradientBucketMillionParams);
        yield return ("Overhead per layer and step", LayerOverheadMicroseconds);
        yield return ("Sequences per serving rank, most", MaxSequencesPerRank);
        yield return ("HBM reserve", MemoryReserve);
        yield return ("Speculated-token acceptance", DraftAcceptance);
    }

    /// <summary>
    /// Defaults for current (2026) serving and training stacks on NVL72-class systems: calibrated against the
    /// published points in shared/reference/hardware.md (S56, S61, X10) and DeepEP's collective benchmarks (X12);
    /// the ranges span what those sources imply. docs/validation.md shows the fit.
    /// </summary>
    public static AchievableFractions Default { get; } = new()
    {
        Compute = Figure.Estimate(0.4, 0.25, 0.6, "fraction",
            "Calibrated: GEMM kernels reach 70–90% of peak alone (CUTLASS), end-to-end serving and training far less (S56, S61, X10)", "S56", "S61", "X10"),
        TrainingCompute = Figure.Estimate(0.665, 0.55, 0.8, "fraction",
            "Derived from one case, X10's GPT 1T on 3,072 A100 (163 TFLOP/s, 52% of peak end to end), with the memory-bound layer work, bubble and communication timed on top; the other training cases are held out (X10)", "X10"),
        Memory = Figure.Estimate(0.6, 0.45, 0.8, "fraction",
            "Calibrated: streaming kernels reach ~80–90% of HBM peak; MoE and attention decode kernels reach less (S56, S61)", "S56", "S61"),
        LayerMemory = Figure.Estimate(0.8, 0.65, 0.9, "fraction",
            "Studio estimate: fused element-wise and normalisation kernels are pure streams; streaming kernels reach ~80–90% of HBM peak (as for Memory, S56, S61), less for short tensors"),
        ScaleUp = Figure.Estimate(0.7, 0.5, 0.85, "fraction",
            "NCCL and DeepEP reach ~150–320 GB/s of 450 GB/s per direction on 8-GPU NVLink (X12)", "X12"),
        ScaleOut = Figure.Estimate(0.8, 0.6, 0.95, "fraction",
            "DeepEP reaches 39–46 GB/s of a 400 Gb/s (50 GB/s) NIC (X12)", "X12"),
        Overlap = Figure.Estimate(0.4, 0.2, 0.7, "fraction",
            "Two-micro-batch overlap hides part of the all-to-all behind compute (X12); how much depends on the stack", "X12"),
        ScaleUpLatencyMicroseconds = Figure.Estimate(50, 25, 100, "µs",
            "Fixed cost of a dispatch or combine inside an NVLink domain: DeepEP's 8-rank low-latency kernels take 77–114 µs for 128 tokens (X12); mid-curve NVL72 decode is network-bound (S56)", "X12", "S56"),
        ScaleOutLatencyMicroseconds = Figure.Estimate(60, 30, 120, "µs",
            "DeepEP low-latency dispatch at 8–256 ranks is 77–194 µs for 128 tokens; the fixed part of that", "X12"),
        RingStepLatencyMicroseconds = Figure.Estimate(5, 2, 15, "µs",
            "Studio estimate after NCCL's own cost model (src/graph/tuning.cc, hwLat), which charges about 3.4 µs per ring step on NVLink with its Simple protocol and more per step across the network"),
        GradientBucketMillionParams = Figure.Estimate(40, 10, 100, "M parameters",
            "Megatron-LM's default data-parallel bucket, max(40M, 1M × data-parallel size) parameters (megatron/core/distributed); the range is a studio estimate of what runs set"),
        LayerOverheadMicroseconds = Figure.Estimate(25, 10, 50, "µs",
            "Calibrated against the low-batch end of S61 (gpt-oss-120b at ~1,000 tok/s per user)", "S61"),
        MaxSequencesPerRank = Figure.Estimate(256, 128, 512, "sequences",
            "Scheduler limits of serving frameworks (max_num_seqs / max_batch_size), calibrated against S56 and S61", "S56", "S61"),
        MemoryReserve = Figure.Estimate(0.1, 0.06, 0.15, "fraction", "Workspaces, communication buffers, CUDA graphs and fragmentation, and serving's transient activations; training counts its activations itself (studio estimate)"),
        DraftAcceptance = Figure.Estimate(0.75, 0.6, 0.9, "fraction",
            "DeepSeek-V3 reports 85–90% acceptance of its second (MTP) token; served traffic is less predictable (X13)", "X13"),
    };
}
