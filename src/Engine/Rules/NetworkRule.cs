using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Models.Racks;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Rules;

/// <summary>Racks with GPUs need a scale-out switch, and a switch should carry what its racks' NICs send.</summary>
public sealed class NetworkRule : IDesignRule
{
    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        var network = design.Scenario.Connections.Where(c => c.Kind == ConnectionKind.Network).ToList();
        foreach (var rack in design.ComputeRacks.Where(r => network.All(c => c.RackId != r.Rack.Id)))
        {
            yield return Diagnostic.Warning("network.notConnected",
                $"{rack.Rack.Label} is not connected to a scale-out switch: its GPUs reach no other rack.",
                "Drag a Spectrum-X switch onto the canvas and connect the rack to it.",
                rack.Rack.Id);
        }

        foreach (var item in design.Scenario.Equipment.Where(e => e.Spec is ScaleOutSwitchSpec))
        {
            var spec = (ScaleOutSwitchSpec)item.Spec;
            var racks = network.Where(c => c.EquipmentId == item.Id)
                .Select(c => design.Racks.FirstOrDefault(r => r.Rack.Id == c.RackId))
                .OfType<RackAnalysis>()
                .ToList();
            if (racks.Count == 0)
            {
                yield return Diagnostic.Info("network.switchUnused", $"{item.Label} serves no rack.", "Connect racks to it, or remove it.", item.Id);
                continue;
            }

            // A rack connected to several switches spreads its rails evenly over them.
            var demand = racks.Sum(r => r.ScaleOutTbps.Value / network.Count(c => c.RackId == r.Rack.Id));
            if (demand > spec.BandwidthTbps.Value)
            {
                yield return Diagnostic.Warning("network.switchOversubscribed",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{item.Label} carries {spec.BandwidthTbps.Value:0.#} Tb/s; its {racks.Count} rack(s) send it up to {demand:0.#} Tb/s ({demand / spec.BandwidthTbps.Value:0.##}:1 oversubscribed)."),
                    "Add switches, or connect fewer racks to this one.",
                    [item.Id, .. racks.Select(r => r.Rack.Id)]);
            }
        }
    }
}
