using Studio.Engine.Catalog;
using Studio.Engine.Models.Racks;
using Studio.Engine.Provenance;

namespace Studio.Engine.Tests.Models.Racks;

/// <summary>
/// The three NVL72 reference racks (18 compute trays, 9 NVLink switch trays, power shelves) against the rack-level
/// table of hardware.md. Each expected number is worked out from per-GPU figures in the comment beside it; where
/// the vendor rounds the rack figure ("130 TB/s"), a second check allows half of its last published digit.
/// </summary>
public sealed class RackModelTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    private static readonly RackAnalysis s_gb200 = RackModel.Analyse(TestDesigns.ReferenceRack(Generation.Gb200));
    private static readonly RackAnalysis s_gb300 = RackModel.Analyse(TestDesigns.ReferenceRack(Generation.Gb300));
    private static readonly RackAnalysis s_rubin = RackModel.Analyse(TestDesigns.ReferenceRack(Generation.VeraRubin));

    [Fact]
    public void Analyse_ReferenceRacks_Hold72GpusAnd36Cpus()
    {
        // S1 S3 S5: 72 GPUs / 36 CPUs; 18 trays × 4 GPUs = 72, 18 × 2 CPUs = 36.
        Assert.All(new[] { s_gb200, s_gb300, s_rubin }, r =>
        {
            Assert.Equal(72, r.GpuCount);
            Assert.Equal(36, r.CpuCount);
            Assert.True(r.HasCompute);
        });
    }

    [Fact]
    public void Analyse_Gb200Rack_ComputeMatchesS1()
    {
        // S1: NVFP4 1,440 PF sparse / 720 dense; FP8 720 sparse / 360 dense; BF16 360 sparse / 180 dense.
        // 72 × 10 PF = 720 dense; 72 × 20 PF = 1,440 with 2:4 sparsity (S27)
        Assert.Equal(720, s_gb200.DensePflops[Precision.Nvfp4].Value, Tolerance);
        Assert.Equal(1440, s_gb200.HeadlineNvfp4Pflops.Value, Tolerance);
        // 72 × 5 PF = 360; the low end 72 × 4.5 PF = 324 carries the "4.5 PF in some tables" spread (S3)
        Assert.Equal(360, s_gb200.DensePflops[Precision.Fp8].Value, Tolerance);
        Assert.Equal(324, s_gb200.DensePflops[Precision.Fp8].Low, Tolerance);
        // 72 × 2.5 PF = 180
        Assert.Equal(180, s_gb200.DensePflops[Precision.Bf16].Value, Tolerance);
    }

    [Fact]
    public void Analyse_Gb300Rack_ComputeMatchesS3()
    {
        // 72 × 15 PF = 1,080 PF dense NVFP4 (S27); published "~1,100 PF" (S3), rounded to the nearest 100: ±50.
        var nvfp4 = s_gb300.DensePflops[Precision.Nvfp4].Value;
        Assert.Equal(1080, nvfp4, Tolerance);
        Assert.InRange(nvfp4, 1100 - 50, 1100 + 50);
        // NVIDIA quotes B300 NVFP4 dense only, so the headline is the dense figure, not a sparse doubling.
        Assert.Equal(1080, s_gb300.HeadlineNvfp4Pflops.Value, Tolerance);
        // 72 × 5 PF = 360 FP8 dense; 72 × 2.5 PF = 180 BF16 dense (S3)
        Assert.Equal(360, s_gb300.DensePflops[Precision.Fp8].Value, Tolerance);
        Assert.Equal(180, s_gb300.DensePflops[Precision.Bf16].Value, Tolerance);
    }

    [Fact]
    public void Analyse_RubinRack_ComputeMatchesS5()
    {
        // S5: 3,600 PF NVFP4 inference (Transformer Engine), 2,520 PF training dense, 1,260 PF FP8, 288 PF BF16.
        // 72 × 35 PF = 2,520; 72 × 50 PF = 3,600
        Assert.Equal(2520, s_rubin.DensePflops[Precision.Nvfp4].Value, Tolerance);
        Assert.Equal(3600, s_rubin.HeadlineNvfp4Pflops.Value, Tolerance);
        // 72 × 17.5 PF = 1,260
        Assert.Equal(1260, s_rubin.DensePflops[Precision.Fp8].Value, Tolerance);
        // 72 × 4 PF = 288
        Assert.Equal(288, s_rubin.DensePflops[Precision.Bf16].Value, Tolerance);
    }

    [Fact]
    public void Analyse_Gb200Rack_HbmSpansInstalledAndUsableAroundS1()
    {
        // 72 × 192 GB installed = 13,824 GB = 13.824 TB; 72 × 186 GB usable = 13.392 TB (S3 S10).
        // S1 publishes 13.5 TB, which lies between the two: the band must hold it.
        var hbm = s_gb200.HbmTb;
        Assert.Equal(13.824, hbm.Value, Tolerance);
        Assert.Equal(13.392, hbm.Low, Tolerance);
        Assert.InRange(13.5, hbm.Low, hbm.High);
        // 72 × 8 TB/s = 576 TB/s (S1)
        Assert.Equal(576, s_gb200.HbmBandwidthTBps.Value, Tolerance);
    }

    [Fact]
    public void Analyse_Gb300Rack_HbmMatchesS3()
    {
        // 72 × 288 GB = 20.736 TB, usable 72 × 279 GB = 20.088 TB; published "~20.7 TB" (S3), ±0.05.
        Assert.Equal(20.736, s_gb300.HbmTb.Value, Tolerance);
        Assert.Equal(20.088, s_gb300.HbmTb.Low, Tolerance);
        Assert.InRange(s_gb300.HbmTb.Value, 20.7 - 0.05, 20.7 + 0.05);
        // 72 × 8 TB/s = 576 TB/s (S3)
        Assert.Equal(576, s_gb300.HbmBandwidthTBps.Value, Tolerance);
    }

    [Fact]
    public void Analyse_RubinRack_HbmMatchesS5()
    {
        // 72 × 288 GB = 20.736 TB; S5 "20.7 TB", ±0.05
        Assert.Equal(20.736, s_rubin.HbmTb.Value, Tolerance);
        Assert.InRange(s_rubin.HbmTb.Value, 20.7 - 0.05, 20.7 + 0.05);
        // 72 × 22 TB/s = 1,584 TB/s; S5 "1,580 TB/s", rounded to the nearest 10: ±5
        Assert.Equal(1584, s_rubin.HbmBandwidthTBps.Value, Tolerance);
        Assert.InRange(s_rubin.HbmBandwidthTBps.Value, 1580 - 5, 1580 + 5);
    }

    [Theory]
    // S1 S3: 72 GPUs × 1.8 TB/s = 129.6 TB/s; published "130 TB/s"
    [InlineData(Generation.Gb200, 129.6, 130)]
    [InlineData(Generation.Gb300, 129.6, 130)]
    // S5: 72 GPUs × 3.6 TB/s = 259.2 TB/s; published "260 TB/s"
    [InlineData(Generation.VeraRubin, 259.2, 260)]
    public void Analyse_ReferenceRack_NvlinkMatchesPublished(Generation generation, double handCalculated, double published)
    {
        var nvlink = RackModel.Analyse(TestDesigns.ReferenceRack(generation)).NvlinkTBps.Value;

        Assert.Equal(handCalculated, nvlink, Tolerance);
        // Published to the nearest 10 TB/s: ±5.
        Assert.InRange(nvlink, published - 5, published + 5);
    }

    [Theory]
    // S4 S10: 72 × 400 Gb/s = 28.8 Tb/s
    [InlineData(Generation.Gb200, 28.8)]
    // S4: 72 × 800 Gb/s = 57.6 Tb/s
    [InlineData(Generation.Gb300, 57.6)]
    // S5: 72 × 1.6 Tb/s = 115.2 Tb/s (18 trays × 8 ConnectX-9 × 800 Gb/s)
    [InlineData(Generation.VeraRubin, 115.2)]
    public void Analyse_ReferenceRack_ScaleOutIsPerGpuRateTimes72(Generation generation, double expectedTbps)
    {
        Assert.Equal(expectedTbps, RackModel.Analyse(TestDesigns.ReferenceRack(generation)).ScaleOutTbps.Value, Tolerance);
    }

    [Fact]
    public void Analyse_Gb200Rack_ItPowerInsidePublishedEstimate()
    {
        // 18 trays × 6.5 kW (see ComputeTraySpecTests) + 9 switch trays × 0.4 kW (X2) = 117 + 3.6 = 120.6 kW
        // low 18 × 5.3 + 9 × 0.3 = 98.1 kW; high 18 × 7.02 + 9 × 0.8 = 133.56 kW
        var power = s_gb200.ItPowerKw;
        Assert.Equal(120.6, power.Value, Tolerance);
        Assert.Equal(98.1, power.Low, Tolerance);
        Assert.Equal(133.56, power.High, Tolerance);
        // S15 S16: ~120–132 kW [E]. The value lies in it, and the band is at least as wide as the published spread.
        Assert.InRange(power.Value, 120, 132);
        Assert.True(power.Low <= 120 && power.High >= 132, $"band [{power.Low}, {power.High}] should cover 120–132 kW");
    }

    [Fact]
    public void Analyse_Gb300Rack_ItPowerInsidePublishedEstimate()
    {
        // tray: 4 × 1.4 + 2 × 0.3 + 4 × 0.045 + 1 × 0.075 + 0.85 = 7.305 kW; 18 × 7.305 + 9 × 0.4 = 131.49 + 3.6 = 135.09 kW
        // low 18 × (4.8 + 0.5 + 0.14 + 0.06 + 0.6) + 2.7 = 112.5 kW; high 18 × (5.6 + 0.7 + 0.24 + 0.15 + 1.1) + 7.2 = 147.42 kW
        var power = s_gb300.ItPowerKw;
        Assert.Equal(135.09, power.Value, Tolerance);
        Assert.Equal(112.5, power.Low, Tolerance);
        Assert.Equal(147.42, power.High, Tolerance);
        // S15 S16: ~132–140 kW [E]
        Assert.InRange(power.Value, 132, 140);
        Assert.True(power.Low <= 132 && power.High >= 140, $"band [{power.Low}, {power.High}] should cover 132–140 kW");
    }

    [Fact]
    public void Analyse_RubinRack_ItPowerNearMaxQAndBandCoversPublishedRange()
    {
        // 18 trays × 9.73 kW (see ComputeTraySpecTests) + 9 switch trays × 1.4 kW = 175.14 + 12.6 = 187.74 kW
        var power = s_rubin.ItPowerKw;
        Assert.Equal(187.74, power.Value, Tolerance);
        // S17 Schneider Max-Q reference design: 188 kW. The catalog's round per-part estimates land 0.26 kW under;
        // allow ±1 kW (about 0.5%, the precision of a three-digit published figure and its estimated inputs).
        Assert.InRange(power.Value, 188 - 1, 188 + 1);
        // S16 S17: 180–230 kW [E]. low 18 × (7.2 + 0.6 + 0.32 + 0.1 + 0.7) + 9 × 0.8 = 167.76 kW;
        // high 18 × (9.2 + 1.2 + 0.64 + 0.2 + 1.3) + 9 × 2.0 = 243.72 kW: the band covers the published range.
        Assert.Equal(167.76, power.Low, Tolerance);
        Assert.Equal(243.72, power.High, Tolerance);
        Assert.True(power.Low <= 180 && power.High >= 230, $"band [{power.Low}, {power.High}] should cover 180–230 kW");
    }

    [Fact]
    public void Analyse_RubinRackAtMaxPGpuPower_NearS17MaxP()
    {
        // Max-P: GPUs at the catalog's high end, 2.3 kW. Tray 4 × 2.3 + 0.9 + 0.48 + 0.15 + 1.0 = 11.73 kW;
        // 18 × 11.73 + 9 × 1.4 = 211.14 + 12.6 = 223.74 kW.
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add("vr.compute-tray", 18, new Dictionary<string, double> { [ComputeTraySpec.GpuPowerSetting] = 2.3 })
            .Add("vr.nvlink-switch-tray", 9)
            .Add("vr.power-shelf", 4)
            .Build();

        var power = RackModel.Analyse(rack).ItPowerKw;

        Assert.Equal(223.74, power.Value, Tolerance);
        // S17 Max-P: 227 kW. The catalog rounds the per-GPU figure that implies (1.8 + 39/72 = 2.342 kW) down to 2.3 kW,
        // which is 72 × 0.042 ≈ 3 kW less: allow 4 kW.
        Assert.InRange(power.Value, 227 - 4, 227 + 4);
        Assert.Equal(EvidenceKind.User, power.Evidence.Basis);
    }

    [Fact]
    public void Analyse_Gb200Rack_LiquidHeatIsTheLiquidCooledShare()
    {
        // 85% liquid (S15, studio share) of every tray: 120.6 kW × 0.85 = 102.51 kW; band 0.8–0.9 of the power band.
        var heat = s_gb200.LiquidHeatKw;
        Assert.Equal(102.51, heat.Value, Tolerance);
        // low 98.1 × 0.8 = 78.48; high 133.56 × 0.9 = 120.204
        Assert.Equal(78.48, heat.Low, Tolerance);
        Assert.Equal(120.204, heat.High, Tolerance);
    }

    [Fact]
    public void Analyse_RubinRack_AllHeatGoesToLiquid()
    {
        // S18 S21: 100% liquid-cooled, fanless: liquid heat = IT power = 187.74 kW.
        Assert.Equal(187.74, s_rubin.LiquidHeatKw.Value, Tolerance);
    }

    [Fact]
    public void Analyse_ReferenceRacks_ShelfCapacityAndNPlusOne()
    {
        // GB200: 8 × 33 kW = 264 kW (X2); one failed: 7 × 33 = 231 kW.
        Assert.Equal(264, s_gb200.ShelfCapacityKw.Value, Tolerance);
        Assert.Equal(231, s_gb200.ShelfCapacityNPlusOneKw.Value, Tolerance);
        // Rubin: 4 × 110 kW = 440 kW (S17); one failed: 330 kW.
        Assert.Equal(440, s_rubin.ShelfCapacityKw.Value, Tolerance);
        Assert.Equal(330, s_rubin.ShelfCapacityNPlusOneKw.Value, Tolerance);
    }

    [Fact]
    public void Analyse_ReferenceRacks_UsedUnitsCountEveryPart()
    {
        // All parts 1U: GB200 18 + 9 + 8 = 35U; Rubin 18 + 9 + 4 = 31U.
        Assert.Equal(35, s_gb200.UsedU);
        Assert.Equal(31, s_rubin.UsedU);
    }

    [Theory]
    // S1: 72 × 1.8 TB/s = 129.6 TB/s; with 7 of 9 trays 129.6 × 7/9 = 100.8 TB/s (also 7 × 14.4 TB/s tray capacity)
    [InlineData(Generation.Gb200, 100.8)]
    // S5: 72 × 3.6 TB/s = 259.2 TB/s; with 7 of 9 trays 259.2 × 7/9 = 201.6 TB/s (also 7 × 28.8)
    [InlineData(Generation.VeraRubin, 201.6)]
    public void Analyse_SevenOfNineSwitchTrays_NvlinkIsSevenNinthsOfFull(Generation generation, double expected)
    {
        var rack = TestDesigns.Rack(generation)
            .Add(TestDesigns.ComputeTray(generation), 18)
            .Add(TestDesigns.SwitchTray(generation), 7)
            .Build();

        var analysis = RackModel.Analyse(rack);

        Assert.Equal(expected, analysis.NvlinkTBps.Value, Tolerance);
        Assert.Equal(7, analysis.Domain.SwitchTrays.Count);
        Assert.Equal(9, analysis.Domain.RequiredSwitchTrays);
    }

    [Fact]
    public void Analyse_HalfFilledRackWithSevenSwitchTrays_EachGpuLosesTwoNinthsOfItsLinks()
    {
        // 9 compute trays = 36 GPUs; each spreads its 3.6 TB/s over all 9 switch trays, so with 7 it reaches 7/9:
        // 36 × 3.6 × 7/9 = 100.8 TB/s. The 7 trays could switch 7 × 28.8 = 201.6 TB/s, so they are not the limit.
        var rack = TestDesigns.Rack(Generation.VeraRubin).Add("vr.compute-tray", 9).Add("vr.nvlink-switch-tray", 7).Build();

        Assert.Equal(100.8, RackModel.Analyse(rack).NvlinkTBps.Value, Tolerance);
    }

    [Fact]
    public void Analyse_NoSwitchTrays_NoNvlinkBandwidth()
    {
        var rack = TestDesigns.Rack(Generation.VeraRubin).Add("vr.compute-tray", 18).Build();

        Assert.Equal(0, RackModel.Analyse(rack).NvlinkTBps.Value);
    }

    [Fact]
    public void Analyse_NineteenComputeTrays_NvlinkCappedAtSwitchTrayCapacity()
    {
        // GPU side 76 × 3.6 TB/s = 273.6 TB/s, but 9 switch trays carry 9 × 28.8 = 259.2 TB/s (S5).
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add("vr.compute-tray", 19)
            .Add("vr.nvlink-switch-tray", 9)
            .Build();

        var analysis = RackModel.Analyse(rack);

        Assert.Equal(76, analysis.GpuCount);
        Assert.Equal(259.2, analysis.NvlinkTBps.Value, Tolerance);
        Assert.Equal(19, analysis.Domain.ComputeTrays.Count);
    }

    [Fact]
    public void Analyse_TenSwitchTrays_ExtraTrayAddsNoBandwidth()
    {
        // Share is capped at 9/9: 72 × 3.6 = 259.2 TB/s, though 10 × 28.8 = 288 TB/s of switching is installed.
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add("vr.compute-tray", 18)
            .Add("vr.nvlink-switch-tray", 10)
            .Build();

        Assert.Equal(259.2, RackModel.Analyse(rack).NvlinkTBps.Value, Tolerance);
    }

    [Fact]
    public void Analyse_Gb300TrayInRubinRack_LeavesItOutOfTheDomainButCountsItsCompute()
    {
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add("vr.compute-tray", 17)
            .Add("gb300.compute-tray")
            .Add("vr.nvlink-switch-tray", 9)
            .Build();

        var analysis = RackModel.Analyse(rack);

        Assert.Equal(6, analysis.Domain.Generation);
        Assert.Equal(["rack-1/gb300.compute-tray-1"], analysis.Domain.ForeignTrays.Select(p => p.Id));
        Assert.Equal(17, analysis.Domain.ComputeTrays.Count);
        // The GB300 tray's GPUs are in the rack: 17 × 4 + 4 = 72; NVFP4 68 × 35 + 4 × 15 = 2,380 + 60 = 2,440 PF.
        Assert.Equal(72, analysis.GpuCount);
        Assert.Equal(2440, analysis.DensePflops[Precision.Nvfp4].Value, Tolerance);
        // Only the 17 Rubin trays join: 68 × 3.6 = 244.8 TB/s (under the 259.2 TB/s of nine switch trays).
        Assert.Equal(244.8, analysis.NvlinkTBps.Value, Tolerance);
    }

    [Fact]
    public void Analyse_EmptyFrame_HasNoComputeAndNoLoad()
    {
        var analysis = RackModel.Analyse(TestDesigns.Rack(Generation.VeraRubin).Build());

        Assert.False(analysis.HasCompute);
        Assert.Equal(0, analysis.ItPowerKw.Value);
        Assert.Equal(0, analysis.UsedU);
        Assert.Empty(analysis.Domain.ComputeTrays);
    }
}
