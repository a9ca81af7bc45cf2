using Studio.Engine.Provenance;
using Studio.Engine.Scenarios;
using Studio.Engine.Sites;

namespace Studio.Engine.Models.Facility;

/// <summary>The factory's steady load on the plant: IT power, the heat going to liquid, and the loop temperatures.</summary>
/// <param name="PumpKw">Facility loads that are not IT: the CDUs' pumps.</param>
public readonly record struct PlantLoad(double ItKw, double LiquidHeatKw, double PumpKw, double SupplyC, double ReturnC);

/// <summary>The plant's efficiencies, each a figure with its range.</summary>
public sealed record PlantParameters(
    Figure ApproachK,
    Figure ChillerCop,
    Figure RejectionFanFraction,
    Figure WetBulbDepressionK,
    Figure TowerLitresPerKwh,
    Figure AdiabaticEffectiveness,
    Figure AdiabaticLitresPerKwh,
    Figure AirEconomizerC,
    Figure AirChillerCop,
    Figure AirHandlingFraction,
    Figure DistributionLossFraction,
    HeatRejection Rejection)
{
    public IEnumerable<Figure> All() =>
        [ApproachK, ChillerCop, RejectionFanFraction, WetBulbDepressionK, TowerLitresPerKwh, AdiabaticEffectiveness, AdiabaticLitresPerKwh, AirEconomizerC, AirChillerCop,
            AirHandlingFraction, DistributionLossFraction];
}

/// <summary>One set of plant efficiencies as plain numbers: the central values or one end of every range.</summary>
public readonly record struct PlantPoint(
    double ApproachK,
    double ChillerCop,
    double RejectionFanFraction,
    double WetBulbDepressionK,
    double TowerLitresPerKwh,
    double AdiabaticEffectiveness,
    double AdiabaticLitresPerKwh,
    double AirEconomizerC,
    double AirChillerCop,
    double AirHandlingFraction,
    double DistributionLossFraction,
    HeatRejection Rejection)
{
    public static PlantPoint Central(PlantParameters p) => new(p.ApproachK.Value, p.ChillerCop.Value, p.RejectionFanFraction.Value,
        p.WetBulbDepressionK.Value, p.TowerLitresPerKwh.Value, p.AdiabaticEffectiveness.Value, p.AdiabaticLitresPerKwh.Value, p.AirEconomizerC.Value, p.AirChillerCop.Value, p.AirHandlingFraction.Value,
        p.DistributionLossFraction.Value, p.Rejection);

    /// <summary>Every input at the end that lowers energy and water use.</summary>
    public static PlantPoint Favourable(PlantParameters p) => new(p.ApproachK.Low, p.ChillerCop.High, p.RejectionFanFraction.Low,
        p.WetBulbDepressionK.High, p.TowerLitresPerKwh.Low, p.AdiabaticEffectiveness.High, p.AdiabaticLitresPerKwh.Low, p.AirEconomizerC.High, p.AirChillerCop.High, p.AirHandlingFraction.Low,
        p.DistributionLossFraction.Low, p.Rejection);

    /// <summary>Every input at the end that raises energy and water use.</summary>
    public static PlantPoint Unfavourable(PlantParameters p) => new(p.ApproachK.High, p.ChillerCop.Low, p.RejectionFanFraction.High,
        p.WetBulbDepressionK.Low, p.TowerLitresPerKwh.High, p.AdiabaticEffectiveness.Low, p.AdiabaticLitresPerKwh.High, p.AirEconomizerC.Low, p.AirChillerCop.Low, p.AirHandlingFraction.High,
        p.DistributionLossFraction.High, p.Rejection);
}

/// <summary>One hour of the plant: facility and cooling draw, the chiller's share of the liquid heat, water evaporated.</summary>
public readonly record struct PlantHourResult(double FacilityKw, double CoolingKw, double Trim, double WaterLitres);

/// <summary>A simulated year of the plant.</summary>
/// <param name="ChillerHours">Hours in which the liquid loop needs chiller trim (the air-cooled share's chiller is counted in energy only).</param>
/// <param name="PeakFacilityKw">The highest hourly facility draw.</param>
public sealed record PlantYear(
    double ItMwh,
    double CoolingMwh,
    double LossMwh,
    double PumpMwh,
    int ChillerHours,
    double WaterLitres,
    double PeakFacilityKw,
    IReadOnlyList<double> ChillerHoursByMonth,
    IReadOnlyList<double> PueByMonth,
    IReadOnlyList<double> MeanAmbientCByMonth)
{
    public double FacilityMwh => ItMwh + CoolingMwh + LossMwh + PumpMwh;

    /// <summary>Hours simulated: a typical year's unless the user's own hours say otherwise.</summary>
    public int Hours { get; init; } = TypicalYear.Hours;

    public double Pue => ItMwh > 0 ? FacilityMwh / ItMwh : 1;
}

