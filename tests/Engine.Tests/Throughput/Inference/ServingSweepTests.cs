using Studio.Engine.Catalog;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Throughput.Inference;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Inference;

/// <summary>The sweep's frontier, the operating point read off it, and how prefill is charged to a serving point.</summary>
public sealed class ServingSweepTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    private static readonly ModelShape s_dense = new(TinyDense);
    private static readonly RequestShape s_request = new(100, 100);

    /// <summary>gpt-oss-120b at NVFP4 on an 8-GPU B200 node, 1K in and 1K out: one of the calibration points (S61).</summary>
    private static (ModelShape Model, HardwareShape Hardware, PrecisionBytes Bytes, RequestShape Request) GptOssOnB200()
    {
        var model = new ModelShape(Spec("gpt-oss-120b").Architecture);
        return (model, ReferenceSystems.B200Hgx.Shape(Precision.Nvfp4, Corner.Central), PrecisionBytes.For(Precision.Nvfp4), new RequestShape(1024, 1024));
    }

    [Fact]
    public void Run_RealSweep_FrontierIsSortedAndNoPointBeatsIt()
    {
        var (m, h, p, r) = GptOssOnB200();
        var space = ServingSpace.Default(m, h);

        var result = ServingSweep.Run(m, h, p, r, 100, space);
        var all = space.Configurations().Select(c => ServingSweep.Serve(m, h, p, r, c, result.Prefill)).OfType<ServingPoint>().ToList();

        Assert.Equal(all.Count, result.Fitting);
        Assert.True(result.Frontier.Count > 1);
        // Interactivity falls and tokens per GPU rise strictly along the frontier.
        Assert.All(result.Frontier.Zip(result.Frontier.Skip(1)), pair =>
        {
            Assert.True(pair.First.TokensPerSecondPerUser >= pair.Second.TokensPerSecondPerUser);
            Assert.True(pair.First.OutputTokensPerSecondPerGpu < pair.Second.OutputTokensPerSecondPerGpu);
        });
        // No configuration is strictly better on one rate and at least as good on the other than a frontier point.
        Assert.All(result.Frontier, f => Assert.DoesNotContain(all, q =>
            q.TokensPerSecondPerUser >= f.TokensPerSecondPerUser && q.OutputTokensPerSecondPerGpu >= f.OutputTokensPerSecondPerGpu
            && (q.TokensPerSecondPerUser > f.TokensPerSecondPerUser || q.OutputTokensPerSecondPerGpu > f.OutputTokensPerSecondPerGpu)));
        Assert.Equal(result.Frontier[0], result.MostInteractive);
        Assert.Equal(result.Frontier[^1], result.Peak);
    }

    [Fact]
    public void Run_Target_OperatingPointReachesItAndIsTheBestOnTheFrontierThatDoes()
    {
        var (m, h, p, r) = GptOssOnB200();

        var result = ServingSweep.Run(m, h, p, r, 300, ServingSpace.Default(m, h));

        var atTarget = Assert.NotNull(result.AtTarget);
        Assert.True(atTarget.TokensPerSecondPerUser >= 300);
        Assert.Contains(atTarget, result.Frontier);
        Assert.All(result.Frontier.Where(f => f.TokensPerSecondPerUser >= 300),
            f => Assert.True(f.OutputTokensPerSecondPerGpu <= atTarget.OutputTokensPerSecondPerGpu));
        // The operating point gives up throughput for interactivity: at or under the peak.
        Assert.True(atTarget.OutputTokensPerSecondPerGpu <= result.Peak!.Value.OutputTokensPerSecondPerGpu);
    }

    [Fact]
    public void Run_UnreachableTarget_NoOperatingPointButAFrontier()
    {
        var (m, h, p, r) = GptOssOnB200();

        var result = ServingSweep.Run(m, h, p, r, 1e6, ServingSpace.Default(m, h));

        Assert.Null(result.AtTarget);
        Assert.NotEmpty(result.Frontier);
        Assert.True(result.MostInteractive!.Value.TokensPerSecondPerUser < 1e6);
    }

    [Fact]
    public void Serve_Disaggregated_ChargesPrefillGpusAndAddsTheKvHandOver()
    {
        // Decode alone: 1 / 0.198656 s tokens/s per GPU (DecodeModelTests). A prefill pool serving 200 prompt tokens/s
        // per GPU, 1 input token per output token: r = r_d / (1 + r_d / 200). The user sees the decode rate; the first
        // token waits 0.5 s of prefill plus 100 × 64 × 2 layers × 2 B = 25,600 B of KV cache at 1e6 B/s.
        var h = GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6, scaleUpBytesPerSecond: 1e6);
        var prefill = new PrefillRun(true, 1, 0.5, 200);
        var rd = 1 / 0.198656;

        var point = ServingSweep.Serve(s_dense, h, Bf16, s_request, new ServingConfig(1, 1, 1, 1, true), prefill)!.Value;

        Assert.Equal(rd / (1 + rd / 200), point.OutputTokensPerSecondPerGpu, Tolerance);
        Assert.Equal(rd, point.TokensPerSecondPerUser, Tolerance);
        Assert.Equal(0.5256, point.TimeToFirstTokenSeconds, Tolerance);
        // Input + output tokens: twice the output at 100 in, 100 out.
        Assert.Equal(2 * point.OutputTokensPerSecondPerGpu, point.TotalTokensPerSecondPerGpu, Tolerance);
    }

    [Fact]
    public void Serve_Aggregated_StretchesTheUsersDecodeByThePrefillShare()
    {
        // Same rates, prompts run on the serving GPU: it spends r·q/r_p of its time on them, and the user's stream
        // slows by that share. The first token waits for the prompt on the instance itself (PrefillModelTests).
        var h = GpuShape(flops: 1e12, hbmBytesPerSecond: 1e6, scaleUpBytesPerSecond: 1e6);
        var prefill = new PrefillRun(true, 1, 0.5, 200);
        var rd = 1 / 0.198656;
        var r = rd / (1 + rd / 200);

        var point = ServingSweep.Serve(s_dense, h, Bf16, s_request, new ServingConfig(1, 1, 1, 1, false), prefill)!.Value;

        Assert.Equal(r, point.OutputTokensPerSecondPerGpu, Tolerance);
        Assert.Equal(rd * (1 - r / 200), point.TokensPerSecondPerUser, Tolerance);
        Assert.Equal(PrefillModel.Evaluate(s_dense, h, Bf16, 100, 1).Seconds, point.TimeToFirstTokenSeconds, Tolerance);
    }

    [Fact]
    public void Run_ModelNeedsTwoGpusThatShareNoLink_NothingRuns()
    {
        // 200,000 B per GPU: one GPU needs 224,256 B (DecodeModelTests), so every configuration that holds the model
        // spans GPUs; without NVLink or NICs none of them can run, and the frontier is empty rather than zero-rate.
        var isolated = GpuShape(hbmBytes: 200_000, domainGpus: 1, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 0);
        var linked = GpuShape(hbmBytes: 200_000, domainGpus: 1, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 1e9);

        var none = ServingSweep.Run(s_dense, isolated, Bf16, s_request, 1, ServingSpace.Default(s_dense, isolated));
        var some = ServingSweep.Run(s_dense, linked, Bf16, s_request, 1, ServingSpace.Default(s_dense, linked));

        Assert.Empty(none.Frontier);
        Assert.Equal(0, none.Fitting);
        Assert.Null(none.Peak);
        Assert.NotEmpty(some.Frontier);
        Assert.All(some.Frontier, f => Assert.True(f.OutputTokensPerSecondPerGpu > 0 && double.IsFinite(f.TimeToFirstTokenSeconds)));
    }
}
