using System.Globalization;
using Studio.Engine.Models;

namespace Studio.Engine.Rules;

/// <summary>A rack's IT load over its busbar voltage must stay within the busbar's rated current.</summary>
public sealed class BusbarRule : IDesignRule
{
    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        foreach (var rack in design.Racks.Where(r => r.ItPowerKw.Value > 0))
        {
            var volts = rack.Rack.Spec.BusbarVolts.Value;
            var rating = rack.Rack.Spec.BusbarAmps;
            var amps = rack.BusbarAmps.Value;
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{rack.Rack.Label} draws {rack.ItPowerKw.Value:0.#} kW: {amps:N0} A on its {volts:0} V busbar, rated {rating.Value:N0} A");
            if (amps > rating.High)
            {
                yield return Diagnostic.Error("power.busbarOverload", text + ".",
                    "Lower the GPU power limit, move trays to another rack, or use a rack with a heavier busbar.", [rack.Rack.Id]);
            }
            else if (amps > rating.Value)
            {
                yield return Diagnostic.Warning("power.busbarAboveRating",
                    text + string.Create(CultureInfo.InvariantCulture, $" (busbars of up to {rating.High:N0} A are reported: confirm the rack's)."),
                    "Confirm the busbar rating with the vendor, or lower the rack's load.", rack.Rack.Id);
            }
        }
    }
}
