using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Rules;

/// <summary>An NVLink domain needs one generation, its full set of switch trays, and no more GPUs than it joins.</summary>
public sealed class NvlinkDomainRule : IDesignRule
{
    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        foreach (var rack in design.Racks)
        {
            var domain = rack.Domain;
            if (domain.ForeignTrays.Count > 0)
            {
                // With no compute trays the switch trays form the domain, so they name its generation.
                var generation = domain.ComputeTrays.Concat(domain.SwitchTrays).Select(t => t.Spec.Generation).FirstOrDefault();
                yield return Diagnostic.Error(
                    "nvlink.mixedGenerations",
                    $"{rack.Rack.Label} mixes generations: {Describe(domain.ForeignTrays)} cannot join its {generation.DisplayName()} NVLink {domain.Generation} domain.",
                    "Move them to a rack of their own generation, or replace them.",
                    [.. domain.ForeignTrays.Select(p => p.Id)],
                    MetricIds.RackNvlinkTbps);
            }

            if (domain.ComputeTrays.Count == 0)
            {
                continue;
            }

            var switchTrays = domain.SwitchTrays.Count;
            if (switchTrays < domain.RequiredSwitchTrays)
            {
                yield return Diagnostic.Warning(
                    "nvlink.incompleteSwitchTrays",
                    $"{rack.Rack.Label} has {switchTrays} of the {domain.RequiredSwitchTrays} NVLink switch trays its domain needs: every GPU spreads its links over all of them, so GPU-to-GPU bandwidth drops to {switchTrays}/{domain.RequiredSwitchTrays}.",
                    $"Add {domain.RequiredSwitchTrays - switchTrays} NVLink switch tray(s).",
                    rack.Rack.Id);
            }
            else if (switchTrays > domain.RequiredSwitchTrays)
            {
                yield return Diagnostic.Info(
                    "nvlink.extraSwitchTrays",
                    $"{rack.Rack.Label} has {switchTrays} NVLink switch trays; its domain uses {domain.RequiredSwitchTrays}. The extra trays draw power and add nothing.",
                    "Remove the extra switch trays.",
                    [.. domain.SwitchTrays.Skip(domain.RequiredSwitchTrays).Select(p => p.Id)]);
            }

            var overflow = TraysBeyond(domain.ComputeTrays, domain.MaxGpus);
            if (overflow.Count > 0)
            {
                var gpus = domain.ComputeTrays.Sum(t => ((ComputeTraySpec)t.Spec).GpuCount);
                yield return Diagnostic.Error(
                    "nvlink.domainTooLarge",
                    $"{rack.Rack.Label} holds {gpus} GPUs in one NVLink domain that joins at most {domain.MaxGpus}: the last {overflow.Count} compute tray(s) have no switch ports to reach.",
                    "Move the extra compute trays to another rack.",
                    [.. overflow.Select(p => p.Id)]);
            }
        }
    }

    private static List<PlacedPart> TraysBeyond(IReadOnlyList<PlacedPart> trays, int maxGpus)
    {
        var gpus = 0;
        var overflow = new List<PlacedPart>();
        foreach (var tray in trays)
        {
            gpus += ((ComputeTraySpec)tray.Spec).GpuCount;
            if (gpus > maxGpus)
            {
                overflow.Add(tray);
            }
        }

        return overflow;
    }

    private static string Describe(IEnumerable<PlacedPart> parts) =>
        string.Join(", ", parts.GroupBy(p => p.Spec.Name).Select(g => $"{g.Count()} × {g.Key}"));
}
