namespace Studio.Engine.Scenarios;

/// <summary>
/// The money side of a factory. A null figure takes the model's sourced default with its range; a value the user
/// gives is exact. Token prices and the projection's rates have no defensible range, so they are always the user's.
/// </summary>
public sealed record EconomicsAssumptions
{
    // Constants, not only initialisers: the scenario format's field table takes its defaults from here.
    public const double DefaultInputUsdPerMillionTokens = 0.55;
    public const double DefaultOutputUsdPerMillionTokens = 2.19;
    public const double DefaultPriceDeclinePerYear = 0.3;
    public const double DefaultDemandGrowthPerYear = 0.2;

    public static EconomicsAssumptions Default { get; } = new();

    /// <summary>Building, power and cooling plant per MW of IT load, USD.</summary>
    public double? FacilityUsdPerMw { get; init; }

    public double? DepreciationYears { get; init; }

    /// <summary>Annual cost of capital (weighted), a fraction.</summary>
    public double? CostOfCapital { get; init; }

    /// <summary>Share of the year the GPUs serve paying traffic at the interactivity target.</summary>
    public double? Utilisation { get; init; }

    /// <summary>Maintenance and spares per year, as a share of capital cost.</summary>
    public double? MaintenanceFraction { get; init; }

    public double InputUsdPerMillionTokens { get; init; } = DefaultInputUsdPerMillionTokens;

    public double OutputUsdPerMillionTokens { get; init; } = DefaultOutputUsdPerMillionTokens;

    /// <summary>How much token prices fall each year of the projection, a fraction.</summary>
    public double PriceDeclinePerYear { get; init; } = DefaultPriceDeclinePerYear;

    /// <summary>How much demand grows each year of the projection, a fraction; utilisation rises with it up to 100%.</summary>
    public double DemandGrowthPerYear { get; init; } = DefaultDemandGrowthPerYear;
}
