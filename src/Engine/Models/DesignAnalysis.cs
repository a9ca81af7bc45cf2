using Studio.Engine.Models.Factory;
using Studio.Engine.Models.Racks;
using Studio.Engine.Models.Thermal;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models;

/// <summary>Everything the models compute about a design, once, for the rules and the report to read.</summary>
public sealed record DesignAnalysis(Scenario Scenario, IReadOnlyList<RackAnalysis> Racks, IReadOnlyList<CoolantLoopResult> Loops)
{
    /// <summary>The hottest GPU of each rack that holds GPUs and sits on a loop.</summary>
    public IReadOnlyList<ColdPlateResult> ColdPlates { get; init; } = [];

    /// <summary>The factory as laid out: the rows' racks (each design analysed once), CDUs and switches.</summary>
    public FactoryAnalysis Factory { get; init; } = FactoryModel.Build(Scenario, Racks, Loops);

    public static DesignAnalysis Of(Scenario scenario)
    {
        var racks = scenario.Racks.Select(r => RackModel.Analyse(r, scenario.Power.Mode)).ToList();
        var design = new DesignAnalysis(scenario, racks, CoolingPlan.Solve(scenario, racks));
        return design with
        {
            ColdPlates = [.. racks
                .Select(r => design.LoopOf(r.Rack.Id) is { } loop ? ColdPlateModel.Solve(r, loop, scenario.Site.CoolantSupplyC) : null)
                .OfType<ColdPlateResult>()],
        };
    }

    public ColdPlateResult? ColdPlateOf(string rackId) => ColdPlates.FirstOrDefault(c => c.RackId == rackId);

    /// <summary>Racks that hold GPUs: the ones per-rack metrics describe.</summary>
    public IReadOnlyList<RackAnalysis> ComputeRacks => [.. Racks.Where(r => r.HasCompute)];

    public CoolantLoopResult? LoopOf(string rackId) => Loops.FirstOrDefault(l => l.RackIds.Contains(rackId));
}
