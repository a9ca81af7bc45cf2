using System.Net;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Catalog;
using Studio.Engine.Catalog;
using Studio.Server.Scenarios;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

public sealed class CatalogEndpointTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private static readonly string[] s_provenanceKinds = ["vendor", "estimate", "derived", "user"];

    [Fact]
    public async Task GetCatalog_Always_Returns200JsonThatTheContractReads()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/catalog");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        // The contract's options reject unknown members, so this also proves the server sends nothing the client can't read.
        var catalog = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), StudioJsonContext.Default.CatalogDto);
        Assert.NotNull(catalog);
        Assert.NotEmpty(catalog.Parts);
        Assert.Equal(catalog.Parts.Count, catalog.Parts.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task GetCatalog_Always_ServesTheScenarioFieldTable()
    {
        var catalog = await GetCatalogAsync();

        Assert.Equal(ScenarioFields.All.Select(f => f.Path), catalog.ScenarioFields.Select(f => f.Path));
        var supply = catalog.ScenarioFields.Single(f => f.Path == "site.coolantSupplyC");
        Assert.Equal(("Coolant supply", "°C", 5.0, 70.0, false, 45.0), (supply.Label, supply.Unit, supply.Min, supply.Max, supply.Optional, supply.Default));
        var approach = catalog.ScenarioFields.Single(f => f.Path == "site.approachK");
        // An optional field carries the model's default with its range: what the report's bands span when it is left out.
        Assert.Equal((true, 8.0, 5.0, 12.0), (approach.Optional, approach.Default, approach.DefaultLow, approach.DefaultHigh));
    }

    [Theory]
    [InlineData("gb200")]
    [InlineData("gb300")]
    [InlineData("veraRubin")]
    public async Task GetCatalog_EachGeneration_HasTheFullNvl72BillOfParts(string generation)
    {
        var catalog = await GetCatalogAsync();

        Assert.Contains(catalog.Generations, g => g.Id == generation);
        var categories = catalog.Parts.Where(p => p.Generation == generation).Select(p => p.Category).ToHashSet(StringComparer.Ordinal);
        // Everything a reference NVL72 design of that generation puts on the canvas.
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "rack", "computeTray", "nvlinkSwitchTray", "powerShelf", "coolantDistributionUnit" }, categories);
    }

    [Fact]
    public async Task GetCatalog_EveryPart_HasAnIconTheServerServesAsSvg()
    {
        using var client = factory.CreateClient();
        var catalog = await GetCatalogAsync(client);

        var icons = catalog.Parts.Select(p => p.Icon).Distinct(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(icons);
        foreach (var icon in icons)
        {
            Assert.False(string.IsNullOrWhiteSpace(icon));
            // Icons are paths under the site root; the studio resolves them against its base address.
            using var response = await client.GetAsync("/" + icon.TrimStart('/'));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /{icon} returned {(int)response.StatusCode}");
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetCatalog_EveryPart_CarriesItsKindsNounIdPrefixAndPaletteOrder()
    {
        var catalog = await GetCatalogAsync();
        var specs = PartCatalog.CreateDefault();

        // The client names new parts and orders the palette by these alone: it keeps no table of kinds of its own.
        Assert.All(catalog.Parts, p =>
        {
            var kind = specs.Get(p.Id).Kind;
            Assert.Equal((kind.Id, kind.Noun, kind.IdPrefix, kind.PaletteOrder), (p.Category, p.Noun, p.IdPrefix, p.PaletteOrder));
        });
    }

    [Fact]
    public async Task GetCatalog_EveryFigure_HasAKnownProvenanceKind()
    {
        var catalog = await GetCatalogAsync();

        var figures = AllFigures(catalog).ToList();

        Assert.NotEmpty(figures);
        Assert.All(figures, f =>
        {
            Assert.True(s_provenanceKinds.Contains(f.Figure.Provenance.Kind), $"{f.Where}: provenance kind '{f.Figure.Provenance.Kind}'");
            Assert.True(f.Figure.Provenance.Basis is null || s_provenanceKinds.Contains(f.Figure.Provenance.Basis),
                $"{f.Where}: provenance basis '{f.Figure.Provenance.Basis}'");
            Assert.False(string.IsNullOrWhiteSpace(f.Figure.Unit), $"{f.Where}: no unit");
            Assert.True(f.Figure.Low <= f.Figure.Value && f.Figure.Value <= f.Figure.High,
                $"{f.Where}: {f.Figure.Value} is outside its range {f.Figure.Low}–{f.Figure.High}");
        });
        // The catalog is sourced: most of it comes from vendors or from arithmetic on vendor figures.
        Assert.Contains(figures, f => f.Figure.Provenance.Kind == "vendor");
        Assert.Contains(figures, f => f.Figure.Provenance.Kind == "derived");
    }

    [Fact]
    public async Task GetCatalog_EveryCitedSource_ResolvesInTheSourceList()
    {
        var catalog = await GetCatalogAsync();
        var sources = catalog.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var cited = AllFigures(catalog).SelectMany(f => f.Figure.Provenance.Sources.Select(s => (f.Where, Source: s))).ToList();

        Assert.NotEmpty(cited);
        Assert.All(cited, c => Assert.True(sources.Contains(c.Source), $"{c.Where} cites '{c.Source}', which is not in catalog.sources"));
        Assert.All(catalog.Sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Title), $"source {s.Id} has no title");
            Assert.False(string.IsNullOrWhiteSpace(s.Location), $"source {s.Id} has no location");
        });
    }

    [Fact]
    public async Task GetCatalog_Always_ListsTheChoicesAScenarioCanName()
    {
        var catalog = await GetCatalogAsync();

        // The ids the sample scenarios use, and exactly the precisions and coolants the scenario reader accepts.
        Assert.Contains(catalog.Locations, l => l.Id == "ashburn-va" && !string.IsNullOrWhiteSpace(l.Name));
        Assert.Contains(catalog.Models, m => m.Id == "deepseek-r1" && !string.IsNullOrWhiteSpace(m.Name));
        Assert.Equal(["nvfp4", "fp8", "bf16"], catalog.Precisions.Select(p => p.Id));
        Assert.Equal(["propyleneGlycol25", "water"], catalog.Coolants.Select(c => c.Id));
    }

    [Fact]
    public async Task GetCatalog_VeraRubinComputeTray_PowerIsTheSumOfItsChips()
    {
        var catalog = await GetCatalogAsync();

        var tray = Assert.Single(catalog.Parts, p => p.Id == "vr.compute-tray");

        // 4 Rubin × 1.8 kW + 2 Vera × 0.45 kW + 8 ConnectX-9 × 0.06 kW + 1 BlueField-4 × 0.15 kW + 1.0 kW board
        // = 7.2 + 0.9 + 0.48 + 0.15 + 1.0 = 9.73 kW
        Assert.Equal(9.73, tray.PowerKw.Value, 9);
        Assert.Equal("kW", tray.PowerKw.Unit);
        Assert.Equal("derived", tray.PowerKw.Provenance.Kind);
        Assert.Equal("inRack", tray.Mounting);
        Assert.Equal("icons/parts/compute-tray.svg", tray.Icon);
        // Rubin's dense NVFP4 peak is a vendor figure: 35 PFLOPS per GPU (S5).
        var nvfp4 = Assert.Single(tray.Figures, f => f.Label == "GPU peak NVFP4 (dense)").Figure;
        Assert.Equal(35, nvfp4.Value);
        Assert.Equal("vendor", nvfp4.Provenance.Kind);
        Assert.Contains("S5", nvfp4.Provenance.Sources);
    }

    private async Task<CatalogDto> GetCatalogAsync(HttpClient? client = null)
    {
        using var owned = client is null ? factory.CreateClient() : null;
        var json = await (client ?? owned!).GetStringAsync("/api/catalog");
        return JsonSerializer.Deserialize(json, StudioJsonContext.Default.CatalogDto)!;
    }

    /// <summary>Every figure in the catalog with where it is, for messages: power, labelled figures, setting defaults.</summary>
    private static IEnumerable<(string Where, FigureDto Figure)> AllFigures(CatalogDto catalog) =>
        catalog.Parts.SelectMany(p =>
            new[] { ($"{p.Id}.powerKw", p.PowerKw) }
                .Concat(p.Figures.Select(f => ($"{p.Id} '{f.Label}'", f.Figure)))
                .Concat(p.Settings.Select(s => ($"{p.Id}.settings.{s.Key}", s.Default))));
}
