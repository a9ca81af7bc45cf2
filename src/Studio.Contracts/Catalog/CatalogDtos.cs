namespace Studio.Contracts.Catalog;

/// <summary>GET /api/catalog: every part, the lists a scenario's fields choose from, and the scenario's numeric fields.</summary>
public sealed record CatalogDto(
    IReadOnlyList<PartDto> Parts,
    IReadOnlyList<GenerationDto> Generations,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<ChoiceDto> Locations,
    IReadOnlyList<ChoiceDto> Models,
    IReadOnlyList<ChoiceDto> Precisions,
    IReadOnlyList<ChoiceDto> Coolants,
    IReadOnlyList<ScenarioFieldDto> ScenarioFields);

/// <summary>A catalog part as the palette and inspector show it.</summary>
/// <param name="Category">The part's kind, a camelCase key ("computeTray", "rack"): the canvas styles parts by it.</param>
/// <param name="Mounting">inRack or floor.</param>
/// <param name="HeightU">Rack units the part takes (0 for floor equipment).</param>
/// <param name="CapacityU">Rack units a rack frame holds (0 for everything else).</param>
/// <param name="Icon">Path of the part's SVG icon under the site root.</param>
/// <param name="Noun">What a message calls one part of this kind ("compute tray").</param>
/// <param name="IdPrefix">The studio names new parts of this kind "{IdPrefix}-01", "-02"…; distinct per kind.</param>
/// <param name="PaletteOrder">Place within a generation in the palette, lowest first.</param>
public sealed record PartDto(
    string Id,
    string Name,
    string Summary,
    string Generation,
    string Category,
    string Mounting,
    int HeightU,
    int CapacityU,
    string Icon,
    string Noun,
    string IdPrefix,
    int PaletteOrder,
    FigureDto PowerKw,
    IReadOnlyList<LabelledFigureDto> Figures,
    IReadOnlyList<SettingDto> Settings);

public sealed record GenerationDto(string Id, string Name);

/// <summary>A number with its range, unit and provenance.</summary>
public sealed record FigureDto(double Value, double Low, double High, string Unit, ProvenanceDto Provenance);

public sealed record LabelledFigureDto(string Label, FigureDto Figure);

/// <summary>Where a number comes from.</summary>
/// <param name="Kind">vendor, estimate, derived or user.</param>
/// <param name="Basis">For derived numbers, the weakest kind among their inputs.</param>
/// <param name="Sources">Source ids; <see cref="CatalogDto.Sources"/> and the report's sources resolve them.</param>
/// <param name="Note">The arithmetic of a derived number, or the reasoning behind an estimate.</param>
public sealed record ProvenanceDto(string Kind, string? Basis, IReadOnlyList<string> Sources, string? Note);

public sealed record SourceDto(string Id, string Title, string Location);

public sealed record SettingDto(string Key, string Label, string Unit, double Min, double Max, FigureDto Default, string Help);

public sealed record ChoiceDto(string Id, string Name, string? Description);

/// <summary>GET /api/templates: a reference design that "New from template" loads.</summary>
public sealed record TemplateSummaryDto(string Id, string Name, string Description, string Generation);
