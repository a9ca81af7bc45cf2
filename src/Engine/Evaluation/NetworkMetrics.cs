using System.Globalization;
using Studio.Engine.Models;
using Studio.Engine.Models.Network;
using Studio.Engine.Provenance;

namespace Studio.Engine.Evaluation;

/// <summary>The factory's networks as built: counts, power and price, what a GPU reaches across them, and checkpoints.</summary>
internal static class NetworkMetrics
{
    /// <summary>
    /// Bytes a training checkpoint writes per parameter: BF16 weights (2) and the FP32 master weights and two Adam moments
    /// (12); gradients are not saved. The 2 + 2 + 12 split of mixed-precision Adam is ZeRO's (X30).
    /// </summary>
    private static readonly Figure s_checkpointBytesPerParameter = Figure.Estimate(14, 14, 16, "bytes",
        "2 (BF16 weights) + 12 (FP32 master weights and Adam moments); 16 when gradients are saved too", "X30");

    public static IEnumerable<Metric> Of(DesignAnalysis design)
    {
        var factory = design.Factory;
        var network = factory.Network;
        var scaleOut = network.ScaleOut;
        var none = "no GPUs laid out: no network is sized";
        Figure Count(double value, string unit, string note) => new(Band.Exact(value), unit, new Evidence(EvidenceKind.Derived, [], note));

        yield return Metric.Of(MetricIds.NetworkScaleOutTiers, "Scale-out fabric tiers",
            Count(scaleOut?.Tiers.Count ?? 0, "tiers", scaleOut?.Note ?? none));
        yield return Metric.Of(MetricIds.NetworkScaleOutPlanes, "Scale-out planes",
            Count(scaleOut?.Planes ?? 0, "planes", scaleOut?.Note ?? none));
        yield return Metric.Of(MetricIds.NetworkScaleOutSwitchCount, "Scale-out switches",
            Count(scaleOut?.SwitchCount ?? 0, "switches", scaleOut is null ? none : Tiers(scaleOut)));
        yield return Metric.Of(MetricIds.NetworkTransceiverCount, "Pluggable transceivers (all fabrics)",
            Count(network.Fabrics.Sum(f => f.TransceiverCount), "modules", network.ScaleOut is null ? none
                : string.Join("; ", network.Fabrics.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.TransceiverCount:N0} in {f.Label}")))));
        yield return Metric.Of(MetricIds.NetworkFrontEndSwitchCount, "Front-end and storage switches",
            Count((network.FrontEnd?.SwitchCount ?? 0) + (network.Storage?.SwitchCount ?? 0), "switches",
                network.FrontEnd is null ? none : string.Join("; ", new[] { network.FrontEnd, network.Storage }.OfType<FabricAnalysis>().Select(Tiers))));
        yield return Metric.Of(MetricIds.NetworkStorageNodeCount, "Storage nodes",
            Count(network.StorageNodes?.Count ?? 0, "nodes", network.StorageNodes is { } n
                ? string.Create(CultureInfo.InvariantCulture, $"sized by {n.SizedBy}: {n.BandwidthGBps.Value:N0} GB/s / {n.Node.ReadGBps.Value:0} GB/s per node, {n.CapacityPb.Value:0.##} PB / {n.Node.CapacityTb.Value:0} TB per node")
                : none));

        var power = Figure.Derived(network.PowerKw, "kW", network.ScaleOut is null ? none : "switches, optics and active cables of every fabric, and the storage nodes");
        var price = Figure.Derived(network.PriceUsd, "USD", network.ScaleOut is null ? none : "switches, transceivers and cables of every fabric, and the storage nodes, at catalog prices");
        yield return Metric.Of(MetricIds.NetworkPowerKw, "Network power (all fabrics and storage)", power);
        yield return Metric.Of(MetricIds.NetworkCapexUsd, "Network capex (all fabrics and storage)", price);
        var racks = factory.ComputeRackCount;
        yield return Metric.Of(MetricIds.NetworkPowerPerRackKw, "Network power per compute rack",
            Figure.Derived(racks == 0 ? Band.Zero : network.PowerKw / racks, "kW", string.Create(CultureInfo.InvariantCulture, $"network power / {racks:N0} compute racks"), power));
        yield return Metric.Of(MetricIds.NetworkCapexPerRackUsd, "Network capex per compute rack",
            Figure.Derived(racks == 0 ? Band.Zero : network.PriceUsd / racks, "USD", string.Create(CultureInfo.InvariantCulture, $"network capex / {racks:N0} compute racks"), price));
        yield return Metric.Of(MetricIds.NetworkScaleOutGbpsPerGpu, "Scale-out bandwidth a GPU reaches across the fabric",
            network.ScaleOutGbpsPerGpu ?? Count(0, "Gb/s", none));
        yield return Metric.Of(MetricIds.NetworkPathLatencyUs, "Longest scale-out path (switches and fibre)",
            network.PathLatencyMicroseconds ?? Count(0, "µs", none));
        yield return Metric.Of(MetricIds.NetworkCheckpointMinutes, "Checkpoint write time", Checkpoint(design));
    }

    /// <summary>A full training checkpoint of the study's model at the storage's write rate, capped by what the DPUs carry.</summary>
    private static Figure Checkpoint(DesignAnalysis design)
    {
        var network = design.Factory.Network;
        if (network.StorageNodes is not { } nodes || network.FrontEnd is not { } frontEnd)
        {
            return new Figure(Band.Zero, "min", new Evidence(EvidenceKind.Derived, [], "no storage sized"));
        }

        var model = design.Scenario.Workload.TrainingOrDefault.Model;
        var bytes = model.TotalParametersBillions.Band * 1e9 * s_checkpointBytesPerParameter.Band;
        var write = nodes.Node.WriteGBps.Band * nodes.Count;
        var dpuGBps = frontEnd.Endpoints * frontEnd.PortGbps / 8;
        var rate = Band.Minimum(write, Band.Exact(dpuGBps));
        return Figure.Derived(bytes / (rate * 1e9) / 60, "min",
            string.Create(CultureInfo.InvariantCulture,
                $"{model.Name}: {model.TotalParametersBillions.Value:N0}B parameters × {s_checkpointBytesPerParameter.Value:0} bytes / min({nodes.Count:N0} nodes × {nodes.Node.WriteGBps.Value:0} GB/s write, {dpuGBps:N0} GB/s of front-end ports)"),
            model.TotalParametersBillions, s_checkpointBytesPerParameter, nodes.Node.WriteGBps);
    }

    private static string Tiers(FabricAnalysis fabric) =>
        fabric.Label + ": " + string.Join(" + ", fabric.Tiers.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"{t.Switches:N0} {t.Name}{(t.Planes > 1 ? $" ({t.SwitchesPerPlane:N0} × {t.Planes} planes)" : "")}")));
}
