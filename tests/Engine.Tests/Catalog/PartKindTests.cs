using System.Text.RegularExpressions;
using Studio.Engine.Catalog;

namespace Studio.Engine.Tests.Catalog;

/// <summary>
/// What differs between part kinds is each spec's to state, and nothing else in the studio switches on the kind:
/// these fail when a kind (a new one, say) leaves a piece out or collides with another kind.
/// </summary>
public sealed partial class PartKindTests
{
    private static readonly PartCatalog s_catalog = TestDesigns.Catalog;

    [GeneratedRegex("^[a-z][A-Za-z]*$")]
    private static partial Regex CamelCaseKey();

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex LowerCaseWord();

    [Fact]
    public void Kind_EveryCatalogPart_HasAnIdNounIdPrefixAndPaletteOrder()
    {
        var offenders = s_catalog.Parts
            .Where(p => !CamelCaseKey().IsMatch(p.Kind.Id) || string.IsNullOrWhiteSpace(p.Kind.Noun)
                || !LowerCaseWord().IsMatch(p.Kind.IdPrefix) || p.Kind.PaletteOrder <= 0)
            .Select(p => $"{p.Id}: {p.Kind}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Kind_DifferentKinds_ShareNoIdPrefixOrPaletteOrder()
    {
        var kinds = s_catalog.Parts.Select(p => p.Kind).Distinct().ToList();

        // One kind per key: every part of a kind says the same of it.
        Assert.Equal(kinds.Count, kinds.Select(k => k.Id).Distinct(StringComparer.Ordinal).Count());
        // Ids name their kind, and the palette places every kind somewhere of its own.
        Assert.Equal(kinds.Count, kinds.Select(k => k.IdPrefix).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(kinds.Count, kinds.Select(k => k.PaletteOrder).Distinct().Count());
        // The editor names connections "c-01": a kind with that prefix would share their numbering.
        Assert.DoesNotContain(kinds, k => k.IdPrefix == "c");
    }

    [Fact]
    public void Kind_EachSpecType_IsOneKindAndEachKindOneSpecType()
    {
        var byType = s_catalog.Parts.GroupBy(p => p.GetType()).Where(g => g.Select(p => p.Kind).Distinct().Count() != 1).Select(g => g.Key.Name);
        var byKind = s_catalog.Parts.GroupBy(p => p.Kind.Id).Where(g => g.Select(p => p.GetType()).Distinct().Count() != 1).Select(g => g.Key);

        Assert.Empty(byType);
        Assert.Empty(byKind);
    }

    [Fact]
    public void IconFileName_EveryCatalogPart_IsAnSvgFileName()
    {
        // The server test GetCatalog_EveryPart_HasAnIconTheServerServesAsSvg checks the file exists and is served.
        var offenders = s_catalog.Parts
            .Where(p => !p.IconFileName.EndsWith(".svg", StringComparison.Ordinal) || p.IconFileName.Contains('/', StringComparison.Ordinal))
            .Select(p => $"{p.Id}: {p.IconFileName}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void RackInstall_EveryPartThatMountsInARack_HasOneAndFloorPartsNone()
    {
        var offenders = s_catalog.Parts
            .Where(p => (p.Mounting == Mounting.InRack) != (p.RackInstall is not null))
            .Select(p => $"{p.Id} ({p.Mounting}): {p.RackInstall?.Step ?? "no install time"}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void RackInstall_EveryStep_IsNamedAndTakesTime()
    {
        var offenders = s_catalog.Parts
            .Select(p => (p.Id, Work: p.RackInstall))
            .Where(x => x.Work is { } work && (string.IsNullOrWhiteSpace(work.Step) || work.Duration.Low <= 0))
            .Select(x => $"{x.Id}: {x.Work}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void LiquidCooling_EveryRackPartOfVeraRubin_PutsAllItsHeatOnTheLoop()
    {
        // Vera Rubin racks are fanless (S18, S21): a part in one that said it has no liquid loop would send its heat to
        // room air that is not there. Parts whose load is facility power (shelves, CDUs) make no IT heat to take.
        var offenders = s_catalog.Parts
            .Where(p => p.Generation == Generation.VeraRubin && p.Mounting == Mounting.InRack && p.IsItLoad)
            .Where(p => p.LiquidCooling is not { CooledFraction.Value: 1 })
            .Select(p => $"{p.Id}: {p.LiquidCooling?.CooledFraction.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no liquid loop"}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void LiquidCooling_EveryLoop_TakesAShareOfTheHeatAndHasASupplyLimitInDegrees()
    {
        var offenders = s_catalog.Parts
            .Select(p => (p.Id, Loop: p.LiquidCooling))
            .Where(x => x.Loop is { } loop
                && (loop.CooledFraction.Low < 0 || loop.CooledFraction.High > 1 || loop.MaxSupplyC.Unit != "°C"))
            .Select(x => $"{x.Id}: {x.Loop}");

        Assert.Empty(offenders);
    }
}
