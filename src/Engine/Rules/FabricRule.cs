using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Models.Network;

namespace Studio.Engine.Rules;

/// <summary>
/// The factory's networks as sized: a fabric beyond three tiers, links longer than their optics reach, rails that do not
/// match the trays' NICs, oversubscription a training run pays for, mixed optics in one fabric, and storage the DPUs
/// cannot carry.
/// </summary>
public sealed class FabricRule : IDesignRule
{
    public const string BeyondThreeTiers = "network.beyondThreeTiers";
    public const string ReachExceeded = "network.reachExceeded";
    public const string RailsMismatch = "network.railsMismatch";
    public const string Oversubscribed = "network.oversubscribed";
    public const string MixedOptics = "network.mixedOptics";
    public const string StorageBeyondDpus = "network.storageBeyondDpus";

    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        var factory = design.Factory;
        var network = factory.Network;
        foreach (var fabric in network.Fabrics)
        {
            if (fabric.ExceedsThreeTiers)
            {
                yield return Diagnostic.Error(BeyondThreeTiers, string.Create(CultureInfo.InvariantCulture,
                        $"The {fabric.Label} fabric has {fabric.Endpoints:N0} endpoints a plane: more than three tiers of {fabric.Switch.Name} reach. Its switch, optics and power counts are a lower bound."),
                    "Use a switch with more ports, more planes, or split the factory into separate fabrics.", [], MetricIds.NetworkCapexUsd, MetricIds.NetworkPowerKw);
            }

            foreach (var link in fabric.Links.Where(l => l.ReachExceeded))
            {
                var medium = link.Transceiver?.Name ?? link.Cable.Name;
                var reach = Math.Min(link.Transceiver?.ReachM.Value ?? double.PositiveInfinity,
                    fabric.Switch.Optics == SwitchOptics.CoPackaged && link.Cable.NeedsTransceivers ? Math.Min(link.Cable.ReachM.Value, NetworkDefaults.CoPackagedReachM.Value) : link.Cable.ReachM.Value);
                yield return Diagnostic.Error(ReachExceeded, string.Create(CultureInfo.InvariantCulture,
                        $"{fabric.Label}: the {link.From}–{link.To} links run up to {link.LengthM:N0} m as the halls are laid out, beyond the {reach:N0} m that {medium}{(fabric.Switch.Optics == SwitchOptics.CoPackaged ? " and co-packaged optics" : "")} reach."),
                    fabric.Switch.Optics == SwitchOptics.CoPackaged
                        ? "Use pluggable optics with a longer reach for this tier, or place fewer, larger halls so the runs are shorter."
                        : "Place fewer, larger halls so the runs are shorter, or split the factory into separate fabrics.",
                    [], MetricIds.NetworkCapexUsd);
            }
        }

        if (network.ScaleOut is { } scaleOut)
        {
            var nics = factory.PlacedDesigns.Where(r => r.HasCompute)
                .SelectMany(r => r.Rack.PartsOf<ComputeTraySpec>().Select(t => (Rack: r, t.Spec.NicCount)))
                .Where(x => x.NicCount != scaleOut.Rails)
                .ToList();
            if (nics.Count > 0)
            {
                yield return Diagnostic.Warning(RailsMismatch, string.Create(CultureInfo.InvariantCulture,
                        $"The scale-out fabric has {scaleOut.Rails} rails, but {nics[0].Rack.Rack.Label}'s trays have {nics[0].NicCount} NICs each: a rail-optimised fabric needs one rail per NIC of a tray, or same-rail traffic no longer turns at its leaf."),
                    "Set the rails to the trays' NICs per tray (leave it empty for that), or place one design per fabric.",
                    [.. nics.Select(x => x.Rack.Rack.Id).Distinct(StringComparer.Ordinal)]);
            }

            if (scaleOut.Oversubscription > 1 && network.ScaleOutGbpsPerGpu is { } reach)
            {
                var training = design.Scenario.Workload.Training is not null;
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"The scale-out leaves are {scaleOut.Oversubscription:0.##}:1 oversubscribed: traffic that leaves its leaf reaches {reach.Value:N0} Gb/s per GPU instead of its NICs' full rate, and training's data-parallel reduction and disaggregated serving's KV hand-over slow with it. NVIDIA's reference compute fabrics are non-blocking (X25).");
                yield return training
                    ? Diagnostic.Warning(Oversubscribed, message, "Make the fabric non-blocking (1:1) for a training factory, or accept the slower steps the throughput shows.")
                    : Diagnostic.Info(Oversubscribed, message, "Serving tolerates more than training: check the throughput at your interactivity target.");
            }

            var mixed = factory.Rows.Where(r => r.Switch is not null && r.Switch.Spec.Optics != scaleOut.Switch.Optics).ToList();
            if (mixed.Count > 0)
            {
                var optics = scaleOut.Switch.Optics == SwitchOptics.CoPackaged ? "co-packaged" : "pluggable";
                yield return Diagnostic.Warning(MixedOptics, string.Create(CultureInfo.InvariantCulture,
                        $"{mixed[0].Row.Label} names {mixed[0].Switch!.Spec.Name}, but the fabric is a {optics} plane of {scaleOut.Switch.Name}: one plane mixing co-packaged and pluggable switches needs both kinds of optics at their links. The fabric is sized and priced with {scaleOut.Switch.Name} throughout."),
                    "Use one switch for the whole fabric: clear the rows' switch, or choose the fabric's switch to match.",
                    [.. mixed.Select(r => r.Row.Id)]);
            }
        }

        if (network.StorageNodes is { } storage && network.FrontEnd is { } frontEnd)
        {
            var dpuGBps = (frontEnd.Endpoints * frontEnd.PortGbps / 8) - (storage.BandwidthGBps.Value);
            if (storage.BandwidthGBps.Value > dpuGBps)
            {
                yield return Diagnostic.Warning(StorageBeyondDpus, string.Create(CultureInfo.InvariantCulture,
                        $"Storage is sized for {storage.BandwidthGBps.Value:N0} GB/s, more than the trays' front-end ports carry ({Math.Max(0, dpuGBps):N0} GB/s): the GPUs cannot read it that fast."),
                    "Add front-end ports per tray, or size storage for what the DPUs carry.");
            }
        }
    }
}
