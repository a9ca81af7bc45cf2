using System.Collections.Concurrent;
using Studio.Engine.Provenance;
using Studio.Engine.Throughput.Validation;

namespace Studio.Engine.Tests.Throughput.Validation;

/// <summary>
/// Every calibration point of shared/reference/hardware.md (and DeepSeek-V3's published run), reproduced by the
/// models and defaults the studio ships. Each case has a tolerance stated here with its reason; where the central
/// value is far off, the test says so and holds the published figure inside the model's band instead.
/// </summary>
public sealed class CalibrationCasesTests
{
    /// <summary>
    /// The factor either way the central value may differ from the published figure, per case, and why.
    /// </summary>
    public static TheoryData<string, double> CentralTolerances => new()
    {
        // S61: "up to ~60,000 tokens/s per GPU", read off InferenceMAX's chart by a news report: a rounded figure
        // from one stack and date. The model's peak is 1.2× it (its scheduler cap and speculation defaults are
        // shared with every GPU); 30% is the reading's and the defaults' spread together.
        { "gpt-oss-b200-peak", 1.3 },
        // S61: "~1,000 tokens/s per user" at the most interactive point, again a round chart reading (±10%). The
        // model's fastest point is set by per-layer overhead calibrated on this very point (AchievableFractions): a fit,
        // not a prediction, so it must land close: 15%.
        { "gpt-oss-b200-interactivity", 1.15 },
        // X10 measures 140 and 163 TFLOP/s per GPU on A100 to three figures and derives the days from them. One
        // training compute fraction (0.6) serves every GPU from A100 to Rubin and the bubble and communication are
        // modelled, not fitted per run: the central value must be within 15% (GPT-3 is 11% high, 1T 3% low).
        { "gpt3-175b-a100", 1.15 },
        { "gpt3-175b-a100-days", 1.15 },
        { "gpt-1t-a100", 1.15 },
        { "gpt-1t-a100-days", 1.15 },
        // X13: 2.664M H800 GPU-hours on 2,048 GPUs. DeepSeek's DualPipe hides nearly all of the expert all-to-all
        // behind compute; the model takes the shared overlap default (40%) and 2-way interleaving for DualPipe, so
        // it is held to 25% (it is 13% slow).
        { "deepseek-v3-h800", 1.25 },
        // X10 Table 1 (weak scaling), TFLOP/s per GPU on A100 to three figures, layouts pinned as published: the same
        // 15% as the A100 cases above. These held when the cases were added (before the activation-memory change);
        // 1.7B and 3.6B came inside it when layer-level memory-bound work and GEMM shapes were modelled (issue 16).
        { "megatron-weak-1.7b", 1.15 },
        { "megatron-weak-3.6b", 1.15 },
        { "megatron-weak-7.5b", 1.15 },
        { "megatron-weak-18.4b", 1.15 },
        { "megatron-weak-39.1b", 1.15 },
        { "megatron-weak-76.1b", 1.15 },
        { "megatron-weak-145.6b", 1.15 },
        { "megatron-weak-310.1b", 1.15 },
        { "megatron-weak-529.6b", 1.15 },
        // X10 Table 2: PTD-P at one batch on 384 to 2,240 A100, three figures: 15%.
        { "megatron-ptdp-175b-384", 1.15 },
        { "megatron-ptdp-175b-768", 1.15 },
        { "megatron-ptdp-175b-1536", 1.15 },
        { "megatron-ptdp-530b-560", 1.15 },
        { "megatron-ptdp-530b-1120", 1.15 },
        { "megatron-ptdp-530b-2240", 1.15 },
        // X10 Table 2: DeepSpeed ZeRO-3 without model parallelism, where the step is the weight traffic (0.93, 0.91).
        { "megatron-zero3-175b-768", 1.15 },
        { "megatron-zero3-175b-1536", 1.15 },
        // X63, NeMo 25.11's published layouts on Blackwell and Hopper: the dense runs that hold 15% once attention and
        // the output head run in BF16 under FP8 training (X13 §3.3.1).
        { "nemo-gb300-llama3-70b", 1.15 },
        { "nemo-gb300-llama31-405b", 1.15 },
        { "nemo-gb200-llama3-70b", 1.15 },
        { "nemo-b200-llama31-405b", 1.15 },
        { "nemo-h100-llama3-70b", 1.15 },
        { "nemo-h100-llama31-405b", 1.15 },
    };

