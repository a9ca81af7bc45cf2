using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Throughput.Inference;

/// <summary>Collective times: NVLink inside a domain, the NICs past it, and no time at all where there is no link.</summary>
public sealed class HardwareShapeTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    [Fact]
    public void CollectiveSeconds_GroupInsideDomain_IsBytesOverNvlinkPlusLatency()
    {
        var h = GpuShape(domainGpus: 8, scaleUpBytesPerSecond: 1000, scaleUpFraction: 0.5, scaleUpLatencySeconds: 0.01);

        // 400 bytes / (1,000 B/s × 0.5) = 0.8 s, plus 0.01 s of latency.
        Assert.Equal(0.81, h.CollectiveSeconds(400, 8), Tolerance);
    }

    [Fact]
    public void CollectiveSeconds_GroupAcrossDomains_SlowerPathSetsTheTime()
    {
        var h = GpuShape(domainGpus: 4, scaleUpBytesPerSecond: 1000, scaleOutBytesPerSecond: 100, scaleOutLatencySeconds: 0.02);

        // 16 GPUs over domains of 4: 1 − 4/16 = 3/4 of 400 bytes cross the NICs, 300 / 100 = 3 s;
        // the local quarter takes 100 / 1,000 = 0.1 s on NVLink. max(0.1, 3) + 0.02 = 3.02 s.
        Assert.Equal(3.02, h.CollectiveSeconds(400, 16), Tolerance);
    }

    [Theory]
    [InlineData(1, 400)]
    [InlineData(8, 0)]
    public void CollectiveSeconds_OneGpuOrNoBytes_TakesNoTime(double group, double bytes)
    {
        // Even with no link at all: one GPU, or nothing to send, needs none.
        var h = GpuShape(domainGpus: 1, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 0, scaleUpLatencySeconds: 1);

        Assert.Equal(0, h.CollectiveSeconds(bytes, group));
    }

    [Fact]
    public void CollectiveSeconds_NoNvlinkButNics_CrossesTheNicsOnly()
    {
        // A rack without switch trays: each GPU is its own domain with no NVLink bandwidth, but its NIC works.
        var h = GpuShape(domainGpus: 1, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 100, scaleOutLatencySeconds: 0.02);

        // Group of 4: 1 − 1/4 = 3/4 of 400 bytes leave the GPU, 300 / 100 = 3 s; its own quarter moves nowhere.
        Assert.Equal(3.02, h.CollectiveSeconds(400, 4), Tolerance);
    }

    [Fact]
    public void CollectiveSeconds_DomainWithZeroNvlinkBandwidth_UsesTheNicsNotADivisionByZero()
    {
        // A custom system that claims an 8-GPU domain but gives it no bandwidth: its GPUs are joined only by NICs.
        var h = GpuShape(domainGpus: 8, scaleUpBytesPerSecond: 0, scaleOutBytesPerSecond: 100);

        // Group of 2 inside the "domain": 1/2 of 400 bytes cross the NIC, 200 / 100 = 2 s.
        Assert.Equal(2, h.CollectiveSeconds(400, 2), Tolerance);
        Assert.Equal(1, h.LinkedDomainGpus);
    }

    [Theory]
    [InlineData(1, 0, 2)]
    [InlineData(8, 1000, 16)]
    public void CollectiveSeconds_GroupWithNoLinkToCross_IsInfiniteAndCannotRun(double domain, double scaleUp, double group)
    {
        // No NICs: a group past the NVLink domain (or any group when there is no NVLink) has nothing to send over.
        var h = GpuShape(domainGpus: domain, scaleUpBytesPerSecond: scaleUp, scaleOutBytesPerSecond: 0);

        Assert.Equal(double.PositiveInfinity, h.CollectiveSeconds(400, group));
        Assert.Equal(scaleUp > 0 ? domain : 1, h.LinkedDomainGpus);
    }

    [Fact]
    public void AcceptedTokensPerStep_TwoDraftsAtThreeQuarters_IsGeometricSum()
    {
        // 1 + 0.75 + 0.75² = 2.3125 tokens gained per step.
        Assert.Equal(2.3125, GpuShape(draftAcceptance: 0.75).AcceptedTokensPerStep(2), Tolerance);
        Assert.Equal(1, GpuShape(draftAcceptance: 0.75).AcceptedTokensPerStep(0));
    }

    [Fact]
    public void EffectiveRates_ApplyTheirFractionsAndReserve()
    {
        var h = GpuShape(flops: 1000, hbmBytes: 200, hbmBytesPerSecond: 50, computeFraction: 0.4, memoryFraction: 0.6, reserve: 0.1);

        // 1,000 × 0.4 = 400 FLOP/s; 50 × 0.6 = 30 B/s; 200 × (1 − 0.1) = 180 bytes usable.
        Assert.Equal(400, h.EffectiveFlops, Tolerance);
        Assert.Equal(30, h.EffectiveHbmBytesPerSecond, Tolerance);
        Assert.Equal(180, h.UsableHbmBytes, Tolerance);
    }

    [Fact]
    public void RingSeconds_AllReduceInsideDomain_IsTwoNMinusOneOverNOfTheBytesPlusEveryStep()
    {
        // All-reduce (2 passes) of 8 MB over 8 GPUs of one NVLink domain at 1e11 B/s: 2 × 7/8 × 8e6 B = 1.4e7 B,
        // 1.4e-4 s; plus the collective's 10 µs and 2 × 7 = 14 steps of 2 µs, 28 µs: 1.78e-4 s.
        var h = GpuShape(domainGpus: 8, scaleUpBytesPerSecond: 1e11, scaleUpLatencySeconds: 1e-5, ringStepLatencySeconds: 2e-6);

        Assert.Equal(1.78e-4, h.RingSeconds(8e6, 8, 8, 2), Tolerance);
    }

    [Fact]
    public void RingSeconds_ReduceScatterAcrossDomains_RanksOfADomainShareItsNics()
    {
        // Reduce-scatter (1 pass) of 8 MB over 16 data-parallel ranks spanning 64 GPUs in domains of 8: 2 ranks of the
        // ring per domain, each with its own 1e10 B/s NIC. 15/16 × 8e6 B = 7.5e6 B over 2 × 1e10 B/s = 3.75e-4 s
        // (NVLink's 7.5e-5 s is faster); plus 20 µs and 15 steps of 2 µs: 4.25e-4 s.
        var h = GpuShape(domainGpus: 8, scaleUpBytesPerSecond: 1e11, scaleOutBytesPerSecond: 1e10, scaleOutLatencySeconds: 2e-5, ringStepLatencySeconds: 2e-6);

        Assert.Equal(4.25e-4, h.RingSeconds(8e6, 16, 64, 1), Tolerance);
    }

    [Fact]
    public void OwnNicRingSeconds_ReduceScatterAcrossDomains_EachRankCrossesItsOwnNic()
    {
        // The same reduce-scatter as above as ZeRO-3's layer collectives run (X10 Table 2): 7.5e6 B over one 1e10 B/s
        // NIC, 7.5e-4 s, plus 20 µs and 15 steps of 2 µs: 8e-4 s, where the NIC-sharing ring takes 4.25e-4 s.
        var h = GpuShape(domainGpus: 8, scaleUpBytesPerSecond: 1e11, scaleOutBytesPerSecond: 1e10, scaleOutLatencySeconds: 2e-5, ringStepLatencySeconds: 2e-6);

        Assert.Equal(8e-4, h.OwnNicRingSeconds(8e6, 16, 64, 1), Tolerance);
    }

    [Fact]
    public void OwnNicRingSeconds_InsideDomain_IsTheNvlinkRing()
    {
        var h = GpuShape(domainGpus: 8, scaleUpBytesPerSecond: 1e11, scaleUpLatencySeconds: 1e-5, ringStepLatencySeconds: 2e-6);

        Assert.Equal(1.78e-4, h.OwnNicRingSeconds(8e6, 8, 8, 2), Tolerance);
    }

    [Fact]
    public void RingSeconds_AcrossDomainsWithoutNics_NeverEnds()
    {
        var h = GpuShape(domainGpus: 8, scaleOutBytesPerSecond: 0);

        Assert.Equal(double.PositiveInfinity, h.RingSeconds(8e6, 16, 16, 1));
        Assert.Equal(0, h.RingSeconds(8e6, 1, 16, 1));
    }
}
