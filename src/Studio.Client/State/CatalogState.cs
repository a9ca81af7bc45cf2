using Studio.Client.Api;
using Studio.Contracts.Catalog;

namespace Studio.Client.State;

/// <summary>The catalog and template list, fetched once per tab; components read parts and sources from here.</summary>
public sealed class CatalogState(StudioApiClient api)
{
    private Dictionary<string, PartDto> _parts = [];
    private Dictionary<string, SourceDto> _sources = [];

    public CatalogDto? Catalog { get; private set; }

    public IReadOnlyList<TemplateSummaryDto> Templates { get; private set; } = [];

    /// <summary>Why the catalog could not be loaded, in words for the user; null when it loaded.</summary>
    public string? LoadError { get; private set; }

    public bool IsLoaded => Catalog is not null;

    public async Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        if (IsLoaded)
        {
            return;
        }

        try
        {
            var catalog = await api.GetCatalogAsync(cancellationToken);
            var templates = await api.ListTemplatesAsync(cancellationToken);
            Use(catalog, templates);
        }
        catch (HttpRequestException ex)
        {
            LoadError = $"The studio could not reach its server to load the parts catalog ({ex.Message}). Reload the page to try again.";
        }
    }

    /// <summary>Uses a catalog already at hand (tests, or a later offline cache).</summary>
    public void Use(CatalogDto catalog, IReadOnlyList<TemplateSummaryDto> templates)
    {
        Catalog = catalog;
        Templates = templates;
        _parts = catalog.Parts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _sources = catalog.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        LoadError = null;
    }

    public PartDto? Part(string? id) => id is not null && _parts.TryGetValue(id, out var part) ? part : null;

    public SourceDto? Source(string id) => _sources.GetValueOrDefault(id);

    public static bool MountsInRack(PartDto part) => part.Mounting == "inRack";

    public static bool IsRack(PartDto part) => part.Category == "rack";

    /// <summary>The CDUs a factory row can stand on its floor: the catalog's in-row units.</summary>
    public IReadOnlyList<PartDto> FloorCdus => [.. Catalog?.Parts.Where(p => p.Category == "coolantDistributionUnit" && p.Mounting == "floor") ?? []];
}
