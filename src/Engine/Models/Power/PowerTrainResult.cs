using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Power;

/// <summary>A block of the power train, from the utility's side to the racks'.</summary>
public enum PowerBlockKind
{
    /// <summary>The utility's connection: its firm capacity at the site.</summary>
    GridInterconnect,

    /// <summary>HV/MV substation transformers and their switchgear.</summary>
    Substation,

    /// <summary>Medium-voltage switchgear and distribution to the halls.</summary>
    MediumVoltage,

    /// <summary>Standby generators.</summary>
    Generators,

    /// <summary>UPS modules and their batteries.</summary>
    Ups,

    /// <summary>Site battery storage for ride-through of load swings and peak shaving.</summary>
    Bess,

    /// <summary>The rack feed: MV/LV transformers and switchboards for AC, or solid-state transformers and rectifiers for 800 VDC.</summary>
    RackFeed,
}

/// <summary>
/// One block of the power train as built: how many units its load needs, how many are bought for its redundancy, and
/// what they cost, lose, take to arrive and occupy.
/// </summary>
/// <param name="UnitMw">Rating of one unit.</param>
/// <param name="UnitsNeeded">Units the load needs with no redundancy (N).</param>
/// <param name="Units">Units bought: the plan's count where it gives one, else N with the block's redundancy.</param>
/// <param name="Placed">Whether <paramref name="Units"/> is the plan's count rather than the model's.</param>
/// <param name="Efficiency">Energy through the block over energy in, at the factory's load.</param>
/// <param name="CapexUsd">All the block's units, installed.</param>
/// <param name="LeadTimeWeeks">From order to delivery on site.</param>
public sealed record PowerBlock(
    PowerBlockKind Kind,
    string Name,
    ElectricalRedundancy Redundancy,
    Figure UnitMw,
    int UnitsNeeded,
    int Units,
    bool Placed,
    Figure Efficiency,
    Figure CapexUsd,
    Figure LeadTimeWeeks,
    Figure FootprintM2,
    string Note);

/// <summary>The power train as built for the factory: its blocks, its losses, and the peaks the grid and the train carry.</summary>
/// <param name="LossFraction">Energy lost between the grid and the racks' busbars per unit of IT energy: 1 / Π efficiency − 1.</param>
/// <param name="TransientPeakMw">The highest draw the train must carry through a synchronised training step's swing.</param>
/// <param name="GridPeakMw">What the grid sees at peak, after the BESS or the racks' energy storage smooth the swings.</param>
/// <param name="InterconnectMw">The utility's firm capacity: the plan's, or sized to the grid peak.</param>
/// <param name="LongestLeadWeeks">The block that takes longest to arrive sets when the first hall can be energised.</param>
public sealed record PowerTrainResult(
    RackFeed Feed,
    IReadOnlyList<PowerBlock> Blocks,
    Figure LossFraction,
    Figure TransientPeakMw,
    Figure GridPeakMw,
    Figure InterconnectMw,
    Figure ElectricalCapexUsd,
    Figure LongestLeadWeeks);
