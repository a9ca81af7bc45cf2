using Studio.Engine.Catalog.Data;

namespace Studio.Engine.Catalog;

/// <summary>The parts a design can use, looked up by their stable ids.</summary>
public sealed class PartCatalog
{
    private readonly Dictionary<string, PartSpec> _byId;

    public PartCatalog(IEnumerable<PartSpec> parts, NetworkCatalog? network = null)
    {
        Network = network ?? new NetworkCatalog([], [], []);
        Parts = [.. parts];
        _byId = new Dictionary<string, PartSpec>(StringComparer.Ordinal);
        foreach (var part in Parts)
        {
            if (!_byId.TryAdd(part.Id, part))
            {
                throw new ArgumentException($"Two catalog parts share the id '{part.Id}'.", nameof(parts));
            }
        }
    }

    /// <summary>The catalog that ships with the studio: GB200, GB300 and Vera Rubin NVL72 parts.</summary>
    public static PartCatalog CreateDefault() =>
        new([.. VeraRubinParts.All(), .. BlackwellParts.Gb300(), .. BlackwellParts.Gb200(), .. NetworkParts.All()], NetworkLinks.All());

    public IReadOnlyList<PartSpec> Parts { get; }

    /// <summary>Optics, cables and storage nodes: what the fabrics are built from besides their switches.</summary>
    public NetworkCatalog Network { get; }

    public bool TryGet(string id, out PartSpec part) => _byId.TryGetValue(id, out part!);

    public PartSpec Get(string id) =>
        _byId.TryGetValue(id, out var part) ? part : throw new KeyNotFoundException($"No catalog part has the id '{id}'.");
}
