using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models.Racks;
using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Thermal;

/// <summary>The hottest GPU of a rack: its case temperature and how much it throttles to stay within its limit.</summary>
/// <param name="CoolantAtGpuC">Coolant temperature reaching the GPU's cold plate.</param>
/// <param name="CaseC">Case temperature at full power (above the limit when the GPU must throttle).</param>
/// <param name="ThrottleFraction">Share of its power (and, by the model's assumption, of its clock) the GPU gives up.</param>
/// <param name="Thermal">The cold plate and case limit of the GPU solved for (the rack's hottest).</param>
public sealed record ColdPlateResult(string RackId, Figure GpuPowerKw, Figure CoolantAtGpuC, Figure CaseC, Figure ThrottleFraction, GpuThermal Thermal)
{
    /// <summary>The share of peak compute the GPU keeps: 1 − throttle.</summary>
    public Band ComputeFraction => Band.Exact(1) - ThrottleFraction.Band;
}

/// <summary>
/// Case temperature along the loop. Compute trays hang off the rack manifold in parallel, so each tray sees the
/// supply temperature; inside a tray the coolant crosses cold plates in series, so the last GPU sees the supply
/// plus the share of the tray's temperature rise picked up upstream. Case = coolant at the plate + R × P.
/// Above the case limit the GPU lowers its power until case = limit; compute is taken to fall in proportion to
/// power (a conservative assumption: clocks fall a little less than power in practice).
/// </summary>
public static class ColdPlateModel
{
    /// <summary>Share of a tray's coolant rise reached before its last GPU: two GPUs in series per branch.</summary>
    public static Figure UpstreamRiseFraction { get; } = Figure.Estimate(0.5, 0.25, 0.75, "fraction",
        "Studio assumption: two GPU cold plates in series per branch, so the second sees half the tray's rise; 0.25–0.75 covers other plumbing");

    public static ColdPlateResult? Solve(RackAnalysis rack, CoolantLoopResult loop, double supplyC)
    {
        var gpuTrays = rack.Rack.PartsOf<ComputeTraySpec>().ToList();
        if (gpuTrays.Count == 0)
        {
            return null;
        }

        // The hottest GPU: the one with the most power per unit of headroom.
        var (part, tray) = gpuTrays.MaxBy(t => t.Part.GpuPowerIn(rack.Mode).Value * t.Spec.Gpu.Thermal.ColdPlateKPerW.Value)!;
        var power = part.GpuPowerIn(rack.Mode);
        var thermal = tray.Gpu.Thermal;
        return Solve(rack.Rack.Id, supplyC, loop.TemperatureRiseK, power, thermal);
    }

    public static ColdPlateResult Solve(string rackId, double supplyC, Figure loopRiseK, Figure gpuPowerKw, GpuThermal thermal)
    {
        var supply = Figure.User(supplyC, "°C", "coolant supply");
        var coolant = Figure.Derived(supply.Band + (loopRiseK.Band * UpstreamRiseFraction.Band), "°C",
            string.Create(CultureInfo.InvariantCulture,
                $"{supplyC:0.#} °C supply + {UpstreamRiseFraction.Value:0.##} × {loopRiseK.Value:0.##} K rise upstream of the last GPU"),
            supply, loopRiseK, UpstreamRiseFraction);
        var r = thermal.ColdPlateKPerW;
        var caseC = Figure.Derived(coolant.Band + (r.Band * gpuPowerKw.Band * 1000), "°C",
            string.Create(CultureInfo.InvariantCulture,
                $"{coolant.Value:0.#} °C coolant + {r.Value:0.###} K/W × {gpuPowerKw.Value * 1000:0} W"),
            coolant, r, gpuPowerKw);

        // Throttle = 1 − allowed / rated power, allowed = (limit − coolant) / R. Each end of the band takes every
        // input at the end that pushes the same way, so the band is the conservative one.
        var limit = thermal.MaxCaseC;
        var throttle = new Band(
            Throttle(limit.Value, coolant.Value, r.Value, gpuPowerKw.Value),
            Throttle(limit.High, coolant.Low, r.Low, gpuPowerKw.Low),
            Throttle(limit.Low, coolant.High, r.High, gpuPowerKw.High));
        var throttleFigure = Figure.Derived(throttle, "fraction",
            string.Create(CultureInfo.InvariantCulture,
                $"1 − ({limit.Value:0} °C limit − {coolant.Value:0.#} °C) / ({r.Value:0.###} K/W × {gpuPowerKw.Value * 1000:0} W), at least 0"),
            coolant, r, gpuPowerKw, limit);
        return new ColdPlateResult(rackId, gpuPowerKw, coolant, caseC, throttleFigure, thermal);
    }

    /// <summary>The share of power a GPU must shed so that its case stays at its limit.</summary>
    public static double Throttle(double limitC, double coolantC, double kPerW, double powerKw)
    {
        var allowedKw = (limitC - coolantC) / kPerW / 1000;
        return Math.Clamp(1 - (allowedKw / powerKw), 0, 1);
    }
}
