using System.Globalization;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Models.Factory;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Rules;

/// <summary>
/// What is wrong with the factory as laid out: rows that place nothing real, CDUs that cannot carry their row's heat
/// or its redundancy, and a factory whose throughput figures describe only part of it.
/// </summary>
public sealed class FactoryRule : IDesignRule
{
    public const string MissingRackDesign = "factory.missingRackDesign";
    public const string CduOverCapacity = "factory.cduOverCapacity";
    public const string CduBelowRedundancy = "factory.cduBelowRedundancy";
    public const string NoRowCdu = "factory.noRowCdu";
    public const string CduNotNeeded = "factory.cduNotNeeded";
    public const string MixedDesigns = "factory.mixedDesigns";

    public IEnumerable<Diagnostic> Check(DesignAnalysis design)
    {
        var designs = design.Racks.Select(r => r.Rack.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var row in design.Scenario.Factory.Rows.Where(r => !designs.Contains(r.RackDesignId)))
        {
            yield return Diagnostic.Error(MissingRackDesign,
                $"{row.Label} places the rack design '{row.RackDesignId}', which is not in the scenario: its racks are left out of the factory.",
                "Point the row at one of the scenario's rack designs, or remove it.", [row.Id], MetricIds.FactoryRackCount);
        }

        foreach (var row in design.Factory.Rows)
        {
            foreach (var finding in CduFindings(row))
            {
                yield return finding;
            }
        }

        var placed = design.Factory.PlacedDesigns.Where(r => r.HasCompute).ToList();
        if (placed.Count > 1)
        {
            var first = placed[0];
            yield return Diagnostic.Info(MixedDesigns, string.Create(CultureInfo.InvariantCulture,
                    $"The rows place {placed.Count} different compute rack designs. Serving and training throughput are modelled on {first.Rack.Label} ({design.Factory.GpusOf(first.Rack.Id):N0} of the factory's {design.Factory.GpuCount:N0} GPUs), and the token economics apply its rate per GPU to every GPU."),
                "Compare the designs as separate scenarios to see each one's own throughput.", [.. placed.Select(r => r.Rack.Id)]);
        }
    }

    private static IEnumerable<Diagnostic> CduFindings(RowAnalysis row)
    {
        if (!FactoryModel.NeedsRowCdu(row.Rack) || row.RackCount == 0)
        {
            if (row.Row.CduCount > 0)
            {
                yield return Diagnostic.Info(CduNotNeeded, string.Create(CultureInfo.InvariantCulture,
                        $"{row.Row.Label}: its racks need no floor CDU ({(row.RackCount == 0 ? "the row is empty" : row.Rack.LiquidHeatKw.Value > 0 ? "each carries its own in-rack CDU" : "they put no heat into liquid")}), so the {row.Row.CduCount} CDUs placed in it are not bought."),
                    "Leave the row's CDU count out.", row.Row.Id);
            }

            yield break;
        }

        if (row.Cdu is null)
        {
            yield return Diagnostic.Warning(NoRowCdu,
                $"{row.Row.Label}: its racks need a floor CDU and the catalog has none to size: their heat has nowhere to go.",
                "Choose a row CDU for the row.", row.Row.Id);
            yield break;
        }

        var capacity = FactoryModel.CapacityPerCduKw(row.Cdu, row.Rack);
        var heat = row.LiquidHeatKw.Value;
        if (row.CduCount < row.CdusNeeded)
        {
            yield return Diagnostic.Error(CduOverCapacity, string.Create(CultureInfo.InvariantCulture,
                    $"{row.Row.Label}: {row.CduCount} × {row.Cdu.Spec.Name} move at most {row.CduCount * capacity:N0} kW; its {row.RackCount:N0} racks put {heat:N0} kW into the loop, which needs {row.CdusNeeded}."),
                "Place more CDUs in the row, or leave the CDU count out to size it.", [row.Row.Id], MetricIds.FactoryCduCount);
        }
        else if (row.CduCount < row.CdusNeeded + row.Row.CduRedundancy.Spares(row.CdusNeeded))
        {
            yield return Diagnostic.Warning(CduBelowRedundancy, string.Create(CultureInfo.InvariantCulture,
                    $"{row.Row.Label}: {row.CduCount} CDUs carry the heat ({row.CdusNeeded} needed) but not with {row.Row.CduRedundancy.Label()} redundancy, which needs {row.CdusNeeded + row.Row.CduRedundancy.Spares(row.CdusNeeded)}."),
                "Place more CDUs, or choose a lower redundancy.", row.Row.Id);
        }
    }
}
