using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Models.Factory;
using Studio.Engine.Models.Network;
using Studio.Engine.Provenance;
using Studio.Server.Mapping;
using Studio.Server.Scenarios;

namespace Studio.Server.Tests.Mapping;

/// <summary>
/// The report's network section carries the Engine's analysis as built: wire names for the enums, central values of
/// the bands, and per-rack figures over the racks that hold GPUs. The analysis is built by hand so the mapping is
/// tested apart from the sizing.
/// </summary>
public sealed class NetworkMappingTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const double Tolerance = 1e-6;

    private static readonly PartCatalog s_catalog = PartCatalog.CreateDefault();
    private static readonly ScaleOutSwitchSpec s_coPackaged = (ScaleOutSwitchSpec)s_catalog.Get("vr.spectrum-x-photonics");
    private static readonly ScaleOutSwitchSpec s_pluggable = (ScaleOutSwitchSpec)s_catalog.Get("net.spectrum-x800-sn5600");
    private static readonly TransceiverSpec s_transceiver = s_catalog.Network.Transceivers.Single(t => t.Id == "optics.osfp-800g-dr8");
    private static readonly StorageNodeSpec s_node = s_catalog.Network.StorageNodes.Single(n => n.Id == "storage.all-flash-node");

    private static CableSpec Cable(LinkMedium medium) => s_catalog.Network.Cables.First(c => c.Medium == medium);

    private static FabricAnalysis ScaleOut() => new(
        FabricKind.ScaleOut,
        "Scale-out fabric",
        s_coPackaged,
        Endpoints: 7_200,
        PortGbps: 800,
        Planes: 2,
        Rails: 8,
        Oversubscription: 1,
        [new FabricTier("leaf", 100, 2, 64, 64, "rows"), new FabricTier("spine", 50, 2, 128, 0, "Hall 1")],
        [
            new LinkGroup("NICs", "leaf", 14_400, 800, 2.5, Cable(LinkMedium.Copper), null, 0, false),
            new LinkGroup("leaf", "spine", 12_800, 800, 120, Cable(LinkMedium.Fibre), s_transceiver, 12_800, true),
        ],
        ExceedsThreeTiers: false,
        "Two planes keep the fabric at two tiers.");

    private static FabricAnalysis FrontEnd() => new(
        FabricKind.FrontEnd,
        "Front-end fabric",
        s_pluggable,
        Endpoints: 400,
        PortGbps: 400,
        Planes: 1,
        Rails: 1,
        Oversubscription: 3,
        [new FabricTier("leaf", 8, 1, 48, 16, "rows")],
        [
            new LinkGroup("DPUs", "leaf", 400, 400, 6, Cable(LinkMedium.ActiveCopper), null, 0, false),
            new LinkGroup("leaf", "network room", 128, 800, 40, Cable(LinkMedium.ActiveOptical), null, 0, false),
        ],
        ExceedsThreeTiers: false,
        "One leaf tier.");

    private static FabricAnalysis Storage() => new(
        FabricKind.Storage,
        "Storage fabric",
        s_pluggable,
        Endpoints: 80,
        PortGbps: 400,
        Planes: 1,
        Rails: 1,
        Oversubscription: 1,
        [new FabricTier("leaf", 2, 1, 64, 0, "network room")],
        [new LinkGroup("storage nodes", "leaf", 80, 400, 10, Cable(LinkMedium.Fibre), s_transceiver, 120, false)],
        ExceedsThreeTiers: false,
        "Two leaves.");

    private static StorageNodes Nodes() => new(
        s_node, 40, Figure.User(2_000, "GB/s", "test"), Figure.User(20, "PB", "test"), "bandwidth");

    private static NetworkAnalysis Network() => new(
        ScaleOut(), FrontEnd(), Storage(), Nodes(), Figure.User(760, "Gb/s", "test"), Figure.User(2.5, "µs", "test"));

    private static double SwitchAndLinkKw(FabricAnalysis f) =>
        (f.Switch.PowerKw.Value * f.SwitchCount) + f.Links.Sum(l => (l.Cable.PowerKw.Value * l.Links) + ((l.Transceiver?.PowerKw.Value ?? 0) * l.Transceivers));

    private static double SwitchAndLinkUsd(FabricAnalysis f) =>
        (f.Switch.PriceUsd.Value * f.SwitchCount) + f.Links.Sum(l => (l.Cable.PriceUsd.Value * l.Links) + ((l.Transceiver?.PriceUsd.Value ?? 0) * l.Transceivers));

    private static FactoryAnalysis NoRacks(NetworkAnalysis network) => new([])
    {
        ItPowerKw = Figure.User(0, "kW", "test"),
        LiquidHeatKw = Figure.User(0, "kW", "test"),
        PumpKw = 0,
        LoopRiseK = 0,
        PlacedDesigns = [],
        Network = network,
    };

    private Report EvaluateSample(string file, NetworkDocument? network = null)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", file));
        var document = ScenarioReader.Parse(Encoding.UTF8.GetBytes(json)).Document!;
        document.Factory.Network = network ?? document.Factory.Network;
        var mapped = factory.Services.GetRequiredService<ScenarioMapper>().Map(document);
        Assert.Empty(mapped.Errors);
        return factory.Services.GetRequiredService<ScenarioEvaluator>().Evaluate(mapped.Scenario!);
    }

    [Fact]
    public void ToNetworkDto_HandBuiltNetwork_CarriesEveryFabricWithWireNames()
    {
        var dto = NoRacks(Network()).ToNetworkDto()!;

        Assert.Equal(("scaleOut", "frontEnd", "storage"), (dto.ScaleOut!.Kind, dto.FrontEnd!.Kind, dto.Storage!.Kind));
        Assert.Equal(("coPackaged", "pluggable"), (dto.ScaleOut.Optics, dto.FrontEnd.Optics));
        Assert.Equal(["copper", "fibre"], dto.ScaleOut.Links.Select(l => l.Medium));
        Assert.Equal(["activeCopper", "activeOptical"], dto.FrontEnd.Links.Select(l => l.Medium));
    }

    [Fact]
    public void ToNetworkDto_ScaleOutFabric_CarriesItsCountsTiersAndLinks()
    {
        var fabric = ScaleOut();

        var dto = NoRacks(Network()).ToNetworkDto()!.ScaleOut!;

        Assert.Equal(("Scale-out fabric", 7_200, 800.0, 2, 8, 1.0), (dto.Label, dto.Endpoints, dto.PortGbps, dto.Planes, dto.Rails, dto.Oversubscription));
        Assert.Equal(("vr.spectrum-x-photonics", s_coPackaged.Name), (dto.SwitchPartId, dto.SwitchName));
        Assert.Equal([new FabricTierDto("leaf", 200, 100, 64, 64, "rows"), new FabricTierDto("spine", 100, 50, 128, 0, "Hall 1")], dto.Tiers);
        Assert.Equal((300, 12_800), (dto.SwitchCount, dto.TransceiverCount));
        Assert.Equal(
            new LinkGroupDto("leaf", "spine", 12_800, 800, 120, "fibre", Cable(LinkMedium.Fibre).Name, s_transceiver.Name, 12_800, true),
            dto.Links[1]);
        Assert.Null(dto.Links[0].TransceiverName);
        Assert.Equal(SwitchAndLinkKw(fabric), dto.PowerKw, Tolerance);
        Assert.Equal(SwitchAndLinkUsd(fabric), dto.CapexUsd, Tolerance);
        Assert.Equal("Two planes keep the fabric at two tiers.", dto.Note);
    }

    [Fact]
    public void ToNetworkDto_StorageNodes_CarryCountFiguresAndWhatSizedThem()
    {
        var dto = NoRacks(Network()).ToNetworkDto()!.StorageNodes;

        Assert.Equal(new StorageNodesDto("storage.all-flash-node", s_node.Name, 40, 2_000, 20, "bandwidth"), dto);
    }

    [Fact]
    public void ToNetworkDto_Totals_AddTheFabricsAndTheStorageNodes()
    {
        var network = Network();
        var expectedKw = network.Fabrics.Sum(SwitchAndLinkKw) + (s_node.PowerKw.Value * 40);
        var expectedUsd = network.Fabrics.Sum(SwitchAndLinkUsd) + (s_node.PriceUsd.Value * 40);

        var dto = NoRacks(network).ToNetworkDto()!;

        Assert.Equal(expectedKw, dto.PowerKw, Tolerance);
        Assert.Equal(expectedUsd, dto.CapexUsd, Tolerance);
        Assert.Equal((760.0, 2.5), (dto.ScaleOutGbpsPerGpu, dto.HopLatencyMicroseconds));
    }

    [Fact]
    public void ToNetworkDto_NoComputeRacks_PerRackFiguresAreZero()
    {
        var dto = NoRacks(Network()).ToNetworkDto()!;

        Assert.True(dto.PowerKw > 0);
        Assert.Equal((0.0, 0.0), (dto.PowerPerComputeRackKw, dto.CapexPerComputeRackUsd));
    }

    [Fact]
    public void ToNetworkDto_NoFabricNoStorage_IsNull()
    {
        Assert.Null(NoRacks(NetworkAnalysis.None).ToNetworkDto());
    }

    [Fact]
    public void ToNetworkDto_OnlyStorageNodes_IsASectionWithZerosForTheRest()
    {
        var dto = NoRacks(new NetworkAnalysis(null, null, null, Nodes(), null, null)).ToNetworkDto()!;

        Assert.Null(dto.ScaleOut);
        Assert.Equal(s_node.PowerKw.Value * 40, dto.PowerKw, Tolerance);
        Assert.Equal((0.0, 0.0), (dto.ScaleOutGbpsPerGpu, dto.HopLatencyMicroseconds));
    }

    [Fact]
    public void ToDto_SampleFactoryWithAHandBuiltNetwork_DividesByTheComputeRacks()
    {
        var report = EvaluateSample("vera-rubin-nvl72.json");
        var network = Network();
        var built = report with { Factory = report.Factory! with { Network = network } };
        var computeRacks = built.Factory!.ComputeRackCount;

        var dto = built.ToDto().Network!;

        Assert.Equal(100, computeRacks);
        Assert.Equal(network.PowerKw.Value / computeRacks, dto.PowerPerComputeRackKw, Tolerance);
        Assert.Equal(network.PriceUsd.Value / computeRacks, dto.CapexPerComputeRackUsd, Tolerance);
        Assert.Equal(network.PowerKw.Value, dto.PowerKw, Tolerance);
    }

    [Fact]
    public void Evaluate_SampleWithANetworkSection_MapsEvaluatesAndReports()
    {
        var network = new NetworkDocument
        {
            ScaleOut = new ScaleOutDocument { Oversubscription = 2, Optics = "pluggable" },
            FrontEnd = new FrontEndDocument { PortsPerTray = 1 },
            Storage = new StorageDocument { BandwidthGBps = 5_000, CapacityPb = 100, NodePartId = "storage.all-flash-node" },
        };

        var report = EvaluateSample("vera-rubin-factory-100mw.json", network);
        var dto = report.ToDto();

        Assert.NotNull(report.Factory);
        Assert.True(report.Factory.GpuCount > 0);
        Assert.NotEmpty(dto.Halls);
        Assert.DoesNotContain(dto.Metrics, m => m.Value is { } v && !double.IsFinite(v));
        if (dto.Network is { } section)
        {
            // Filled once the Engine sizes the fabrics; until then the section is absent, which is also valid.
            Assert.True(section.PowerKw >= 0 && double.IsFinite(section.CapexUsd));
        }
    }
}
