using Studio.Engine.Models.Racks;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models;

/// <summary>Everything the models compute about a design, once, for the rules and the report to read.</summary>
public sealed record DesignAnalysis(Scenario Scenario, IReadOnlyList<RackAnalysis> Racks, IReadOnlyList<CoolantLoopResult> Loops)
{
    public static DesignAnalysis Of(Scenario scenario)
    {
        var racks = scenario.Racks.Select(RackModel.Analyse).ToList();
        return new DesignAnalysis(scenario, racks, CoolingPlan.Solve(scenario, racks));
    }

    /// <summary>Racks that hold GPUs: the ones per-rack metrics describe.</summary>
    public IReadOnlyList<RackAnalysis> ComputeRacks => [.. Racks.Where(r => r.HasCompute)];

    public CoolantLoopResult? LoopOf(string rackId) => Loops.FirstOrDefault(l => l.RackIds.Contains(rackId));
}
