using Studio.Engine.Physics;

namespace Studio.Engine.Scenarios;

/// <summary>Where the factory stands and what it buys.</summary>
/// <param name="LocationId">A built-in location (see <see cref="Sites.SiteLocations"/>): its climate drives heat rejection.</param>
/// <param name="CoolantSupplyC">Facility coolant supply temperature to the racks' CDUs, °C.</param>
public sealed record Site(string LocationId, double CoolantSupplyC, double ElectricityUsdPerKwh, CoolantKind Coolant);
