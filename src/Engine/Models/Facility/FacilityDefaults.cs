using Studio.Engine.Catalog;
using Studio.Engine.Models.Power;
using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Models.Facility;

/// <summary>
/// Sourced defaults of the facility plant, each with a range; a value the scenario gives replaces the default and
/// is exact. Where nothing is published the figure says so and is a stated assumption.
/// </summary>
public static class FacilityDefaults
{
    public static Figure ApproachK { get; } = Figure.Estimate(8, 5, 12, "K",
        "No sourced figure: dry coolers are commonly selected for 5–12 K between air and leaving water (studio default; set your own)");

    public static Figure ChillerCop { get; } = Figure.Estimate(5, 4, 7, "W/W",
        "Studio estimate for trim chillers at the small lifts warm-water loops need; +1 °C of set-point saves ~4% of cooling energy (S21)", "S21");

    public static Figure DryCoolerFanFraction { get; } = Figure.Estimate(0.02, 0.01, 0.03, "kW/kW",
        "Dry-cooler fans and facility pumps per kW of heat rejected (studio estimate)");

    public static Figure TowerFanFraction { get; } = Figure.Estimate(0.012, 0.008, 0.02, "kW/kW",
        "Cooling-tower fans and pumps per kW of heat rejected (studio estimate)");

    public static Figure WetBulbDepressionK { get; } = Figure.Estimate(6, 3, 12, "K",
        "How far below dry-bulb an evaporative tower can cool: depends on humidity, which the built-in years do not carry (studio estimate)");

    public static Figure TowerLitresPerKwh { get; } = new(new Band(1.12, 0.9, 1.8), "L/kWh", new Evidence(EvidenceKind.Derived, ["S21", "X18"],
        "2.6M US gallons per MW per year (S21) = 9.84M L over 8,760 MWh; full evaporation would be 3,600 / 2,430 kJ/kg = 1.48 L/kWh plus blowdown",
        EvidenceKind.Vendor));

    public static Figure AdiabaticEffectiveness { get; } = Figure.Estimate(0.8, 0.7, 0.9, "fraction",
        "Share of the wet-bulb depression wetted pads take off the dry coolers' inlet air: evaporative media are rated 70–90 % saturation efficiency (studio estimate)");

    /// <summary>
    /// Water the pads evaporate per kWh the coolers reject while they run: cooling the air by ε·ΔT_wb of the coil's
    /// ~10 K air-side rise takes that share of full evaporation (1.48 L/kWh, X18): 0.8 × 6 / 10 × 1.48 ≈ 0.7.
    /// </summary>
    public static Figure AdiabaticLitresPerKwh { get; } = new(new Band(0.7, 0.4, 1.1), "L/kWh", new Evidence(EvidenceKind.Derived, ["X18"],
        "ε 0.8 × 6 K wet-bulb depression / ~10 K air-side rise × 1.48 L/kWh for full evaporation (3,600 / 2,430 kJ/kg); studio estimate of the rise and depression",
        EvidenceKind.Estimate));

    public static Figure AirEconomizerC { get; } = Figure.Estimate(18, 15, 21, "°C",
        "Outdoor temperature below which air-cooled heat needs no chiller (ASHRAE recommended inlet 18–27 °C less a margin; studio estimate)", "S51");

    public static Figure AirChillerCop { get; } = Figure.Estimate(4, 3, 5.5, "W/W", "Chilled-water plant for the air-cooled share (studio estimate)");

    public static Figure AirHandlingFraction { get; } = Figure.Estimate(0.05, 0.03, 0.08, "kW/kW", "Fans of the air handlers per kW of air-cooled heat (studio estimate)");

    public static Figure PeakSmoothingFraction { get; } = Figure.Estimate(0.25, 0.1, 0.3, "fraction",
        "Energy storage in the power supplies cuts peak grid demand by up to 30% (S20)", "S20");

    /// <summary>
    /// The supply temperature each generation is run at when a comparison gives it its own: 45 °C for Vera Rubin
    /// (S21); Blackwell racks are not specified for 45 °C, so they run at 35 °C, inside ASHRAE's W40 class (a stated
    /// assumption).
    /// </summary>
    public static Figure SupplyC(Generation generation) => generation switch
    {
        Generation.VeraRubin => Figure.Vendor(45, "°C", "S21", "S18"),
        _ => Figure.Estimate(35, 30, 40, "°C", "Studio assumption: Blackwell liquid cooling run in ASHRAE's W32–W40 classes (S51)", "S51"),
    };

    /// <summary>The user's value, exact, or the default with its range.</summary>
    public static Figure Or(double? user, Figure fallback, string what) =>
        user is { } value ? Figure.User(value, fallback.Unit, what) : fallback;

    public static PlantParameters ParametersFor(Site site, PowerPlan power) => new(
        Or(site.ApproachK, ApproachK, "dry-cooler approach"),
        Or(site.ChillerCop, ChillerCop, "chiller COP"),
        site.HeatRejection == HeatRejection.CoolingTower ? TowerFanFraction : DryCoolerFanFraction,
        WetBulbDepressionK,
        TowerLitresPerKwh,
        AdiabaticEffectiveness,
        AdiabaticLitresPerKwh,
        AirEconomizerC,
        AirChillerCop,
        AirHandlingFraction,
        PowerTrainModel.LossFraction(power),
        site.HeatRejection);
}
