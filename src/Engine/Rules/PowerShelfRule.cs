using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;

namespace Studio.Engine.Rules;

/// <summary>The power shelves must carry the rack's IT load, and still carry it with one shelf failed (N+1).</summary>
public sealed class PowerShelfRule : IDesignRule
{
    /// <summary>A rack that cannot be powered has no facility draw to scale, and nothing priced on it.</summary>
    private static readonly string[] s_unpowered = [MetricIds.PowerFacilityMw, MetricIds.PowerPeakFacilityMw, MetricIds.PowerGridPeakMw];

    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        foreach (var rack in design.Racks.Where(r => r.ItPowerKw.Value > 0))
        {
            var load = rack.ItPowerKw.Value;
            var shelves = rack.Rack.PartsOf<PowerShelfSpec>().Select(s => s.Part.Id).ToList();
            var capacity = rack.ShelfCapacityKw.Value;
            var redundant = rack.ShelfCapacityNPlusOneKw.Value;
            if (shelves.Count == 0)
            {
                yield return Diagnostic.Error("power.noShelves",
                    string.Create(CultureInfo.InvariantCulture, $"{rack.Rack.Label} draws {load:0.#} kW but has no power shelf."),
                    "Add power shelves: enough for the load with one to spare.",
                    [rack.Rack.Id],
                    s_unpowered);
            }
            else if (capacity < load)
            {
                yield return Diagnostic.Error("power.shelvesShort",
                    string.Create(CultureInfo.InvariantCulture, $"{rack.Rack.Label} draws {load:0.#} kW; its {shelves.Count} power shelves deliver {capacity:0.#} kW."),
                    string.Create(CultureInfo.InvariantCulture, $"Add shelves until they deliver at least {load:0.#} kW with one failed."),
                    [rack.Rack.Id, .. shelves],
                    s_unpowered);
            }
            else if (redundant < load)
            {
                yield return Diagnostic.Warning("power.noRedundancy",
                    string.Create(CultureInfo.InvariantCulture, $"{rack.Rack.Label} draws {load:0.#} kW; with one of its {shelves.Count} shelves failed the rest deliver {redundant:0.#} kW (no N+1)."),
                    "Add one more power shelf.",
                    [rack.Rack.Id, .. shelves]);
            }
        }
    }
}
