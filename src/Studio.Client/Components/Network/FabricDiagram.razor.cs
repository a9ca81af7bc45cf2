using Microsoft.AspNetCore.Components;
using Studio.Client.Components.Shared;
using Studio.Contracts.Evaluation;

namespace Studio.Client.Components.Network;

public sealed partial class FabricDiagram
{
    /// <summary>The last report's networks; null draws why there is nothing to show.</summary>
    [Parameter] public NetworkDto? Network { get; set; }

    [Parameter] public string EmptyText { get; set; } = "No network in the last report: lay out a hall with rows of compute racks.";

    /// <summary>Scale-out, front-end, storage: east-west first, as the fabric that sizes the others.</summary>
    private static IEnumerable<FabricDto> Fabrics(NetworkDto network) =>
        new[] { network.ScaleOut, network.FrontEnd, network.Storage }.OfType<FabricDto>();

    private static string Totals(NetworkDto network) => string.Join(" · ",
        $"{FabricLayout.Power(network.PowerKw)} and {FabricLayout.Capex(network.CapexUsd)} in all",
        $"{Format.WithUnit(network.PowerPerComputeRackKw, "kW")} and {FabricLayout.Capex(network.CapexPerComputeRackUsd)} per compute rack",
        $"{FabricLayout.Speed(network.ScaleOutGbpsPerGpu)} scale-out per GPU",
        $"{Format.WithUnit(network.HopLatencyMicroseconds, "µs")} on the longest path");

    private static string Ports(FabricTierDto tier) => tier.UpPorts > 0
        ? $"{Format.Number(tier.DownPorts)} ports down, {Format.Number(tier.UpPorts)} up"
        : $"{Format.Number(tier.DownPorts)} ports down";

    /// <summary>A link group in words, warning first when its longest link is beyond what the medium drives.</summary>
    private static RenderFragment LinkText(LinkGroupDto link) => builder =>
    {
        var parts = new List<string>
        {
            FabricLayout.Count(link.Links, "link"),
            $"{FabricLayout.Speed(link.PortGbps)} {FabricLayout.Medium(link.Medium)}",
            link.TransceiverName is { } module
                ? $"{link.CableName} with {module} ({FabricLayout.Count(link.Transceivers, "transceiver")})"
                : link.CableName,
            $"longest {Format.WithUnit(link.LengthM, "m")}",
        };
        if (link.ReachExceeded)
        {
            builder.OpenElement(0, "strong");
            builder.AddAttribute(1, "class", "reach-warning");
            builder.AddAttribute(2, "data-testid", "reach-exceeded");
            builder.AddContent(3, $"⚠ Beyond the reach of {FabricLayout.Medium(link.Medium)}: ");
            builder.CloseElement();
        }

        builder.AddContent(4, string.Join(" · ", parts));
    };

    private static string StorageText(StorageNodesDto nodes) =>
        $"Storage: {Format.Number(nodes.Nodes)} × {nodes.NodeName} for {Format.WithUnit(nodes.BandwidthGBps, "GB/s")} and " +
        $"{Format.WithUnit(nodes.CapacityPb, "PB")}, sized by {nodes.SizedBy}";
}
