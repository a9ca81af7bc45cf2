using System.Text;
using System.Text.Json;
using Studio.Contracts;
using Studio.Contracts.Scenarios;
using Studio.Engine.Catalog;
using Studio.Engine.Scenarios;
using Studio.Server.Scenarios;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Scenarios;

/// <summary>factory.network on the wire: given values reach the plan, missing ones default, and each bad one is an error at its path.</summary>
public sealed class ScenarioMapperNetworkTests
{
    private const string Network = "$.factory.network";

    private static readonly PartCatalog s_catalog = PartCatalog.CreateDefault();
    private static readonly ScenarioMapper s_mapper = new(s_catalog);

    /// <summary>Each case breaks one member; the error must be at that member's path and say what is wrong.</summary>
    private static readonly Dictionary<string, (Action<NetworkDocument> Break, string Path, string Message)> s_breakers = new(StringComparer.Ordinal)
    {
        ["oversubscription below 1"] = (n => ScaleOut(n).Oversubscription = 0.5, $"{Network}.scaleOut.oversubscription",
            "0.5 (n for n:1) is out of range: use a value from 1 to 8 (n for n:1)."),
        ["oversubscription above 8"] = (n => ScaleOut(n).Oversubscription = 9, $"{Network}.scaleOut.oversubscription", "use a value from 1 to 8"),
        ["oversubscription not a number"] = (n => ScaleOut(n).Oversubscription = double.NaN, $"{Network}.scaleOut.oversubscription", "NaN (n for n:1) is out of range"),
        ["optics misspelt"] = (n => ScaleOut(n).Optics = "copackaged", $"{Network}.scaleOut.optics",
            "Unknown optics 'copackaged': use \"pluggable\""),
        ["planes 0"] = (n => ScaleOut(n).Planes = 0, $"{Network}.scaleOut.planes", "0 planes is out of range: use a value from 1 to 8 planes."),
        ["planes 9"] = (n => ScaleOut(n).Planes = 9, $"{Network}.scaleOut.planes", "9 planes is out of range"),
        ["rails 0"] = (n => ScaleOut(n).Rails = 0, $"{Network}.scaleOut.rails", "0 rails is out of range: use a value from 1 to 16 rails."),
        ["rails 17"] = (n => ScaleOut(n).Rails = 17, $"{Network}.scaleOut.rails", "17 rails is out of range"),
        ["scale-out switch misspelt"] = (n => ScaleOut(n).SwitchPartId = "net.spectrum-x800-sn560", $"{Network}.scaleOut.switchPartId",
            "Unknown part 'net.spectrum-x800-sn560'. Did you mean 'net.spectrum-x800-sn5600'?"),
        ["scale-out switch is a CDU"] = (n => ScaleOut(n).SwitchPartId = "vr.cdu-in-row", $"{Network}.scaleOut.switchPartId",
            "'vr.cdu-in-row' is a CDU, not a switch: name one of 'net.spectrum-x800-sn5600'"),
        ["ports per tray negative"] = (n => FrontEnd(n).PortsPerTray = -1, $"{Network}.frontEnd.portsPerTray", "-1 ports is out of range: use a value from 0 to 16 ports."),
        ["ports per tray 17"] = (n => FrontEnd(n).PortsPerTray = 17, $"{Network}.frontEnd.portsPerTray", "17 ports is out of range"),
        ["front-end oversubscription above 8"] = (n => FrontEnd(n).Oversubscription = 8.5, $"{Network}.frontEnd.oversubscription", "8.5 (n for n:1) is out of range"),
        ["front-end switch is a compute tray"] = (n => FrontEnd(n).SwitchPartId = "vr.compute-tray", $"{Network}.frontEnd.switchPartId", "is a compute tray, not a switch"),
        ["front-end switch empty"] = (n => FrontEnd(n).SwitchPartId = "", $"{Network}.frontEnd.switchPartId", "Missing: name a catalog part id"),
        ["bandwidth negative"] = (n => Storage(n).BandwidthGBps = -1, $"{Network}.storage.bandwidthGBps", "-1 GB/s is out of range: use a value from 0 to 10000000 GB/s."),
        ["bandwidth too large"] = (n => Storage(n).BandwidthGBps = 10_000_001, $"{Network}.storage.bandwidthGBps", "10000001 GB/s is out of range"),
        ["bandwidth infinite"] = (n => Storage(n).BandwidthGBps = double.PositiveInfinity, $"{Network}.storage.bandwidthGBps", "Infinity GB/s is out of range"),
        ["capacity negative"] = (n => Storage(n).CapacityPb = -0.5, $"{Network}.storage.capacityPb", "-0.5 PB is out of range: use a value from 0 to 1000000 PB."),
        ["capacity too large"] = (n => Storage(n).CapacityPb = 1_000_001, $"{Network}.storage.capacityPb", "1000001 PB is out of range"),
        ["storage node misspelt"] = (n => Storage(n).NodePartId = "storage.all-flash-nod", $"{Network}.storage.nodePartId",
            "Unknown storage node 'storage.all-flash-nod'. Did you mean 'storage.all-flash-node'?"),
        ["storage node is a part"] = (n => Storage(n).NodePartId = "vr.compute-tray", $"{Network}.storage.nodePartId",
            "Unknown storage node 'vr.compute-tray'. The storage nodes are 'storage.all-flash-node'."),
        ["storage node empty"] = (n => Storage(n).NodePartId = " ", $"{Network}.storage.nodePartId", "Missing: name a storage node ('storage.all-flash-node')"),
    };