/// <summary>
/// The heat-rejection plant hour by hour. Liquid heat goes to dry coolers (or towers) that cool the facility water
/// to the outdoor temperature plus an approach; when that is warmer than the supply set-point, a chiller trims the
/// remainder: the share of the loop's range the coolers cannot reach, x = (T_cooler − T_supply) / (T_return −
/// T_supply), capped at 1, costs x · Q / COP. Heat that goes to room air needs a chiller above an economizer
/// threshold. Every hour pays fans and pumps, and the distribution's losses on the IT load.
/// </summary>
public static class CoolingPlant
{
    /// <summary>One hour of the plant: the arithmetic the scalar year and the hourly kernel share.</summary>
    public static PlantHourResult Hour(in PlantLoad load, in PlantPoint p, double ambientC)
    {
        var airHeatKw = Math.Max(0, load.ItKw - load.LiquidHeatKw);
        var range = load.ReturnC - load.SupplyC;
        var outdoor = p.Rejection == HeatRejection.CoolingTower ? ambientC - p.WetBulbDepressionK : ambientC;
        var coolerLeavingC = outdoor + p.ApproachK;

        // The pads are wetted only in the hours the dry coolers alone cannot reach the set-point.
        var padsWet = p.Rejection == HeatRejection.Adiabatic && coolerLeavingC > load.SupplyC;
        if (padsWet)
        {
            coolerLeavingC -= p.AdiabaticEffectiveness * p.WetBulbDepressionK;
        }

        var trim = coolerLeavingC <= load.SupplyC ? 0 : range > 0 ? Math.Min(1, (coolerLeavingC - load.SupplyC) / range) : 1;
        var coolingKw = (p.RejectionFanFraction * load.LiquidHeatKw) + (trim * load.LiquidHeatKw / p.ChillerCop);
        var airChiller = airHeatKw > 0 && ambientC > p.AirEconomizerC;
        coolingKw += (p.AirHandlingFraction * airHeatKw) + (airChiller ? airHeatKw / p.AirChillerCop : 0);
        var water = p.Rejection == HeatRejection.CoolingTower ? (1 - trim) * load.LiquidHeatKw * p.TowerLitresPerKwh
            : padsWet ? (1 - trim) * load.LiquidHeatKw * p.AdiabaticLitresPerKwh
            : 0;
        var facilityKw = load.ItKw + load.PumpKw + (p.DistributionLossFraction * load.ItKw) + coolingKw;
        return new PlantHourResult(facilityKw, coolingKw, trim, water);
    }

    /// <summary>The scalar reference: every hour in turn, then the year's sums.</summary>
    public static PlantYear Simulate(PlantLoad load, PlantPoint p, IReadOnlyList<double> ambientC)
    {
        var hours = new PlantHourResult[ambientC.Count];
        for (var hour = 0; hour < hours.Length; hour++)
        {
            hours[hour] = Hour(load, p, ambientC[hour]);
        }

        return Aggregate(load, p, ambientC, hours);
    }

    /// <summary>The year's sums and monthly figures from its hours, however they were computed.</summary>
    public static PlantYear Aggregate(in PlantLoad load, in PlantPoint p, IReadOnlyList<double> ambientC, ReadOnlySpan<PlantHourResult> hours)
    {
        var chillerHoursByMonth = new double[12];
        var facilityByMonth = new double[12];
        var itByMonth = new double[12];
        var ambientByMonth = new double[12];
        var hoursByMonth = new double[12];
        double coolingKwh = 0, waterLitres = 0, peakKw = 0;
        var chillerHours = 0;
        for (var hour = 0; hour < hours.Length; hour++)
        {
            var result = hours[hour];
            peakKw = Math.Max(peakKw, result.FacilityKw);
            coolingKwh += result.CoolingKw;
            waterLitres += result.WaterLitres;
            var month = TypicalYear.MonthOf(hour);
            if (result.Trim > 0)
            {
                chillerHours++;
                chillerHoursByMonth[month]++;
            }

            facilityByMonth[month] += result.FacilityKw;
            itByMonth[month] += load.ItKw;
            ambientByMonth[month] += ambientC[hour];
            hoursByMonth[month]++;
        }

        var count = hours.Length;
        return new PlantYear(
            load.ItKw * count / 1000,
            coolingKwh / 1000,
            p.DistributionLossFraction * load.ItKw * count / 1000,
            load.PumpKw * count / 1000,
            chillerHours,
            waterLitres,
            peakKw,
            chillerHoursByMonth,
            [.. Enumerable.Range(0, 12).Select(m => itByMonth[m] > 0 ? facilityByMonth[m] / itByMonth[m] : 1)],
            [.. Enumerable.Range(0, 12).Select(m => hoursByMonth[m] > 0 ? ambientByMonth[m] / hoursByMonth[m] : 0)])
        {
            Hours = count,
        };
    }
}
