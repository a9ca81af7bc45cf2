using System.Globalization;
using Studio.Engine.Physics;
using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Thermal;

/// <summary>A rack's demand on a loop: the heat it puts into the liquid and the flow its manifolds are balanced for.</summary>
public sealed record LoopRack(string RackId, Figure LiquidHeatKw, Figure FlowLitresPerMinutePerKw);

/// <summary>The CDU that drives a loop, if any.</summary>
public sealed record LoopCdu(string Id, Figure HeatCapacityKw, Figure MaxFlowLitresPerMinute);

/// <summary>A solved secondary loop.</summary>
/// <param name="FlowLimited">The racks ask for more flow than the CDU's pumps give, so the coolant comes back warmer.</param>
public sealed record CoolantLoopResult(
    LoopCdu? Cdu,
    IReadOnlyList<string> RackIds,
    Figure HeatKw,
    Figure DemandFlowLitresPerMinute,
    Figure FlowLitresPerMinute,
    Figure TemperatureRiseK,
    Figure ReturnC,
    bool FlowLimited);

/// <summary>
/// Heat balance of one secondary loop, Q = ṁ · c_p · ΔT, with the coolant's properties.
/// Each rack's manifold is balanced for a flow per kW of its liquid heat; the CDU's pumps cap the total.
/// </summary>
public static class CoolantLoop
{
    private const double SecondsPerMinute = 60;

    public static CoolantLoopResult Solve(IReadOnlyList<LoopRack> racks, LoopCdu? cdu, double supplyC, CoolantProperties coolant)
    {
        var heat = FigureSum.Of("kW", racks.Select(r => new SumTerm(r.RackId, r.LiquidHeatKw)));
        var demand = FigureSum.Of("L/min", racks.Select(r => new SumTerm(r.RackId,
            Figure.Derived(r.FlowLitresPerMinutePerKw.Band * r.LiquidHeatKw.Band, "L/min",
                string.Create(CultureInfo.InvariantCulture, $"{r.FlowLitresPerMinutePerKw.Value:0.###} L/min/kW × {r.LiquidHeatKw.Value:0.#} kW"),
                r.FlowLitresPerMinutePerKw, r.LiquidHeatKw))));
        var supply = Figure.User(supplyC, "°C", "site coolant supply temperature");
        var rho = coolant.DensityKgPerLitre;
        var cp = coolant.SpecificHeatKjPerKgK;

        var limited = cdu is not null && demand.Value > cdu.MaxFlowLitresPerMinute.Value;
        Figure flow;
        Figure rise;
        if (heat.Value <= 0)
        {
            flow = demand;
            rise = Figure.Derived(Band.Zero, "K", "no heat in the loop", heat);
        }
        else if (limited)
        {
            // The pumps run at their maximum: ΔT = Q / (V̇ · ρ · c_p).
            flow = cdu!.MaxFlowLitresPerMinute;
            var massFlow = flow.Band / SecondsPerMinute * rho.Band;
            rise = Figure.Derived(heat.Band / (massFlow * cp.Band), "K",
                string.Create(CultureInfo.InvariantCulture,
                    $"ΔT = {heat.Value:0.#} kW / ({flow.Value:0.#} L/min / 60 × {rho.Value:0.####} kg/L × {cp.Value:0.###} kJ/(kg·K)), flow capped by the CDU"),
                heat, flow, rho, cp);
        }
        else
        {
            // Flow tracks heat, so ΔT depends only on the flow rule: ΔT = 60 / (r · ρ · c_p), r the heat-weighted rule.
            // Writing it this way keeps heat out of both numerator and denominator, so the band stays honest.
            var rule = Band.Sum(racks.Select(r => r.FlowLitresPerMinutePerKw.Band * r.LiquidHeatKw.Value)) / heat.Value;
            flow = demand;
            rise = Figure.Derived(SecondsPerMinute / (rule * rho.Band * cp.Band), "K",
                string.Create(CultureInfo.InvariantCulture,
                    $"ΔT = 60 / ({rule.Value:0.###} L/min/kW × {rho.Value:0.####} kg/L × {cp.Value:0.###} kJ/(kg·K))"),
                [.. racks.Select(r => r.FlowLitresPerMinutePerKw), rho, cp]);
        }

        var returnC = Figure.Derived(supply.Band + rise.Band, "°C",
            string.Create(CultureInfo.InvariantCulture, $"{supplyC:0.#} °C supply + {rise.Value:0.##} K"), supply, rise);
        return new CoolantLoopResult(cdu, [.. racks.Select(r => r.RackId)], heat, demand, flow, rise, returnC, limited);
    }
}
