using System.Text.Json.Serialization;

namespace Studio.Contracts.Scenarios;

/// <summary>How the factory draws power. Every member is optional; see docs/scenario-format.md for the defaults.</summary>
public sealed class PowerDocument
{
    /// <summary>"maxQ" (default) or "maxP": the power point of GPUs whose limit is not set.</summary>
    public string Mode { get; set; } = "maxQ";

    /// <summary>Energy storage that flattens the grid draw of synchronised training steps.</summary>
    public bool PeakSmoothing { get; set; }

    /// <summary>Share of IT power lost in transformers, UPS and rectifiers; left out, the model's default and range.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DistributionLossFraction { get; set; }

    /// <summary>"415vac" (default), "480vac" or "800vdc": how the racks are fed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Feed { get; set; }

    /// <summary>"n", "n+1" (default), "2n" or "dr" (distributed redundant, 4N/3) for the substation transformers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TransformerRedundancy { get; set; }

    /// <summary>The UPS's redundancy; left out, "dr".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UpsRedundancy { get; set; }

    /// <summary>The generators' redundancy; left out, "n+1".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GeneratorRedundancy { get; set; }

    /// <summary>Standby generators for the whole load; left out, true.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Generators { get; set; }

    /// <summary>Site battery storage for ride-through and peak shaving; left out, false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Bess { get; set; }

    /// <summary>The utility's firm capacity at the site, MW; left out, sized to the grid peak.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? GridInterconnectMw { get; set; }

    /// <summary>Substation transformers placed; left out, sized.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TransformerCount { get; set; }

    /// <summary>UPS modules placed; left out, sized.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? UpsModuleCount { get; set; }

    /// <summary>Generators placed; left out, sized.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? GeneratorCount { get; set; }
}

/// <summary>
/// The money side. A figure left out takes the model's sourced default with its range; a figure given is exact.
/// </summary>
public sealed class EconomicsDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? FacilityUsdPerMw { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DepreciationYears { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostOfCapital { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Utilisation { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? MaintenanceFraction { get; set; }

    public double InputUsdPerMillionTokens { get; set; } = 0.55;

    public double OutputUsdPerMillionTokens { get; set; } = 2.19;

    public double PriceDeclinePerYear { get; set; } = 0.3;

    public double DemandGrowthPerYear { get; set; } = 0.2;
}
