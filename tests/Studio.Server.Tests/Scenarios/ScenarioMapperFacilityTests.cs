using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Studio.Contracts.Scenarios;
using Studio.Engine.Scenarios;
using Studio.Server.Scenarios;

namespace Studio.Server.Tests.Scenarios;

/// <summary>
/// The facility members of the wire format (site plant, build-out crews, power, economics): each given value reaches
/// the Engine's scenario unchanged, each left-out one takes the Engine's default, and each bad one is an error at its
/// exact JSON path that says what is allowed.
/// </summary>
public sealed class ScenarioMapperFacilityTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    /// <summary>How to put a number at each ranged path, so one theory covers every range check.</summary>
    private static readonly Dictionary<string, Action<ScenarioDocument, double>> s_setters = new(StringComparer.Ordinal)
    {
        ["$.site.approachK"] = (d, v) => d.Site.ApproachK = v,
        ["$.site.chillerCop"] = (d, v) => d.Site.ChillerCop = v,
        ["$.factory.crews"] = (d, v) => d.Factory.Crews = (int)v,
        ["$.factory.testStations"] = (d, v) => d.Factory.TestStations = (int)v,
        ["$.factory.crewHoursPerDay"] = (d, v) => d.Factory.CrewHoursPerDay = v,
        ["$.factory.burnInHours"] = (d, v) => d.Factory.BurnInHours = v,
        ["$.power.distributionLossFraction"] = (d, v) => (d.Power ??= new()).DistributionLossFraction = v,
        ["$.economics.facilityUsdPerMw"] = (d, v) => (d.Economics ??= new()).FacilityUsdPerMw = v,
        ["$.economics.depreciationYears"] = (d, v) => (d.Economics ??= new()).DepreciationYears = v,
        ["$.economics.costOfCapital"] = (d, v) => (d.Economics ??= new()).CostOfCapital = v,
        ["$.economics.utilisation"] = (d, v) => (d.Economics ??= new()).Utilisation = v,
        ["$.economics.maintenanceFraction"] = (d, v) => (d.Economics ??= new()).MaintenanceFraction = v,
        ["$.economics.inputUsdPerMillionTokens"] = (d, v) => (d.Economics ??= new()).InputUsdPerMillionTokens = v,
        ["$.economics.outputUsdPerMillionTokens"] = (d, v) => (d.Economics ??= new()).OutputUsdPerMillionTokens = v,
        ["$.economics.priceDeclinePerYear"] = (d, v) => (d.Economics ??= new()).PriceDeclinePerYear = v,
        ["$.economics.demandGrowthPerYear"] = (d, v) => (d.Economics ??= new()).DemandGrowthPerYear = v,
    };

    private ScenarioMapper Mapper => factory.Services.GetRequiredService<ScenarioMapper>();

    [Fact]
    public void Map_EveryFacilityMemberGiven_CarriesEachOntoTheScenario()
    {
        var hours = Enumerable.Range(0, 8760).Select(h => -20 + (h % 50)).Select(t => (double)t).ToList();
        var document = new ScenarioDocument
        {
            Site = new SiteDocument { HeatRejection = "coolingTower", ApproachK = 6, ChillerCop = 5.5, HourlyAmbientC = hours },
            Factory = new FactoryDocument { Crews = 6, TestStations = 12, CrewHoursPerDay = 20, BurnInHours = 48 },
            Power = new PowerDocument { Mode = "maxP", PeakSmoothing = true, DistributionLossFraction = 0.04 },
            Economics = new EconomicsDocument
            {
                FacilityUsdPerMw = 9e6,
                DepreciationYears = 5,
                CostOfCapital = 0.08,
                Utilisation = 0.6,
                MaintenanceFraction = 0.03,
                InputUsdPerMillionTokens = 0.4,
                OutputUsdPerMillionTokens = 1.6,
                PriceDeclinePerYear = 0.25,
                DemandGrowthPerYear = 0.5,
            },
        };

        var scenario = MapValid(document);

        Assert.Equal(HeatRejection.CoolingTower, scenario.Site.HeatRejection);
        Assert.Equal(6, scenario.Site.ApproachK);
        Assert.Equal(5.5, scenario.Site.ChillerCop);
        Assert.Equal(hours, scenario.Site.HourlyAmbientC);
        Assert.Equal(FactoryPlan.Empty with { Crews = 6, TestStations = 12, CrewHoursPerDay = 20, BurnInHours = 48 }, scenario.Factory);
        Assert.Equal(new PowerPlan { Mode = PowerMode.MaxP, PeakSmoothing = true, DistributionLossFraction = 0.04 }, scenario.Power);
        Assert.Equal(
            new EconomicsAssumptions
            {
                FacilityUsdPerMw = 9e6,
                DepreciationYears = 5,
                CostOfCapital = 0.08,
                Utilisation = 0.6,
                MaintenanceFraction = 0.03,
                InputUsdPerMillionTokens = 0.4,
                OutputUsdPerMillionTokens = 1.6,
                PriceDeclinePerYear = 0.25,
                DemandGrowthPerYear = 0.5,
            },
            scenario.Economics);
    }

    [Fact]
    public void Map_FacilityMembersLeftOut_TakesTheEnginesDefaults()
    {
        var scenario = MapValid(new ScenarioDocument());

        Assert.Equal(HeatRejection.DryCooler, scenario.Site.HeatRejection);
        // Null means "the model's default with its range", which only the Engine knows.
        Assert.Null(scenario.Site.ApproachK);
        Assert.Null(scenario.Site.ChillerCop);
        Assert.Null(scenario.Site.HourlyAmbientC);
        Assert.Equal(FactoryPlan.Empty, scenario.Factory);
        Assert.Same(PowerPlan.Default, scenario.Power);
        Assert.Same(EconomicsAssumptions.Default, scenario.Economics);
    }

    [Fact]
    public void Map_EmptyPowerAndEconomicsObjects_EqualTheDefaults()
    {
        // The contract's defaults and the Engine's must agree, or "power": {} would mean something other than leaving it out.
        var scenario = MapValid(new ScenarioDocument { Power = new(), Economics = new() });

        Assert.Equal(PowerPlan.Default, scenario.Power);
        Assert.Equal(EconomicsAssumptions.Default, scenario.Economics);
        Assert.Equal(FactoryPlan.Empty, MapValid(new ScenarioDocument { Factory = new() }).Factory);
    }

    [Theory]
    [InlineData("maxQ", PowerMode.MaxQ)]
    [InlineData("maxP", PowerMode.MaxP)]
    public void Map_PowerMode_MapsOntoTheEnginesMode(string mode, PowerMode expected)
    {
        var scenario = MapValid(new ScenarioDocument { Power = new PowerDocument { Mode = mode } });

        Assert.Equal(expected, scenario.Power.Mode);
    }

    [Theory]
    [InlineData("dryCooler", HeatRejection.DryCooler)]
    [InlineData("coolingTower", HeatRejection.CoolingTower)]
    public void Map_HeatRejection_MapsOntoTheEnginesKind(string kind, HeatRejection expected)
    {
        var scenario = MapValid(new ScenarioDocument { Site = new SiteDocument { HeatRejection = kind } });

        Assert.Equal(expected, scenario.Site.HeatRejection);
    }

    [Theory]
    [InlineData("evaporative")]
    [InlineData("CoolingTower")]
    [InlineData("")]
    public void Map_UnknownHeatRejection_ReportsItAndTheKnownKinds(string kind)
    {
        var error = MapSingleError(new ScenarioDocument { Site = new SiteDocument { HeatRejection = kind } });

        Assert.Equal("$.site.heatRejection", error.Path);
        Assert.Equal($"Unknown heat rejection '{kind}': use \"dryCooler\" or \"coolingTower\".", error.Message);
    }

    [Theory]
    [InlineData("turbo")]
    [InlineData("MaxP")]
    [InlineData("max-p")]
    public void Map_UnknownPowerMode_ReportsItAndTheKnownModes(string mode)
    {
        var error = MapSingleError(new ScenarioDocument { Power = new PowerDocument { Mode = mode } });

        Assert.Equal("$.power.mode", error.Path);
        Assert.Equal($"Unknown power mode '{mode}': use \"maxQ\" or \"maxP\".", error.Message);
    }

    [Fact]
    public void Map_VeryLongUnknownPowerMode_QuotesOnlyItsStart()
    {
        var error = MapSingleError(new ScenarioDocument { Power = new PowerDocument { Mode = new string('m', 5000) } });

        // A 5,000-character echo would drown the message: the first 80 characters and an ellipsis are enough.
        Assert.Equal($"Unknown power mode '{new string('m', 80)}…': use \"maxQ\" or \"maxP\".", error.Message);
    }

    [Theory]
    [InlineData("$.site.approachK", 0.4, "0.4 K is out of range: use a value from 0.5 to 30 K.")]
    [InlineData("$.site.approachK", 31, "31 K is out of range: use a value from 0.5 to 30 K.")]
    [InlineData("$.site.approachK", double.NaN, "NaN K is out of range: use a value from 0.5 to 30 K.")]
    [InlineData("$.site.chillerCop", 0.9, "0.9 W/W is out of range: use a value from 1 to 15 W/W.")]
    [InlineData("$.site.chillerCop", 16, "16 W/W is out of range: use a value from 1 to 15 W/W.")]
    [InlineData("$.factory.crews", 0, "0 crews is out of range: use a value from 1 to 10000 crews.")]
    [InlineData("$.factory.crews", 10_001, "10001 crews is out of range: use a value from 1 to 10000 crews.")]
    [InlineData("$.factory.testStations", 0, "0 stations is out of range: use a value from 1 to 10000 stations.")]
    [InlineData("$.factory.crewHoursPerDay", 25, "25 h/day is out of range: use a value from 1 to 24 h/day.")]
    [InlineData("$.factory.crewHoursPerDay", 0.5, "0.5 h/day is out of range: use a value from 1 to 24 h/day.")]
    [InlineData("$.factory.burnInHours", -1, "-1 h is out of range: use a value from 0 to 720 h.")]
    [InlineData("$.factory.burnInHours", 721, "721 h is out of range: use a value from 0 to 720 h.")]
    [InlineData("$.power.distributionLossFraction", 0.6, "0.6 (a fraction) is out of range: use a value from 0 to 0.5 (a fraction).")]
    [InlineData("$.power.distributionLossFraction", -0.01, "-0.01 (a fraction) is out of range: use a value from 0 to 0.5 (a fraction).")]
    [InlineData("$.economics.facilityUsdPerMw", -1, "-1 USD/MW is out of range: use a value from 0 to 1000000000 USD/MW.")]
    [InlineData("$.economics.depreciationYears", 0.5, "0.5 years is out of range: use a value from 1 to 30 years.")]
    [InlineData("$.economics.depreciationYears", 31, "31 years is out of range: use a value from 1 to 30 years.")]
    [InlineData("$.economics.costOfCapital", 1.2, "1.2 (a fraction) is out of range: use a value from 0 to 1 (a fraction).")]
    [InlineData("$.economics.utilisation", 1.5, "1.5 (a fraction) is out of range: use a value from 0.01 to 1 (a fraction).")]
    [InlineData("$.economics.utilisation", 0, "0 (a fraction) is out of range: use a value from 0.01 to 1 (a fraction).")]
    [InlineData("$.economics.maintenanceFraction", -0.1, "-0.1 (a fraction) is out of range: use a value from 0 to 1 (a fraction).")]
    [InlineData("$.economics.inputUsdPerMillionTokens", -0.55, "-0.55 USD is out of range: use a value from 0 to 10000 USD.")]
    [InlineData("$.economics.outputUsdPerMillionTokens", 10_001, "10001 USD is out of range: use a value from 0 to 10000 USD.")]
    [InlineData("$.economics.priceDeclinePerYear", 1.0, "1 (a fraction) is out of range: use a value from 0 to 0.99 (a fraction).")]
    [InlineData("$.economics.priceDeclinePerYear", -0.1, "-0.1 (a fraction) is out of range: use a value from 0 to 0.99 (a fraction).")]
    [InlineData("$.economics.demandGrowthPerYear", 11, "11 (a fraction) is out of range: use a value from 0 to 10 (a fraction).")]
    [InlineData("$.economics.demandGrowthPerYear", double.PositiveInfinity, "Infinity (a fraction) is out of range: use a value from 0 to 10 (a fraction).")]
    public void Map_FacilityValueOutOfRange_ReportsItsPathAndTheAllowedRange(string path, double value, string message)
    {
        var document = new ScenarioDocument();
        s_setters[path](document, value);

        var error = MapSingleError(document);

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("$.site.approachK", 0.5)]
    [InlineData("$.site.approachK", 30)]
    [InlineData("$.site.chillerCop", 1)]
    [InlineData("$.factory.crews", 1)]
    [InlineData("$.factory.crewHoursPerDay", 24)]
    [InlineData("$.factory.burnInHours", 0)]
    [InlineData("$.power.distributionLossFraction", 0)]
    [InlineData("$.economics.facilityUsdPerMw", 0)]
    [InlineData("$.economics.depreciationYears", 1)]
    [InlineData("$.economics.costOfCapital", 0)]
    [InlineData("$.economics.utilisation", 0.01)]
    [InlineData("$.economics.utilisation", 1)]
    [InlineData("$.economics.inputUsdPerMillionTokens", 0)]
    [InlineData("$.economics.outputUsdPerMillionTokens", 0)]
    [InlineData("$.economics.priceDeclinePerYear", 0.99)]
    [InlineData("$.economics.demandGrowthPerYear", 10)]
    public void Map_FacilityValueAtTheEndOfItsRange_IsAccepted(string path, double value)
    {
        var document = new ScenarioDocument();
        s_setters[path](document, value);

        MapValid(document);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(100, "100")]
    [InlineData(8759, "8,759")]
    [InlineData(8761, "8,761")]
    [InlineData(8784, "8,784")]
    public void Map_HourlyAmbientNotOneValuePerHour_ReportsTheCountAtTheList(int count, string written)
    {
        var document = new ScenarioDocument { Site = new SiteDocument { HourlyAmbientC = [.. Enumerable.Repeat(20.0, count)] } };

        var error = MapSingleError(document);

        Assert.Equal("$.site.hourlyAmbientC", error.Path);
        Assert.Equal($"Give one temperature per hour of a year: 8,760 values, not {written}.", error.Message);
    }

    [Theory]
    [InlineData(17, 99, "99 °C is not an outdoor temperature: use values from -70 to 60 °C.")]
    [InlineData(0, -70.5, "-70.5 °C is not an outdoor temperature: use values from -70 to 60 °C.")]
    [InlineData(8759, 60.01, "60.01 °C is not an outdoor temperature: use values from -70 to 60 °C.")]
    public void Map_HourlyAmbientValueOutOfRange_ReportsThatHoursIndex(int hour, double value, string message)
    {
        var hours = Enumerable.Repeat(20.0, 8760).ToList();
        hours[hour] = value;

        var error = MapSingleError(new ScenarioDocument { Site = new SiteDocument { HourlyAmbientC = hours } });

        Assert.Equal($"$.site.hourlyAmbientC[{hour}]", error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Map_HourlyAmbientAtTheEndsOfItsRange_IsCarried()
    {
        var hours = Enumerable.Range(0, 8760).Select(h => h % 2 == 0 ? -70.0 : 60.0).ToList();

        var scenario = MapValid(new ScenarioDocument { Site = new SiteDocument { HourlyAmbientC = hours } });

        Assert.Equal(hours, scenario.Site.HourlyAmbientC);
    }

    [Fact]
    public void Map_HourlyAmbientCarried_IsACopyTheDocumentCannotChange()
    {
        // The studio edits documents in place; a scenario being evaluated must not see a later edit.
        var hours = Enumerable.Repeat(10.0, 8760).ToList();
        var document = new ScenarioDocument { Site = new SiteDocument { HourlyAmbientC = hours } };

        var scenario = MapValid(document);
        hours[0] = 40;

        Assert.Equal(10, scenario.Site.HourlyAmbientC![0]);
    }

    [Fact]
    public void Map_SeveralFacilityMistakes_ReportsEveryOneWithItsPath()
    {
        var document = new ScenarioDocument
        {
            Site = new SiteDocument { HeatRejection = "lake", ChillerCop = 0 },
            Factory = new FactoryDocument { Crews = 0, CrewHoursPerDay = 25 },
            Power = new PowerDocument { Mode = "eco" },
            Economics = new EconomicsDocument { Utilisation = 1.5, PriceDeclinePerYear = 1.0 },
        };

        var mapped = Mapper.Map(document);

        Assert.Null(mapped.Scenario);
        Assert.Equal(
            ["$.site.heatRejection", "$.site.chillerCop", "$.factory.crews", "$.factory.crewHoursPerDay", "$.power.mode", "$.economics.utilisation", "$.economics.priceDeclinePerYear"],
            mapped.Errors.Select(e => e.Path));
    }

    private Scenario MapValid(ScenarioDocument document)
    {
        var mapped = Mapper.Map(document);
        Assert.True(mapped.Errors.Count == 0, string.Join("; ", mapped.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.NotNull(mapped.Scenario);
        return mapped.Scenario;
    }

    private InputError MapSingleError(ScenarioDocument document)
    {
        var mapped = Mapper.Map(document);
        Assert.Null(mapped.Scenario);
        return Assert.Single(mapped.Errors);
    }
}
