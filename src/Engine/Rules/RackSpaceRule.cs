using Studio.Engine.Models;

namespace Studio.Engine.Rules;

/// <summary>Parts must fit the rack's U-space; the ones past the last unit are named.</summary>
public sealed class RackSpaceRule : IDesignRule
{
    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        foreach (var rack in design.Racks)
        {
            var capacity = rack.Rack.Spec.CapacityU;
            if (rack.UsedU <= capacity)
            {
                if (rack.Rack.Parts.Count == 0)
                {
                    yield return Diagnostic.Info("rack.empty", $"{rack.Rack.Label} is empty.",
                        "Drag compute trays, NVLink switch trays and power shelves onto it.", rack.Rack.Id);
                }

                continue;
            }

            var used = 0;
            var overflow = rack.Rack.Parts.Where(p => (used += p.Spec.HeightU) > capacity).Select(p => p.Id).ToList();
            yield return Diagnostic.Error(
                "space.rackOverfull",
                $"{rack.Rack.Label} needs {rack.UsedU}U but has {capacity}U: the last {overflow.Count} part(s) do not fit.",
                "Remove parts or move them to another rack.",
                overflow);
        }
    }
}
