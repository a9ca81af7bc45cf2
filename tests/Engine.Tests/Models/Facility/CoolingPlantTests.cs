using Studio.Engine.Models.Facility;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Facility;

/// <summary>
/// One hour of the plant by hand: facility = IT + pumps + losses + fans + chiller + air handling, with chiller trim
/// x = (outdoor + approach − supply) / (return − supply) capped at 1, chiller power x · Q / COP. Constant years make
/// every hour the same, so the annual PUE is the hour's.
/// </summary>
public sealed class CoolingPlantTests
{
    private const double Tolerance = 1e-9;

    /// <summary>Round numbers: 8 K approach, COP 5, fans 2%, pads at 80%, air chiller COP 4, air handling 5%, losses 5%.</summary>
    private static readonly PlantPoint s_plant = new(
        ApproachK: 8, ChillerCop: 5, RejectionFanFraction: 0.02, WetBulbDepressionK: 6, TowerLitresPerKwh: 1.12,
        AdiabaticEffectiveness: 0.8, AdiabaticLitresPerKwh: 0.7, AirEconomizerC: 18, AirChillerCop: 4, AirHandlingFraction: 0.05, DistributionLossFraction: 0.05, HeatRejection.DryCooler);

    private static readonly PlantLoad s_allLiquid = new(ItKw: 1000, LiquidHeatKw: 1000, PumpKw: 10, SupplyC: 45, ReturnC: 55);

    private static double[] Constant(double ambientC) => Enumerable.Repeat(ambientC, 8760).ToArray();

    [Fact]
    public void Simulate_CoolAirAt45CSupply_FreeCoolingOnly()
    {
        var year = CoolingPlant.Simulate(s_allLiquid, s_plant, Constant(20));

        // 20 + 8 = 28 °C ≤ 45 °C: no trim. Per hour 1,000 IT + 10 pumps + 50 losses + 20 fans = 1,080 kW.
        Assert.Equal(0, year.ChillerHours);
        Assert.Equal(1.08, year.Pue, Tolerance);
        Assert.Equal(20 * 8760 / 1000.0, year.CoolingMwh, Tolerance);
        Assert.Equal(1080, year.PeakFacilityKw, Tolerance);
    }

    [Fact]
    public void Simulate_AirTooWarmForHalfTheRange_ChillerTrimsHalf()
    {
        var year = CoolingPlant.Simulate(s_allLiquid, s_plant, Constant(42));

        // Coolers leave 50 °C: x = (50 − 45) / (55 − 45) = 0.5; chiller 0.5 × 1,000 / 5 = 100 kW; facility 1,180 kW.
        Assert.Equal(8760, year.ChillerHours);
        Assert.Equal(1.18, year.Pue, Tolerance);
        Assert.Equal(8760, year.ChillerHoursByMonth.Sum());
    }

    [Fact]
    public void Simulate_AirWarmerThanTheReturn_ChillerTakesAllTheHeat()
    {
        var year = CoolingPlant.Simulate(s_allLiquid, s_plant, Constant(60));

        // x capped at 1: chiller 200 kW, facility 1,280 kW.
        Assert.Equal(1.28, year.Pue, Tolerance);
    }

    [Fact]
    public void Simulate_AirCooledShareAboveTheEconomizer_PaysAChillerButCountsNoTrimHour()
    {
        var load = s_allLiquid with { LiquidHeatKw = 850 };
        var year = CoolingPlant.Simulate(load, s_plant, Constant(25));

        // 150 kW to air at 25 °C > 18 °C: 150 / 4 = 37.5 kW chiller + 7.5 kW air handling; fans 0.02 × 850 = 17 kW.
        // 1,000 + 10 + 50 + 17 + 37.5 + 7.5 = 1,122 kW. The liquid loop needs no trim (33 °C ≤ 45 °C).
        Assert.Equal(1.122, year.Pue, Tolerance);
        Assert.Equal(0, year.ChillerHours);
    }

    [Fact]
    public void Simulate_CoolingTowerForAMegawatt_EvaporatesWhatS21Says()
    {
        var tower = s_plant with { Rejection = HeatRejection.CoolingTower };
        var year = CoolingPlant.Simulate(s_allLiquid with { SupplyC = 35 }, tower, Constant(30));

        // Wet side 30 − 6 = 24 °C, + 8 K = 32 °C ≤ 35 °C: no trim. Water 1,000 kWh × 1.12 L/kWh × 8,760 h = 9.81M L:
        // S21's 2.6M US gallons per MW per year is 9.84M L.
        Assert.Equal(1000 * 1.12 * 8760, year.WaterLitres, 1e-3);
        Assert.InRange(year.WaterLitres / 3.78541, 2.55e6, 2.65e6);
        Assert.Equal(0, CoolingPlant.Simulate(s_allLiquid, s_plant, Constant(30)).WaterLitres);
    }

    [Fact]
    public void Simulate_AdiabaticAssistInAHotHour_WetsThePadsAndTrimsLess()
    {
        var pads = s_plant with { Rejection = HeatRejection.Adiabatic };

        // 42 °C: dry coolers alone leave 50 °C (half the range to trim, as above). Wet pads take 0.8 × 6 = 4.8 K off the
        // air: 45.2 °C, x = 0.2 / 10 = 0.02; chiller 0.02 × 1,000 / 5 = 4 kW, facility 1,084 kW. Water on the 98 % the
        // coolers reject: 0.98 × 1,000 × 0.7 = 686 L an hour.
        var hot = CoolingPlant.Simulate(s_allLiquid, pads, Constant(42));
        Assert.Equal(1.084, hot.Pue, Tolerance);
        Assert.Equal(686 * 8760, hot.WaterLitres, 1e-3);

        // 30 °C: the dry coolers reach 38 °C ≤ 45 °C alone, so the pads stay dry and use no water.
        var mild = CoolingPlant.Simulate(s_allLiquid, pads, Constant(30));
        Assert.Equal(0, mild.WaterLitres);
        Assert.Equal(0, mild.ChillerHours);
    }

    [Fact]
    public void Simulate_WarmerSupply_FewerChillerHours()
    {
        var year = Enumerable.Range(0, 8760).Select(h => 20 + (15 * Math.Sin(h / 8760.0 * 2 * Math.PI))).ToArray();

        var at45 = CoolingPlant.Simulate(s_allLiquid, s_plant, year);
        var at35 = CoolingPlant.Simulate(s_allLiquid with { SupplyC = 35, ReturnC = 45 }, s_plant, year);

        // Trim starts above 37 °C outdoors at 45 °C supply (never, the year peaks at 35 °C) and above 27 °C at 35 °C supply.
        Assert.Equal(0, at45.ChillerHours);
        Assert.True(at35.ChillerHours > 1000);
        Assert.True(at35.Pue > at45.Pue);
    }
}