    /// <summary>
    /// Cases outside their tolerance when they were added, with model / published then. They stay in
    /// docs/validation.md (marked "no") and here, held to never drift further from the published figure; when the
    /// model brings one inside its tolerance, move it to <see cref="CentralTolerances"/>. Never widen a tolerance.
    /// </summary>
    public static TheoryData<string, double> KnownFailing => new()
    {
        // X10 Table 2, DeepSpeed ZeRO-3 at micro-batch 4, where the compute about equals the weight traffic: the model
        // hides each phase's gathers under that phase's compute whole (max of the two); DeepSpeed's 2021 prefetch hid
        // less. 1.152 and 1.195 when added.
        { "megatron-zero3-175b-384", 1.152 },
        { "megatron-zero3-530b-640", 1.195 },
        // X10 Table 2, ZeRO-3 on 529.6B at 1,120 and 2,240 A100, where the step is the weight traffic: per byte of
        // weights these rows ran 12% faster than the 174.6B ones (about 17.6 against 15.7 GB/s per GPU), and the
        // model's one NIC rate (0.8 of HDR's 25 GB/s, four passes) is slow for both, more so here. 0.837 and 0.844.
        { "megatron-zero3-530b-1120", 0.837 },
        { "megatron-zero3-530b-2240", 0.844 },
        // X63, Llama 3 8B on 8 GPUs (TP 1): the model is fast by 17–43 % on every generation. The small model's
        // per-GPU work is where the one training compute fraction, derived on A100 BF16, is furthest from FP8 on
        // Blackwell: GB300, at the same FP8 peak as GB200 but more power, runs 19 % faster in the table and the same in
        // the model. Ratios when added.
        { "nemo-gb300-llama3-8b", 1.166 },
        { "nemo-gb200-llama3-8b", 1.389 },
        { "nemo-b200-llama3-8b", 1.429 },
        { "nemo-h100-llama3-8b", 1.202 },
        // X63, Llama 3.1 405B on 256 GB200 (TP 4 × PP 16): 15.0 % fast, and refused on memory (221 GB of 167): the
        // run kept no recomputation, so the model's activation memory for it is too large. 1.150 when added.
        { "nemo-gb200-llama31-405b", 1.150 },
        // X63, the MoE runs (experts force-balanced, token-dropless): the model is 1.2–2.6× fast. It times the expert
        // GEMMs at the dense ones' fraction and charges no token permutation and no per-expert weight reads;
        // gpt-oss-120b's experts (2,880 × 2,880) are the smallest. Ratios when added.
        { "nemo-gb300-gpt-oss-120b", 1.807 },
        { "nemo-gb200-gpt-oss-120b", 2.047 },
        { "nemo-b200-gpt-oss-120b", 2.173 },
        { "nemo-h100-gpt-oss-120b", 1.965 },
        { "nemo-gb300-deepseek-v3-bf16", 1.201 },
        { "nemo-gb300-deepseek-v3-fp8", 1.510 },
        { "nemo-gb200-deepseek-v3-bf16", 1.423 },
        { "nemo-gb200-deepseek-v3-fp8", 1.594 },
        { "nemo-b200-deepseek-v3-fp8", 2.628 },
    };

    public static TheoryData<string> CaseIds => [.. CalibrationCases.All.Select(c => c.Id)];

