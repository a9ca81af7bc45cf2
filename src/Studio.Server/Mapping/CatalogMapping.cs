using System.Globalization;
using Studio.Contracts.Catalog;
using Studio.Engine.Catalog;
using Studio.Engine.Physics;
using Studio.Engine.Provenance;
using Studio.Engine.Sites;
using Studio.Engine.Workloads;
using static Studio.Server.Mapping.ProvenanceMapping;

namespace Studio.Server.Mapping;

/// <summary>Builds GET /api/catalog's body from the Engine's catalog.</summary>
internal static class CatalogMapping
{
    /// <summary>Newest generation first: the palette lists generations in this order.</summary>
    private static readonly Generation[] s_paletteOrder = [Generation.VeraRubin, Generation.Gb300, Generation.Gb200, Generation.Any];

    public static CatalogDto ToDto(this PartCatalog catalog) => new(
        [.. catalog.Parts.Select(ToDto)],
        [.. s_paletteOrder.Select(g => new GenerationDto(CamelCase(g), g.DisplayName()))],
        [.. SourceRegistry.All.Select(s => s.ToDto())],
        [.. SiteLocations.All.Select(l => new ChoiceDto(l.Id, l.Name, $"{l.Climate} (Köppen {l.Koppen})"))],
        [.. ModelCatalog.All.Select(m => new ChoiceDto(m.Id, m.Name,
            m.IsMixtureOfExperts
                ? string.Create(CultureInfo.InvariantCulture, $"MoE: {m.TotalParametersBillions.Value:0.#}B total, {m.ActiveParametersBillions.Value:0.#}B active")
                : string.Create(CultureInfo.InvariantCulture, $"Dense: {m.TotalParametersBillions.Value:0.#}B")))],
        [
            new ChoiceDto("nvfp4", "NVFP4", "4-bit floating point with micro-block scaling"),
            new ChoiceDto("fp8", "FP8", null),
            new ChoiceDto("bf16", "BF16", null),
        ],
        [.. new[] { CoolantProperties.PropyleneGlycol25, CoolantProperties.Water }.Select(c =>
            new ChoiceDto(CamelCase(c.Kind), c.Name, string.Create(CultureInfo.InvariantCulture, $"c_p {c.SpecificHeatKjPerKgK.Value} kJ/(kg·K), {c.DensityKgPerLitre.Value * 1000:0} kg/m³")))],
        ScenarioFieldMapping.ToDtos());

    public static PartDto ToDto(this PartSpec part) => new(
        part.Id,
        part.Name,
        part.Summary,
        CamelCase(part.Generation),
        part.Kind.Id,
        CamelCase(part.Mounting),
        part.HeightU,
        part is RackSpec rack ? rack.CapacityU : 0,
        $"icons/parts/{part.IconFileName}",
        part.Kind.Noun,
        part.Kind.IdPrefix,
        part.Kind.PaletteOrder,
        part.PowerKw.ToDto(),
        [.. part.Figures().Select(f => new LabelledFigureDto(f.Label, f.Figure.ToDto()))],
        [.. part.Settings.Select(s => new SettingDto(s.Key, s.Label, s.Unit, s.Min, s.Max, s.Default.ToDto(), s.Help))]);
}
