using Studio.Engine.Catalog;
using Studio.Engine.Throughput.Hardware;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Hardware;

/// <summary>How a system becomes plain numbers at each end of its ranges, and what it says about missing links.</summary>
public sealed class ThroughputSystemTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    [Fact]
    public void Shape_H100Central_ConvertsToSiUnitsAndHalvesNvlink()
    {
        // X14: 0.989 PFLOPS BF16, 3.35 TB/s HBM, 900 GB/s NVLink both directions (450 GB/s each way), 400 Gb/s NIC.
        var h = ReferenceSystems.H100.Shape(Precision.Bf16, Corner.Central);

        Assert.Equal(0.989e15, h.PeakFlops, 1);
        Assert.Equal(3.35e12, h.HbmBytesPerSecond, 1);
        Assert.Equal(0.45e12, h.ScaleUpBytesPerSecond, 1);
        Assert.Equal(50e9, h.ScaleOutBytesPerSecond, 1);
        Assert.Equal(80e9, h.HbmBytes, 1);
        // Central achievable fractions (AchievableFractions.Default): 0.4 serving compute, 0.6 training.
        Assert.Equal(0.4, h.ComputeFraction, Tolerance);
        Assert.Equal(0.665, ReferenceSystems.H100.Shape(Precision.Bf16, Corner.Central, training: true).ComputeFraction, Tolerance);
        Assert.Equal(0.8, ReferenceSystems.H100.Shape(Precision.Bf16, Corner.Central, training: true).LayerMemoryFraction, Tolerance);
    }

    [Fact]
    public void Shape_Corners_TakeTheEndsThatLowerOrRaiseThroughput()
    {
        var pessimistic = ReferenceSystems.H100.Shape(Precision.Fp8, Corner.Pessimistic);
        var optimistic = ReferenceSystems.H100.Shape(Precision.Fp8, Corner.Optimistic);

        // Fractions from their low ends to their high ends; latency, overhead and reserve the other way round.
        Assert.Equal(0.25, pessimistic.ComputeFraction, Tolerance);
        Assert.Equal(0.6, optimistic.ComputeFraction, Tolerance);
        Assert.Equal(100e-6, pessimistic.ScaleUpLatencySeconds, Tolerance);
        Assert.Equal(25e-6, optimistic.ScaleUpLatencySeconds, Tolerance);
        Assert.Equal(50e-6, pessimistic.LayerOverheadSeconds, Tolerance);
        Assert.Equal(0.15, pessimistic.MemoryReserveFraction, Tolerance);
        Assert.Equal(0.06, optimistic.MemoryReserveFraction, Tolerance);
    }

    [Theory]
    [InlineData(Precision.Nvfp4, Precision.Fp8)]
    [InlineData(Precision.Fp8, Precision.Fp8)]
    [InlineData(Precision.Bf16, Precision.Bf16)]
    public void AttentionPrecision_GpuWithEveryPeak_FollowsTheKvCache(Precision weights, Precision attention)
    {
        Assert.Equal(attention, ReferenceSystems.B200Hgx.AttentionPrecision(weights));
    }

    [Fact]
    public void AttentionPrecision_OnlyNvfp4_RunsAtTheWeightsPrecision()
    {
        var system = CustomSystem("NVFP4-only GPU", new Dictionary<Precision, double> { [Precision.Nvfp4] = 10 });

        Assert.Equal(Precision.Nvfp4, system.AttentionPrecision(Precision.Nvfp4));
        // 10 PFLOPS for the weights and for attention alike.
        Assert.Equal(10e15, system.Shape(Precision.Nvfp4, Corner.Central).AttentionPeakFlops, 1);
    }

    [Theory]
    [InlineData(Precision.Fp8)]
    [InlineData(Precision.Nvfp4)]
    public void Shape_TrainingAtLowPrecision_AttentionRunsAtBf16(Precision weights)
    {
        // X13 §3.3.1: attention stays in BF16 under FP8 training; serving runs it at the KV cache's FP8. Rubin's
        // published dense peaks (S5): BF16 4 PFLOPS, FP8 17.5.
        var rubin = ReferenceSystems.VeraRubinNvl72;

        Assert.Equal(4e15, rubin.Shape(weights, Corner.Central, training: true).AttentionPeakFlops, 1);
        Assert.Equal(17.5e15, rubin.Shape(weights, Corner.Central).AttentionPeakFlops, 1);
    }

    [Fact]
    public void Shape_TrainingOnGpuWithoutBf16_AttentionRunsAtWhatItHas()
    {
        var system = CustomSystem("NVFP4-only GPU", new Dictionary<Precision, double> { [Precision.Nvfp4] = 10 });

        Assert.Equal(10e15, system.Shape(Precision.Nvfp4, Corner.Central, training: true).AttentionPeakFlops, 1);
    }

    [Fact]
    public void LinkLimit_WithNics_IsNull()
    {
        Assert.Null(ReferenceSystems.Gb200Nvl72.LinkLimit());
    }

    [Fact]
    public void LinkLimit_DomainWithoutNics_SaysDomainsCannotBeSpanned()
    {
        var system = CustomSystem("8-GPU box", new Dictionary<Precision, double> { [Precision.Bf16] = 1 }, domainGpus: 8, scaleOutGbps: 0);

        Assert.Contains("beyond one 8-GPU NVLink domain", system.LinkLimit(), StringComparison.Ordinal);
    }

    [Fact]
    public void LinkLimit_NoLinkAtAll_SaysOnlySingleGpuConfigurationsRun()
    {
        var system = CustomSystem("lone GPUs", new Dictionary<Precision, double> { [Precision.Bf16] = 1 }, domainGpus: 1, scaleUpTBps: 0, scaleOutGbps: 0);

        Assert.Contains("only single-GPU configurations can run", system.LinkLimit(), StringComparison.Ordinal);
    }
}
