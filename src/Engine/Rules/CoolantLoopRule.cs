using System.Globalization;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;

namespace Studio.Engine.Rules;

/// <summary>Every liquid-cooled rack needs a CDU, and a CDU must move the heat and flow its racks ask of it.</summary>
public sealed class CoolantLoopRule : IDesignRule
{
    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        foreach (var loop in design.Loops)
        {
            if (loop.Cdu is null)
            {
                var rack = design.Racks.First(r => r.Rack.Id == loop.RackIds[0]).Rack;
                yield return Diagnostic.Warning("cooling.noCdu",
                    $"{rack.Label} is connected to no CDU: its flow and return temperature assume an ideal one, and the factory's rows size the catalog's row CDU for it.",
                    "Connect it to an in-row CDU (its rows then use that unit and its settings), or add an in-rack CDU.",
                    rack.Id);
                continue;
            }

            if (loop.RackIds.Count == 0)
            {
                yield return Diagnostic.Info("cooling.cduUnused", "A CDU serves no rack.", "Connect racks to it, or remove it.", loop.Cdu.Id);
                continue;
            }

            if (loop.HeatKw.Value > loop.Cdu.HeatCapacityKw.Value)
            {
                yield return Diagnostic.Error("cooling.cduOverCapacity",
                    string.Create(CultureInfo.InvariantCulture, $"The CDU serves {loop.HeatKw.Value:0.#} kW of heat but moves at most {loop.Cdu.HeatCapacityKw.Value:0.#} kW."),
                    "Connect some racks to another CDU, or use a larger one.",
                    [loop.Cdu.Id, .. loop.RackIds],
                    MetricIds.ThermalMaxGpuC, MetricIds.ThermalThrottlePercent, MetricIds.ThermalCoolantReturnC);
            }

            if (loop.FlowLimited)
            {
                yield return Diagnostic.Warning("cooling.flowLimited",
                    string.Create(CultureInfo.InvariantCulture, $"The racks ask for {loop.DemandFlowLitresPerMinute.Value:0} L/min; the CDU's pumps give {loop.FlowLitresPerMinute.Value:0} L/min: the coolant warms by {loop.TemperatureRiseK.Value:0.#} K and returns at {loop.ReturnC.Value:0.#} °C."),
                    "Connect fewer racks to this CDU, or add one.",
                    [loop.Cdu.Id, .. loop.RackIds]);
            }
        }
    }
}