    /// <summary>Sets a network field of the table on a document by its path.</summary>
    private static readonly Dictionary<string, Action<NetworkDocument, double>> s_setters = new(StringComparer.Ordinal)
    {
        [ScenarioFields.ScaleOutOversubscription.Path] = (n, v) => ScaleOut(n).Oversubscription = v,
        [ScenarioFields.ScaleOutPlanes.Path] = (n, v) => ScaleOut(n).Planes = (int)v,
        [ScenarioFields.ScaleOutRails.Path] = (n, v) => ScaleOut(n).Rails = (int)v,
        [ScenarioFields.FrontEndPortsPerTray.Path] = (n, v) => FrontEnd(n).PortsPerTray = (int)v,
        [ScenarioFields.FrontEndOversubscription.Path] = (n, v) => FrontEnd(n).Oversubscription = v,
        [ScenarioFields.StorageBandwidthGBps.Path] = (n, v) => Storage(n).BandwidthGBps = v,
        [ScenarioFields.StorageCapacityPb.Path] = (n, v) => Storage(n).CapacityPb = v,
    };

    public static TheoryData<string> Breakers => [.. s_breakers.Keys];

    public static TheoryData<string> NetworkFieldPaths => [.. ScenarioFields.Network.Select(f => f.Path)];

    private static ScaleOutDocument ScaleOut(NetworkDocument n) => n.ScaleOut ??= new ScaleOutDocument();

    private static FrontEndDocument FrontEnd(NetworkDocument n) => n.FrontEnd ??= new FrontEndDocument();

    private static StorageDocument Storage(NetworkDocument n) => n.Storage ??= new StorageDocument();

    private static ScenarioDocument Document(NetworkDocument? network) => new()
    {
        Racks = [new RackDocument { Id = "rack-a", PartId = "vr.rack" }],
        Factory = new FactoryDocument
        {
            Halls = [new HallDocument { Id = "hall-1", Rows = [new RowDocument { Id = "row-1", Rack = "rack-a", RackCount = 4 }] }],
            Network = network,
        },
    };

    private static NetworkDocument Full() => new()
    {
        ScaleOut = new ScaleOutDocument { Oversubscription = 2, Optics = "coPackaged", SwitchPartId = "vr.spectrum-x-photonics", Planes = 4, Rails = 8 },
        FrontEnd = new FrontEndDocument { PortsPerTray = 2, Oversubscription = 3, SwitchPartId = "net.spectrum-x800-sn5600" },
        Storage = new StorageDocument { BandwidthGBps = 20_000, CapacityPb = 500, NodePartId = "storage.all-flash-node" },
    };

    private static NetworkDocument With(Action<NetworkDocument> change)
    {
        var network = new NetworkDocument();
        change(network);
        return network;
    }

    [Fact]
    public void Map_FullNetworkSection_ReachesThePlanAsGiven()
    {
        var mapped = s_mapper.Map(Document(Full()));

        Assert.Empty(mapped.Errors);
        var network = mapped.Scenario!.Factory.Network;
        var scaleOut = network.ScaleOut;
        Assert.Equal((2.0, (SwitchOptics?)SwitchOptics.CoPackaged, (int?)4, (int?)8), (scaleOut.Oversubscription, scaleOut.Optics, scaleOut.Planes, scaleOut.Rails));
        Assert.Same(s_catalog.Get("vr.spectrum-x-photonics"), scaleOut.Switch);
        Assert.Equal(((int?)2, 3.0), (network.FrontEnd.PortsPerTray, network.FrontEnd.Oversubscription));
        Assert.Same(s_catalog.Get("net.spectrum-x800-sn5600"), network.FrontEnd.Switch);
        Assert.Equal(((double?)20_000, (double?)500), (network.Storage.BandwidthGBps, network.Storage.CapacityPb));
        Assert.Same(s_catalog.Network.StorageNodes.Single(n => n.Id == "storage.all-flash-node"), network.Storage.Node);
    }

