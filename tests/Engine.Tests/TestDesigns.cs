using Studio.Engine.Catalog;
using Studio.Engine.Physics;
using Studio.Engine.Scenarios;
using Studio.Engine.Workloads;

namespace Studio.Engine.Tests;

/// <summary>
/// Builds scenarios in code from the default catalog, so each test shows the design it checks. Part ids read
/// "rack-1/vr.compute-tray-19": the rack, the catalog id and the part's 1-based position among its kind in the rack.
/// </summary>
internal static class TestDesigns
{
    /// <summary>Arithmetic on doubles: sums of a few dozen terms drift by far less than this.</summary>
    public const double FloatingPoint = 1e-9;

    public static PartCatalog Catalog { get; } = PartCatalog.CreateDefault();

    public static string Prefix(Generation generation) => generation switch
    {
        Generation.Gb200 => "gb200",
        Generation.Gb300 => "gb300",
        Generation.VeraRubin => "vr",
        _ => throw new ArgumentOutOfRangeException(nameof(generation), generation, "No rack of this generation."),
    };

    public static string ComputeTray(Generation generation) => $"{Prefix(generation)}.compute-tray";

    public static string SwitchTray(Generation generation) => $"{Prefix(generation)}.nvlink-switch-tray";

    public static string PowerShelf(Generation generation) => $"{Prefix(generation)}.power-shelf";

    /// <summary>
    /// Shelves of the reference racks: 8 × 33 kW for Blackwell (X2), 4 × 110 kW for Vera Rubin (S17: 3–4; four keep
    /// N+1 at Max-P).
    /// </summary>
    public static int ReferenceShelves(Generation generation) => generation == Generation.VeraRubin ? 4 : 8;

    public static RackBuilder Rack(Generation generation, string id = "rack-1") => new(id, $"{Prefix(generation)}.rack");

    /// <summary>The NVL72 reference rack (S1, S5, S9): 18 compute trays, 9 NVLink switch trays and its power shelves.</summary>
    public static RackBuilder ReferenceRackBuilder(Generation generation, string id = "rack-1") =>
        Rack(generation, id)
            .Add(ComputeTray(generation), 18)
            .Add(SwitchTray(generation), 9)
            .Add(PowerShelf(generation), ReferenceShelves(generation));

    public static RackDesign ReferenceRack(Generation generation, string id = "rack-1") => ReferenceRackBuilder(generation, id).Build();

    public static PlacedPart Equipment(string id, string catalogId, IReadOnlyDictionary<string, double>? settings = null) =>
        new(id, id, Catalog.Get(catalogId), settings ?? new Dictionary<string, double>());

    public static Connection Network(string rackId, string switchId) => new($"net:{rackId}->{switchId}", ConnectionKind.Network, rackId, switchId);

    public static Connection Coolant(string rackId, string cduId) => new($"cool:{rackId}->{cduId}", ConnectionKind.Coolant, rackId, cduId);

    public static Scenario Scenario(
        IReadOnlyList<RackDesign> racks,
        IReadOnlyList<PlacedPart>? equipment = null,
        IReadOnlyList<Connection>? connections = null,
        double supplyC = 45,
        CoolantKind coolant = CoolantKind.PropyleneGlycol25,
        int factoryRacks = 1) =>
        new("test design", racks, equipment ?? [], connections ?? [],
            new Site("ashburn-va", supplyC, 0.08, coolant),
            new Workload(ModelCatalog.All.Single(m => m.Id == "deepseek-r1"), Precision.Nvfp4, 8192, 1024, 50),
            FactoryPlan.OneHall([.. racks.Select(r => (r.Id, factoryRacks))]));

    public static Scenario Scenario(params RackDesign[] racks) => Scenario((IReadOnlyList<RackDesign>)racks);
}

/// <summary>Lists a rack's parts top to bottom, in the order they are added.</summary>
internal sealed class RackBuilder(string id, string frameCatalogId)
{
    private readonly List<PlacedPart> _parts = [];
    private readonly Dictionary<string, double> _frameSettings = [];

    public RackBuilder Add(string catalogId, int count = 1, IReadOnlyDictionary<string, double>? settings = null)
    {
        var spec = TestDesigns.Catalog.Get(catalogId);
        for (var i = 0; i < count; i++)
        {
            var index = _parts.Count(p => p.Spec.Id == catalogId) + 1;
            var partId = $"{id}/{catalogId}-{index}";
            _parts.Add(new PlacedPart(partId, partId, spec, settings ?? new Dictionary<string, double>()));
        }

        return this;
    }

    public RackBuilder WithFrameSetting(string key, double value)
    {
        _frameSettings[key] = value;
        return this;
    }

    public RackDesign Build() =>
        new(new PlacedPart(id, id, TestDesigns.Catalog.Get(frameCatalogId), new Dictionary<string, double>(_frameSettings)), [.. _parts]);
}
