using System.Globalization;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Provenance;

namespace Studio.Engine.Rules;

/// <summary>
/// The site's coolant supply must not be warmer than the parts are specified for. Above the sure limit it is an
/// error; inside an uncertain limit's range, a warning that says the limit is an estimate.
/// </summary>
public sealed class CoolantSupplyRule : IDesignRule
{
    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        var supply = design.Scenario.Site.CoolantSupplyC;
        foreach (var rack in design.Racks)
        {
            var limited = rack.Rack.Parts
                .Select(p => (Part: p, Limit: p.Spec.LiquidCooling?.MaxSupplyC))
                .Where(x => x.Limit is not null && supply > x.Limit.Value)
                .GroupBy(x => x.Part.Spec.Name);
            foreach (var group in limited)
            {
                var limit = group.First().Limit!;
                var ids = group.Select(x => x.Part.Id).ToList();
                var text = string.Create(CultureInfo.InvariantCulture,
                    $"{rack.Rack.Label}: coolant at {supply:0.#} °C is warmer than the {limit.Value:0.#} °C that {group.Count()} × {group.Key} are specified for");
                if (supply > limit.High || limit.Evidence.Kind == EvidenceKind.Vendor)
                {
                    yield return Diagnostic.Error("cooling.supplyTooWarm", text + ".",
                        string.Create(CultureInfo.InvariantCulture, $"Lower the site's coolant supply to {limit.Value:0.#} °C or less."), ids,
                        MetricIds.ThermalMaxGpuC, MetricIds.ThermalThrottlePercent);
                }
                else
                {
                    yield return Diagnostic.Warning("cooling.supplyAboveEstimate",
                        text + string.Create(CultureInfo.InvariantCulture, $" (an estimate: the limit may be as high as {limit.High:0.#} °C)."),
                        "Confirm the limit with the vendor or lower the supply.", [.. ids]);
                }
            }
        }
    }
}