    [Fact]
    public void Map_PluggableOptics_IsTheEnumsPluggable()
    {
        var mapped = s_mapper.Map(Document(With(n => ScaleOut(n).Optics = "pluggable")));

        Assert.Equal(SwitchOptics.Pluggable, mapped.Scenario!.Factory.Network.ScaleOut.Optics);
    }

    [Fact]
    public void Map_NoNetworkSection_TakesTheDefaultPlan()
    {
        var mapped = s_mapper.Map(Document(null));

        Assert.Empty(mapped.Errors);
        Assert.Equal(NetworkPlan.Default, mapped.Scenario!.Factory.Network);
    }

    [Fact]
    public void Map_EmptySections_TakeEveryDefault()
    {
        var empty = new NetworkDocument { ScaleOut = new(), FrontEnd = new(), Storage = new() };

        var network = s_mapper.Map(Document(empty)).Scenario!.Factory.Network;

        Assert.Equal(NetworkPlan.Default, network);
        Assert.Equal(ScaleOutPlan.DefaultOversubscription, network.ScaleOut.Oversubscription);
        Assert.Equal(FrontEndPlan.DefaultOversubscription, network.FrontEnd.Oversubscription);
        Assert.Null(network.ScaleOut.Switch);
        Assert.Null(network.Storage.Node);
    }

    [Theory]
    [MemberData(nameof(Breakers))]
    public void Map_BadNetworkValue_IsOneErrorAtItsPath(string breaker)
    {
        var (change, path, message) = s_breakers[breaker];

        var mapped = s_mapper.Map(Document(With(change)));

        Assert.Null(mapped.Scenario);
        var error = Assert.Single(mapped.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SeveralBadNetworkValues_ReportsEveryOneAtOnce()
    {
        var network = With(n =>
        {
            ScaleOut(n).Optics = "fibre";
            FrontEnd(n).PortsPerTray = 99;
            Storage(n).NodePartId = "storage.nope";
        });

        var errors = s_mapper.Map(Document(network)).Errors;

        Assert.Equal(
            [$"{Network}.scaleOut.optics", $"{Network}.frontEnd.portsPerTray", $"{Network}.storage.nodePartId"],
            errors.Select(e => e.Path));
    }

    [Theory]
    [MemberData(nameof(NetworkFieldPaths))]
    public void Map_NetworkFieldAtItsBounds_IsAccepted(string path) =>
        FieldBounds.AssertBoundsAccepted(ScenarioFields.Network.Single(f => f.Path == path),
            value => s_mapper.Map(Document(With(n => s_setters[path](n, value)))).Errors);

    [Theory]
    [MemberData(nameof(NetworkFieldPaths))]
    public void Map_NetworkFieldJustOutsideItsBounds_IsRefusedWithTheRange(string path) =>
        FieldBounds.AssertJustOutsideRefused(ScenarioFields.Network.Single(f => f.Path == path),
            value => s_mapper.Map(Document(With(n => s_setters[path](n, value)))).Errors);

    [Fact]
    public void Parse_NetworkSectionWrittenAndReadBack_MapsToTheSamePlan()
    {
        var written = JsonSerializer.SerializeToUtf8Bytes(Document(Full()), StudioJsonContext.Default.ScenarioDocument);

        var read = ScenarioReader.Parse(written);

        Assert.Contains("\"network\":{\"scaleOut\":{\"oversubscription\":2,\"optics\":\"coPackaged\"", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        Assert.Equal(s_mapper.Map(Document(Full())).Scenario!.Factory.Network, s_mapper.Map(read.Document!).Scenario!.Factory.Network);
    }

    [Fact]
    public void Parse_NetworkFromJson_ReportsAFractionalPlaneAtItsPath()
    {
        var json = JsonSerializer.Serialize(Document(null), StudioJsonContext.Default.ScenarioDocument)
            .Replace("\"halls\":", "\"network\":{\"scaleOut\":{\"planes\":1.5}},\"halls\":", StringComparison.Ordinal);

        var read = ScenarioReader.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Document);
        Assert.Contains(read.Errors, e => e.Path == $"{Network}.scaleOut.planes");
    }
}
