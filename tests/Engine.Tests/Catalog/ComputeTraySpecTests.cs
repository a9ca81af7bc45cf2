using Studio.Engine.Catalog;
using Studio.Engine.Provenance;

namespace Studio.Engine.Tests.Catalog;

/// <summary>Tray make-up against hardware.md, and the tray's power as the sum of its chips and board.</summary>
public sealed class ComputeTraySpecTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    private static ComputeTraySpec Tray(Generation generation) => (ComputeTraySpec)TestDesigns.Catalog.Get(TestDesigns.ComputeTray(generation));

    [Theory]
    [InlineData(Generation.Gb200)]
    [InlineData(Generation.Gb300)]
    [InlineData(Generation.VeraRubin)]
    public void Composition_EveryGeneration_FourGpusAndTwoCpusPerTray(Generation generation)
    {
        // S1 S5 S9: 18 compute trays of 4 GPUs + 2 CPUs make 72 GPUs and 36 CPUs.
        Assert.Equal(4, Tray(generation).GpuCount);
        Assert.Equal(2, Tray(generation).CpuCount);
    }

    [Theory]
    // S4 S10: ConnectX-7, 400 Gb/s per GPU; 4 adapters × 400 Gb/s / 4 GPUs = 400 Gb/s
    [InlineData(Generation.Gb200, 400)]
    // S4: ConnectX-8, 800 Gb/s per GPU; 4 × 800 / 4 = 800 Gb/s
    [InlineData(Generation.Gb300, 800)]
    // S5: ConnectX-9, 1.6 Tb/s per GPU, 8 per compute tray; 8 × 800 / 4 = 1,600 Gb/s
    [InlineData(Generation.VeraRubin, 1600)]
    public void Nic_EveryGeneration_ScaleOutPerGpuMatchesPublished(Generation generation, double publishedGbpsPerGpu)
    {
        var tray = Tray(generation);

        Assert.Equal(publishedGbpsPerGpu, tray.Nic.BandwidthGbps.Value * tray.NicCount / tray.GpuCount, Tolerance);
    }

    [Fact]
    public void Composition_VeraRubinTray_EightConnectX9AndOneBlueField4()
    {
        // hardware.md: ConnectX-9, 8 per compute tray (S5 S10); BlueField-4, one per compute tray (S12 S13).
        var tray = Tray(Generation.VeraRubin);

        Assert.Equal(8, tray.NicCount);
        Assert.Equal("nic.connectx-9", tray.Nic.Id);
        Assert.Equal(1, tray.DpuCount);
        Assert.Equal("dpu.bluefield-4", tray.Dpu.Id);
    }

    [Theory]
    // S1: GB200 NVL72 "up to 17 TB LPDDR5X": 36 Grace × 480 GB = 17,280 GB
    [InlineData(Generation.Gb200, 17_280)]
    // S5: Vera Rubin NVL72 54 TB LPDDR5X: 36 Vera × 1,500 GB = 54,000 GB
    [InlineData(Generation.VeraRubin, 54_000)]
    public void CpuMemory_EighteenTrays_MatchesPublishedRackFigure(Generation generation, double expectedGb)
    {
        var tray = Tray(generation);

        Assert.Equal(expectedGb, 18 * tray.CpuCount * tray.Cpu.MemoryGb.Value, Tolerance);
    }

    [Fact]
    public void PowerKw_Gb200Tray_IsItsChipsPlusBoard()
    {
        // 4 × 1.2 kW B200 (S3) + 2 × 0.3 kW Grace (X1) + 4 × 0.025 kW CX-7 + 2 × 0.075 kW BF-3 + 0.85 kW board = 6.5 kW
        // low:  4 × 1.0 + 2 × 0.25 + 4 × 0.02 + 2 × 0.06 + 0.6 = 5.3 kW
        // high: 4 × 1.2 + 2 × 0.35 + 4 × 0.03 + 2 × 0.15 + 1.1 = 7.02 kW
        var power = Tray(Generation.Gb200).PowerKw;

        Assert.Equal(6.5, power.Value, Tolerance);
        Assert.Equal(5.3, power.Low, Tolerance);
        Assert.Equal(7.02, power.High, Tolerance);
        Assert.Equal("kW", power.Unit);
    }

    [Fact]
    public void PowerKw_VeraRubinTray_IsItsChipsPlusBoard()
    {
        // 4 × 1.8 kW Rubin (S22 S23) + 2 × 0.45 kW Vera + 8 × 0.06 kW CX-9 + 1 × 0.15 kW BF-4 + 1.0 kW board = 9.73 kW
        var power = Tray(Generation.VeraRubin).PowerKw;

        Assert.Equal(9.73, power.Value, Tolerance);
        Assert.Equal(EvidenceKind.Estimate, power.Evidence.Basis);
    }

    [Fact]
    public void PowerWith_UserGpuPower_UsesItAndBecomesUserBased()
    {
        // Max-P operating point: 4 × 2.3 + 2 × 0.45 + 8 × 0.06 + 0.15 + 1.0 = 11.73 kW
        var power = Tray(Generation.VeraRubin).PowerWith(Figure.User(2.3, "kW", "Max-P"));

        Assert.Equal(11.73, power.Value, Tolerance);
        Assert.Equal(EvidenceKind.User, power.Evidence.Basis);
        Assert.StartsWith("4 × 2.3 kW GPU + 2 × 0.45 kW CPU", power.Evidence.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_Gb200Tray_ListsDenseAndSparseHeadline()
    {
        // S1 S27: B200 NVFP4 10 PF dense, 20 PF with 2:4 sparsity.
        var figures = Tray(Generation.Gb200).Figures().ToDictionary(f => f.Label, f => f.Figure);

        Assert.Equal(10, figures["GPU peak NVFP4 (dense)"].Value);
        Assert.Equal(20, figures["GPU peak NVFP4 (2:4 sparsity)"].Value);
    }

    [Fact]
    public void Figures_Gb300Tray_ListsNvfp4OnceBecauseOnlyDenseIsPublished()
    {
        // S27: B300 NVFP4 15 PF dense; no separate headline, so no second line.
        var labels = Tray(Generation.Gb300).Figures().Select(f => f.Label).ToList();

        Assert.Single(labels, l => l.StartsWith("GPU peak NVFP4", StringComparison.Ordinal));
    }
}
