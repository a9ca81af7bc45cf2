using System.Globalization;
using Studio.Engine.Rules;

namespace Studio.Engine.Models.Power;

/// <summary>
/// What is wrong with the power train as planned: a placed count that cannot carry its load or its redundancy, a grid
/// connection below the peak it must deliver, and a factory with no standby generation.
/// </summary>
public static class PowerTrainFindings
{
    public const string BlockOverCapacity = "power.blockOverCapacity";
    public const string BlockBelowRedundancy = "power.blockBelowRedundancy";
    public const string GridShort = "power.gridShort";
    public const string NoGenerators = "power.noGenerators";

    public static IEnumerable<Diagnostic> Check(PowerTrainResult result)
    {
        foreach (var block in result.Blocks.Where(b => b.Placed))
        {
            var required = PowerTrainModel.UnitsFor(block.Redundancy, block.UnitsNeeded);
            if (block.Units < block.UnitsNeeded)
            {
                yield return Diagnostic.Error(BlockOverCapacity, string.Create(CultureInfo.InvariantCulture,
                        $"{block.Units} × {block.UnitMw.Value:0.###} MW {block.Name}s are placed, but the load needs {block.UnitsNeeded} ({block.Note})."),
                    string.Create(CultureInfo.InvariantCulture, $"Place at least {block.UnitsNeeded}, or {required} for {PowerTrainModel.Describe(block.Redundancy)}; or leave the count out to size it."),
                    [PartId(block)]);
            }
            else if (block.Units < required)
            {
                yield return Diagnostic.Warning(BlockBelowRedundancy, string.Create(CultureInfo.InvariantCulture,
                        $"{block.Units} {block.Name}s carry the load ({block.UnitsNeeded} needed) but not its {PowerTrainModel.Describe(block.Redundancy)} redundancy, which takes {required}: a failed unit drops load."),
                    string.Create(CultureInfo.InvariantCulture, $"Place {required}, or lower the block's redundancy."),
                    PartId(block));
            }
        }

        if (result.InterconnectMw.Value < result.GridPeakMw.Value)
        {
            yield return Diagnostic.Error(GridShort, string.Create(CultureInfo.InvariantCulture,
                    $"The grid connection gives {result.InterconnectMw.Value:0.#} MW, but the factory draws up to {result.GridPeakMw.Value:0.#} MW from it."),
                "Raise the interconnect, add a BESS or the racks' peak smoothing to absorb the training swing, or place fewer racks.",
                ["power.gridInterconnect"]);
        }

        if (!result.Blocks.Any(b => b.Kind == PowerBlockKind.Generators))
        {
            yield return Diagnostic.Info(NoGenerators,
                "The factory has no standby generators: a grid outage longer than the UPS batteries' minutes stops it.",
                "Add generators, or accept the outage risk (training can restart from a checkpoint).", "power.generators");
        }
    }

    private static string PartId(PowerBlock block) => PowerTrainModel.ItemId(block.Kind);
}
