using Studio.Engine.Physics;

namespace Studio.Engine.Scenarios;

/// <summary>Where the factory stands and what it buys.</summary>
/// <param name="LocationId">A built-in location (see <see cref="Sites.SiteLocations"/>): its climate drives heat rejection.</param>
/// <param name="CoolantSupplyC">Facility coolant supply temperature to the racks' CDUs, °C.</param>
public sealed record Site(string LocationId, double CoolantSupplyC, double ElectricityUsdPerKwh, CoolantKind Coolant)
{
    /// <summary>The electricity price a new scenario starts with, USD/kWh; the scenario format takes it from here.</summary>
    public const double DefaultElectricityUsdPerKwh = 0.08;

    public HeatRejection HeatRejection { get; init; } = HeatRejection.DryCooler;

    /// <summary>How far above the outdoor air a dry cooler can bring the coolant, K; null takes the default and range.</summary>
    public double? ApproachK { get; init; }

    /// <summary>Chiller coefficient of performance for trim hours; null takes the default and range.</summary>
    public double? ChillerCop { get; init; }

    /// <summary>The user's own outdoor dry-bulb temperatures, one per hour of a year (8,760); null uses the location's.</summary>
    public IReadOnlyList<double>? HourlyAmbientC { get; init; }
}

/// <summary>What takes the heat from the facility loop to the outdoor air.</summary>
public enum HeatRejection
{
    /// <summary>Closed-loop dry coolers: no water; a chiller trims the hours when the air is too warm.</summary>
    DryCooler,

    /// <summary>Open evaporative towers: colder water than the air allows, paid for in evaporated water.</summary>
    CoolingTower,

    /// <summary>
    /// Dry coolers whose inlet air is pre-cooled by wetted pads in the hours the dry coolers alone cannot reach the
    /// set-point: water only in those hours, a chiller only beyond what the pads reach.
    /// </summary>
    Adiabatic,
}
