using Studio.Engine.Catalog;
using Studio.Engine.Physics;
using Studio.Engine.Provenance;
using Studio.Engine.Workloads;

namespace Studio.Engine.Tests.Catalog;

/// <summary>
/// Catalog integrity: every number the studio can show has a range that holds its value, a unit, and sources that
/// exist. Each test gathers every offender, so a failure lists them all.
/// </summary>
public sealed class PartCatalogTests
{
    private static readonly PartCatalog s_catalog = TestDesigns.Catalog;

    /// <summary>Every figure a part exposes (its list, its power, its setting defaults, GPU peaks, per-tray counts),
    /// plus the coolant and model figures the models read.</summary>
    private static IEnumerable<(string Where, Figure Figure)> AllFigures()
    {
        foreach (var part in s_catalog.Parts)
        {
            foreach (var (label, figure) in part.Figures())
            {
                yield return ($"{part.Id}: {label}", figure);
            }

            yield return ($"{part.Id}: power", part.PowerKw);
            foreach (var setting in part.Settings)
            {
                yield return ($"{part.Id}: setting {setting.Key}", setting.Default);
            }

            if (part is ComputeTraySpec tray)
            {
                foreach (var (precision, peak) in tray.Gpu.Peak)
                {
                    yield return ($"{part.Id}: {precision} dense", peak.DensePflops);
                    yield return ($"{part.Id}: {precision} headline", peak.HeadlinePflops);
                }

                yield return ($"{part.Id}: GPUs per tray", tray.GpusPerTray);
                yield return ($"{part.Id}: CPUs per tray", tray.CpusPerTray);
            }
        }

        foreach (var coolant in new[] { CoolantProperties.PropyleneGlycol25, CoolantProperties.Water })
        {
            yield return ($"{coolant.Name}: c_p", coolant.SpecificHeatKjPerKgK);
            yield return ($"{coolant.Name}: density", coolant.DensityKgPerLitre);
        }

        foreach (var model in ModelCatalog.All)
        {
            yield return ($"{model.Id}: total parameters", model.TotalParametersBillions);
            yield return ($"{model.Id}: active parameters", model.ActiveParametersBillions);
        }
    }

