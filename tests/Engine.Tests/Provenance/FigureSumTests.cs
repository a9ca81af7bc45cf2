using Studio.Engine.Catalog;
using Studio.Engine.Models.Racks;
using Studio.Engine.Provenance;

namespace Studio.Engine.Tests.Provenance;

public sealed class FigureSumTests
{
    private static readonly Figure s_trayPower = Figure.Estimate(6.5, 5.3, 7.0, "kW", "tray");
    private static readonly Figure s_switchPower = Figure.Estimate(0.4, 0.3, 0.8, "kW", "switch", "X2");

    [Fact]
    public void Of_IdenticalParts_GroupsThemInTheNote()
    {
        var terms = Enumerable.Repeat(new SumTerm("tray", s_trayPower), 18)
            .Concat(Enumerable.Repeat(new SumTerm("switch", s_switchPower), 9));

        var sum = FigureSum.Of("kW", terms);

        Assert.Equal("18 × tray at 6.5 kW + 9 × switch at 0.4 kW", sum.Evidence.Note);
    }

    [Fact]
    public void Of_SameNameDifferentValues_KeepsThemApart()
    {
        // A tray with a user power limit is not "identical" to the others: grouping it would misstate the sum.
        var capped = Figure.User(5, "kW", "capped");
        var terms = Enumerable.Repeat(new SumTerm("tray", s_trayPower), 17).Append(new SumTerm("tray", capped));

        var sum = FigureSum.Of("kW", terms);

        Assert.Equal("17 × tray at 6.5 kW + 1 × tray at 5 kW", sum.Evidence.Note);
        // 17 × 6.5 + 5 = 115.5
        Assert.Equal(115.5, sum.Value, TestDesigns.FloatingPoint);
    }

    [Fact]
    public void Of_Multiplier_ShowsItAndMultipliesTheBand()
    {
        var gpuPeak = Figure.VendorRange(5, 4.5, 5, "PFLOPS", "5 PF dense; 4.5 in some tables", "S3");

        var sum = FigureSum.Of("PFLOPS", Enumerable.Repeat(new SumTerm("tray", gpuPeak, 4), 18));

        Assert.Equal("18 × tray × 4 at 5 PFLOPS", sum.Evidence.Note);
        // 18 × 4 × 5 = 360; low 18 × 4 × 4.5 = 324
        Assert.Equal(360, sum.Value, TestDesigns.FloatingPoint);
        Assert.Equal(324, sum.Low, TestDesigns.FloatingPoint);
        Assert.Equal(360, sum.High, TestDesigns.FloatingPoint);
    }

    [Fact]
    public void Of_Scale_WrapsTheNoteAndScalesTheBand()
    {
        var hbm = Figure.VendorRange(192, 186, 192, "GB", "installed / usable", "S3");

        var sum = FigureSum.Of("TB", Enumerable.Repeat(new SumTerm("tray", hbm, 4), 18), scale: 0.001);

        Assert.Equal("(18 × tray × 4 at 192 GB) × 0.001", sum.Evidence.Note);
        // 72 × 192 GB = 13,824 GB = 13.824 TB; 72 × 186 = 13,392 GB = 13.392 TB
        Assert.Equal(13.824, sum.Value, TestDesigns.FloatingPoint);
        Assert.Equal(13.392, sum.Low, TestDesigns.FloatingPoint);
    }

    [Fact]
    public void Of_NoTerms_IsZeroAndSaysSo()
    {
        var sum = FigureSum.Of("kW", []);

        Assert.Equal(Band.Zero, sum.Band);
        Assert.Equal("no parts contribute", sum.Evidence.Note);
    }

    [Fact]
    public void Of_Terms_EvidenceCarriesTheirSourcesAndWeakestKind()
    {
        var sum = FigureSum.Of("kW", [new SumTerm("tray", s_trayPower), new SumTerm("switch", s_switchPower)]);

        Assert.Equal(EvidenceKind.Derived, sum.Evidence.Kind);
        Assert.Equal(EvidenceKind.Estimate, sum.Evidence.Basis);
        Assert.Equal(["X2"], sum.Evidence.SourceIds);
    }

    [Fact]
    public void Of_ReferenceRackPower_GroupsTraysAndSwitchTrays()
    {
        // GB200 tray: 4 × 1.2 + 2 × 0.3 + 4 × 0.025 + 2 × 0.075 + 0.85 = 6.5 kW (S3, X1 and studio estimates)
        var rack = RackModel.Analyse(TestDesigns.ReferenceRack(Generation.Gb200));

        Assert.Equal("18 × GB200 compute tray at 6.5 kW + 9 × GB200 NVLink 5 switch tray at 0.4 kW", rack.ItPowerKw.Evidence.Note);
    }
}
