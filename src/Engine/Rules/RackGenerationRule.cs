using Studio.Engine.Catalog;
using Studio.Engine.Models;

namespace Studio.Engine.Rules;

/// <summary>
/// Trays and shelves plug into their own generation's rack: the busbar voltage, manifold couplings and NVLink spine
/// differ between Blackwell and Vera Rubin racks.
/// </summary>
public sealed class RackGenerationRule : IDesignRule
{
    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        foreach (var rack in design.Racks)
        {
            var frame = rack.Rack.Spec.Generation;
            var misfits = rack.Rack.Parts
                .Where(p => p.Spec.Generation != Generation.Any && p.Spec.Generation != frame && !SharesRack(p.Spec.Generation, frame))
                .ToList();
            if (misfits.Count == 0)
            {
                continue;
            }

            yield return Diagnostic.Warning(
                "rack.generationMismatch",
                $"{rack.Rack.Label} is a {frame.DisplayName()} rack, but holds {string.Join(", ", misfits.GroupBy(p => p.Spec.Generation).Select(g => $"{g.Count()} {g.Key.DisplayName()} part(s)"))}: busbar, manifolds and NVLink spine differ.",
                "Use a rack of the parts' generation.",
                [.. misfits.Select(p => p.Id)]);
        }
    }

    /// <summary>GB200 and GB300 trays share the same MGX rack, busbar and NVLink 5 spine.</summary>
    private static bool SharesRack(Generation part, Generation rack) =>
        part is Generation.Gb200 or Generation.Gb300 && rack is Generation.Gb200 or Generation.Gb300;
}