    [Fact]
    public void Figures_EveryFigure_ValueLiesWithinItsBand()
    {
        var offenders = AllFigures()
            .Where(f => !(f.Figure.Low <= f.Figure.Value && f.Figure.Value <= f.Figure.High))
            .Select(f => $"{f.Where}: {f.Figure.Low} ≤ {f.Figure.Value} ≤ {f.Figure.High} fails");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Figures_EveryFigure_HasAUnit()
    {
        Assert.Empty(AllFigures().Where(f => string.IsNullOrWhiteSpace(f.Figure.Unit)).Select(f => f.Where));
    }

    [Fact]
    public void Figures_EveryFigure_CitesOnlyRegisteredSources()
    {
        var offenders = AllFigures()
            .SelectMany(f => f.Figure.Evidence.SourceIds.Where(id => !SourceRegistry.Contains(id)).Select(id => $"{f.Where}: {id}"));

        Assert.Empty(offenders);
    }

    [Fact]
    public void Figures_VendorAndEstimateFigures_CiteASourceUnlessAStudioEstimateOrAssumption()
    {
        var offenders = AllFigures()
            .Where(f => f.Figure.Evidence.Kind is EvidenceKind.Vendor or EvidenceKind.Estimate)
            .Where(f => f.Figure.Evidence.SourceIds.Count == 0 && !SaysItIsTheStudios(f.Figure.Evidence.Note))
            .Select(f => $"{f.Where} ({f.Figure.Evidence.Kind}, note: {f.Figure.Evidence.Note ?? "none"})");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Figures_DerivedFigures_ShowTheirArithmeticAndBasis()
    {
        var offenders = AllFigures()
            .Where(f => f.Figure.Evidence.Kind == EvidenceKind.Derived)
            .Where(f => string.IsNullOrWhiteSpace(f.Figure.Evidence.Note) || f.Figure.Evidence.Basis is null)
            .Select(f => f.Where);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Figures_NoCatalogFigure_IsAUserValue()
    {
        // User figures are what a person typed on a placed part; a catalog default must trace to a source instead.
        Assert.Empty(AllFigures().Where(f => f.Figure.Evidence.Strength == EvidenceKind.User).Select(f => f.Where));
    }

    [Fact]
    public void Figures_GpuPeaks_HeadlineIsAtLeastDenseAndInPflops()
    {
        var offenders = s_catalog.Parts.OfType<ComputeTraySpec>()
            .SelectMany(t => t.Gpu.Peak.Select(p => (Tray: t.Id, Precision: p.Key, p.Value)))
            .Where(p => p.Value.HeadlinePflops.Value < p.Value.DensePflops.Value
                || p.Value.DensePflops.Unit != "PFLOPS" || p.Value.HeadlinePflops.Unit != "PFLOPS")
            .Select(p => $"{p.Tray} {p.Precision}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Figures_EveryTrayGpu_HasAPeakForEveryPrecision()
    {
        // The rack model looks up every precision on every tray's GPU; a missing one would throw mid-evaluation.
        var offenders = s_catalog.Parts.OfType<ComputeTraySpec>()
            .SelectMany(t => Enum.GetValues<Precision>().Where(p => !t.Gpu.Peak.ContainsKey(p)).Select(p => $"{t.Id} {p}"));

        Assert.Empty(offenders);
    }

    [Fact]
    public void Settings_EveryDefault_LiesWithinTheAcceptedRangeAndSharesItsUnit()
    {
        var offenders = s_catalog.Parts
            .SelectMany(p => p.Settings.Select(s => (Part: p.Id, Setting: s)))
            .Where(x => x.Setting.Min > x.Setting.Default.Low || x.Setting.Default.High > x.Setting.Max
                || x.Setting.Unit != x.Setting.Default.Unit)
            .Select(x => $"{x.Part}: {x.Setting.Key} [{x.Setting.Min}, {x.Setting.Max}] {x.Setting.Unit} vs default {x.Setting.Default.Band} {x.Setting.Default.Unit}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Parts_Ids_AreUnique()
    {
        var duplicates = s_catalog.Parts.GroupBy(p => p.Id).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Constructor_TwoPartsWithOneId_Throws()
    {
        var part = s_catalog.Get("vr.power-shelf");

        var error = Assert.Throws<ArgumentException>(() => new PartCatalog([part, part]));

        Assert.Contains("vr.power-shelf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownId_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => s_catalog.Get("gb400.compute-tray"));

        Assert.Contains("gb400.compute-tray", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_RackMounted_TakeAtLeastOneUnit()
    {
        var offenders = s_catalog.Parts.Where(p => p.Mounting == Mounting.InRack && p.HeightU < 1).Select(p => p.Id);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Parts_FloorEquipment_TakesNoRackUnits()
    {
        var offenders = s_catalog.Parts.Where(p => p.Mounting == Mounting.Floor && p.HeightU != 0).Select(p => p.Id);

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData(Generation.Gb200)]
    [InlineData(Generation.Gb300)]
    [InlineData(Generation.VeraRubin)]
    public void CreateDefault_EachGeneration_HasTheReferenceRackParts(Generation generation)
    {
        var prefix = TestDesigns.Prefix(generation);

        Assert.IsType<RackSpec>(s_catalog.Get($"{prefix}.rack"));
        Assert.IsType<ComputeTraySpec>(s_catalog.Get($"{prefix}.compute-tray"));
        Assert.IsType<NvlinkSwitchTraySpec>(s_catalog.Get($"{prefix}.nvlink-switch-tray"));
        Assert.IsType<PowerShelfSpec>(s_catalog.Get($"{prefix}.power-shelf"));
        Assert.All(s_catalog.Parts.Where(p => p.Id.StartsWith(prefix + ".", StringComparison.Ordinal)),
            p => Assert.Equal(generation, p.Generation));
    }

    [Fact]
    public void SourceRegistry_Ids_AreUnique()
    {
        Assert.Empty(SourceRegistry.All.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static bool SaysItIsTheStudios(string? note) =>
        note is not null
        && (note.Contains("studio estimate", StringComparison.OrdinalIgnoreCase)
            || note.Contains("assumption", StringComparison.OrdinalIgnoreCase));
}