    /// <summary>Every case but the known-failing ones: each must hold its own tolerance and band.</summary>
    public static TheoryData<string> HoldingCaseIds =>
        [.. CalibrationCases.All.Select(c => c.Id).Except(KnownFailing.Select(row => (string)row[0]))];

    private static readonly ConcurrentDictionary<string, Lazy<CalibrationOutcome>> s_outcomes = new();

    private static CalibrationCase Case(string id) => CalibrationCases.All.Single(c => c.Id == id);

    /// <summary>Each case runs its sweeps or training steps once for all the tests here.</summary>
    private static CalibrationOutcome Outcome(string id) => s_outcomes.GetOrAdd(id, key => new Lazy<CalibrationOutcome>(() => Case(key).Run())).Value;

    [Theory]
    [MemberData(nameof(CentralTolerances))]
    public void Run_CentralValue_WithinTheStatedFactorOfThePublishedFigure(string id, double factor)
    {
        var outcome = Outcome(id);

        Assert.InRange(CalibrationCase.Ratio(outcome, Case(id).Published), 1 / factor, factor);
        // docs/validation.md's "within tolerance" column uses the case's own factor: never looser than this test's.
        Assert.True(factor <= Case(id).MaxFactor);
    }

    [Theory]
    [MemberData(nameof(KnownFailing))]
    public void Run_KnownFailingCase_NoFurtherFromThePublishedFigureThanWhenAdded(string id, double ratioWhenAdded)
    {
        var error = CalibrationCase.AbsoluteError(Outcome(id), Case(id).Published);

        // Rounded to three figures when recorded: half a unit in the last place of slack, no more.
        Assert.True(error <= Math.Abs(ratioWhenAdded - 1) + 0.0005, $"{id}: |error| {error:P1}, {Math.Abs(ratioWhenAdded - 1):P1} when added");
    }

    [Fact]
    public void Run_DeepSeekR1OnGb200_PublishedPointInsideTheBandThoughTheCentralIsTwiceIt()
    {
        // S56: ~10,000 input + output tokens/s per GPU at 50 tokens/s per user (8K in, 1K out, NVFP4, GB200 NVL72).
        // The model's central value is ~2× that (19,800): it routes tokens evenly over the experts (no load
        // imbalance), sees no request-length variance or queueing, and serves with the compute fraction calibrated on
        // dense and training work. The honest claim is the band: its pessimistic end (every fraction and bandwidth at
        // the low end of its range, 9,300) lies below the published figure, its optimistic end above.
        var c = Case("deepseek-r1-gb200-8k1k");
        var outcome = Outcome(c.Id);

        Assert.InRange(c.Published, outcome.Low, outcome.High);
        Assert.InRange(CalibrationCase.Ratio(outcome, c.Published), 1.5, c.MaxFactor);
    }

    [Theory]
    [MemberData(nameof(HoldingCaseIds))]
    public void Run_EveryHoldingCase_PublishedFigureInsideTheModelsBand(string id)
    {
        var c = Case(id);
        var outcome = Outcome(id);

        Assert.True(outcome.Low <= outcome.Central && outcome.Central <= outcome.High, $"{outcome}");
        Assert.True(c.PublishedWithinBand(outcome), $"{c.Published} outside {outcome.Low}–{outcome.High}");
        Assert.True(c.CentralWithinTolerance(outcome));
    }

    [Fact]
    public void All_EveryCaseHasAToleranceStatedHere()
    {
        // A new calibration case needs its tolerance argued above, or it is only checked against its band.
        var stated = CentralTolerances.Select(row => (string)row[0]).Concat(KnownFailing.Select(row => (string)row[0]))
            .Append("deepseek-r1-gb200-8k1k").Order();

        Assert.Equal(CalibrationCases.All.Select(c => c.Id).Order(), stated);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void All_SourcesAreRegistered(string id)
    {
        Assert.All(Case(id).SourceIds, s => Assert.True(SourceRegistry.Contains(s), s));
    }
}
