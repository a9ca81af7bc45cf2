namespace Studio.Engine.Scenarios;

/// <summary>How the racks are fed at the end of the power train.</summary>
public enum RackFeed
{
    /// <summary>415 V three-phase AC to the racks' power shelves (the Blackwell reference designs).</summary>
    Ac415,

    /// <summary>480 V three-phase AC, North American practice.</summary>
    Ac480,

    /// <summary>800 V DC from solid-state transformers or rectifiers at the row (NVIDIA's announced Rubin-era feed).</summary>
    Dc800,
}

/// <summary>How a block of the power train is made redundant.</summary>
public enum ElectricalRedundancy
{
    /// <summary>Exactly the units the load needs.</summary>
    N,

    /// <summary>One spare unit per block.</summary>
    NPlusOne,

    /// <summary>Two complete paths, each carrying the whole load.</summary>
    TwoN,

    /// <summary>Distributed redundant: four blocks share the load of three (4N/3), so any one may fail.</summary>
    DistributedRedundant,
}

/// <summary>
/// The power train from the utility to the racks' busbars: what is bought and how redundant each block is. Every
/// field may be left out for the model's default; a count given is checked against what the load needs.
/// </summary>
public sealed record PowerTrainPlan
{
    public static PowerTrainPlan Default { get; } = new();

    /// <summary>The racks' feed; null takes 415 VAC.</summary>
    public RackFeed? Feed { get; init; }

    /// <summary>Substation (HV/MV) transformers.</summary>
    public ElectricalRedundancy TransformerRedundancy { get; init; } = ElectricalRedundancy.NPlusOne;

    /// <summary>UPS modules (or the DC feed's battery-backed rectifiers).</summary>
    public ElectricalRedundancy UpsRedundancy { get; init; } = ElectricalRedundancy.DistributedRedundant;

    public ElectricalRedundancy GeneratorRedundancy { get; init; } = ElectricalRedundancy.NPlusOne;

    /// <summary>Standby generators for the whole load; false leaves the factory on the grid and its UPS alone.</summary>
    public bool Generators { get; init; } = true;

    /// <summary>Site battery storage (BESS) that rides through the training load's swings and shaves the grid peak.</summary>
    public bool Bess { get; init; }

    /// <summary>The utility's firm capacity at the site, MW; null sizes it to the grid peak.</summary>
    public double? GridInterconnectMw { get; init; }

    /// <summary>Transformers placed; null sizes them.</summary>
    public int? TransformerCount { get; init; }

    /// <summary>UPS modules placed; null sizes them.</summary>
    public int? UpsModuleCount { get; init; }

    /// <summary>Generators placed; null sizes them.</summary>
    public int? GeneratorCount { get; init; }
}
