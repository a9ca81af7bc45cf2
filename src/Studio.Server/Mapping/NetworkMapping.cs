using Studio.Contracts.Evaluation;
using Studio.Engine.Catalog;
using Studio.Engine.Models.Factory;
using Studio.Engine.Models.Network;

namespace Studio.Server.Mapping;

/// <summary>The factory's networks as POST /api/evaluate reports them.</summary>
internal static class NetworkMapping
{
    /// <summary>Null when the factory has no network at all, so a rack-only report carries no empty section.</summary>
    public static NetworkDto? ToNetworkDto(this FactoryAnalysis factory)
    {
        var network = factory.Network;
        if (network.ScaleOut is null && network.FrontEnd is null && network.Storage is null && network.StorageNodes is null)
        {
            return null;
        }

        var powerKw = network.PowerKw.Value;
        var capexUsd = network.PriceUsd.Value;
        var computeRacks = factory.ComputeRackCount;
        return new NetworkDto(
            network.ScaleOut?.ToDto(),
            network.FrontEnd?.ToDto(),
            network.Storage?.ToDto(),
            network.StorageNodes?.ToDto(),
            powerKw,
            capexUsd,
            computeRacks > 0 ? powerKw / computeRacks : 0,
            computeRacks > 0 ? capexUsd / computeRacks : 0,
            network.ScaleOutGbpsPerGpu?.Value ?? 0,
            network.PathLatencyMicroseconds?.Value ?? 0);
    }

    private static FabricDto ToDto(this FabricAnalysis fabric) => new(
        Kind(fabric.Kind),
        fabric.Label,
        fabric.Endpoints,
        fabric.PortGbps,
        fabric.Planes,
        fabric.Rails,
        fabric.Oversubscription,
        fabric.Switch.Id,
        fabric.Switch.Name,
        Optics(fabric.Switch.Optics),
        [.. fabric.Tiers.Select(t => new FabricTierDto(t.Name, t.Switches, t.SwitchesPerPlane, t.DownPorts, t.UpPorts, t.Where))],
        [.. fabric.Links.Select(ToDto)],
        fabric.SwitchCount,
        fabric.TransceiverCount,
        fabric.PowerKw.Value,
        fabric.PriceUsd.Value,
        fabric.Note);

    private static LinkGroupDto ToDto(LinkGroup link) => new(
        link.From,
        link.To,
        link.Links,
        link.PortGbps,
        link.LengthM,
        Medium(link.Cable.Medium),
        link.Cable.Name,
        link.Transceiver?.Name,
        link.Transceivers,
        link.ReachExceeded);

    private static StorageNodesDto ToDto(this StorageNodes nodes) => new(
        nodes.Node.Id,
        nodes.Node.Name,
        nodes.Count,
        nodes.BandwidthGBps.Value,
        nodes.CapacityPb.Value,
        nodes.SizedBy);

    // Wire names are spelled out rather than derived from the enums' names, so renaming a member cannot change the wire.
    internal static string Kind(FabricKind kind) => kind switch
    {
        FabricKind.ScaleOut => "scaleOut",
        FabricKind.FrontEnd => "frontEnd",
        FabricKind.Storage => "storage",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A fabric kind with no wire name."),
    };

    internal static string Optics(SwitchOptics optics) => optics switch
    {
        SwitchOptics.Pluggable => "pluggable",
        SwitchOptics.CoPackaged => "coPackaged",
        _ => throw new ArgumentOutOfRangeException(nameof(optics), optics, "Optics with no wire name."),
    };

    internal static string Medium(LinkMedium medium) => medium switch
    {
        LinkMedium.Copper => "copper",
        LinkMedium.ActiveCopper => "activeCopper",
        LinkMedium.ActiveOptical => "activeOptical",
        LinkMedium.Fibre => "fibre",
        _ => throw new ArgumentOutOfRangeException(nameof(medium), medium, "A link medium with no wire name."),
    };
}
