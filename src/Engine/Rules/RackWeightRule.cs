using System.Globalization;
using Studio.Engine.Models;

namespace Studio.Engine.Rules;

/// <summary>The loaded rack (frame and parts) must not weigh more than the rack is rated to carry.</summary>
public sealed class RackWeightRule : IDesignRule
{
    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        foreach (var rack in design.Racks)
        {
            var limit = rack.Rack.Spec.MaxLoadKg;
            var weight = rack.WeightKg.Value;
            if (weight <= limit.Value)
            {
                continue;
            }

            var text = string.Create(CultureInfo.InvariantCulture,
                $"{rack.Rack.Label} weighs {weight:N0} kg loaded; the rack is rated for {limit.Value:N0} kg");
            if (weight > limit.High)
            {
                yield return Diagnostic.Error("space.rackOverweight", text + ".", "Move parts to another rack.", [rack.Rack.Id]);
            }
            else
            {
                yield return Diagnostic.Warning("space.rackWeightAboveEstimate",
                    text + string.Create(CultureInfo.InvariantCulture, $" (an estimate: the limit may be as high as {limit.High:N0} kg)."),
                    "Confirm the rack's load rating and the floor's with the vendor.", rack.Rack.Id);
            }
        }
    }
}
