using System.Globalization;
using Studio.Engine.Catalog;
using Studio.Engine.Models.Assembly;
using Studio.Engine.Models.Economics;
using Studio.Engine.Models.Facility;
using Studio.Engine.Models.Power;
using Studio.Engine.Scenarios;

namespace Studio.Server.Scenarios;

/// <summary>
/// The scenario document's numeric members, each written once: the mapper checks documents against these ranges,
/// GET /api/catalog serves them to the inspector's editors, and docs/scenario-format.md's tables are generated from
/// them. The table lives in the Server because its paths are the wire format, which the Engine must not know; every
/// default refers to the Engine's constant or figure, so the Engine stays the one home of each value.
/// </summary>
/// <remarks>
/// Members whose range depends on other members (a custom model's <c>kvHeads</c> at most its <c>heads</c>) and the
/// hourly ambient list stay with the mapper's own checks.
/// </remarks>
public static partial class ScenarioFields
{
    private const string Fraction = "(a fraction)";

    public static ScenarioField CoolantSupplyC { get; } = new("site.coolantSupplyC", "site", "Coolant supply", "°C", 5, 70,
        "Facility coolant supply to the CDUs.")
    { Default = FacilityDefaults.SupplyC(Generation.VeraRubin).Value, EditorUnit = "°C" };

    public static ScenarioField ElectricityUsdPerKwh { get; } = new("site.electricityUsdPerKwh", "site", "Electricity", "USD/kWh", 0, 5,
        "What the factory pays for a kWh from the grid.")
    { Default = Site.DefaultElectricityUsdPerKwh, EditorUnit = "USD/kWh" };

    public static ScenarioField ApproachK { get; } = new("site.approachK", "site", "Cooler approach", "K", 0.5, 30,
        "How far above the outdoor air the coolers can bring the facility water.")
    { ModelDefault = FacilityDefaults.ApproachK, EditorUnit = "K" };

    public static ScenarioField ChillerCop { get; } = new("site.chillerCop", "site", "Chiller COP", "W/W", 1, 15,
        "The trim chiller's coefficient of performance: kW of heat moved per kW of electricity.")
    { ModelDefault = FacilityDefaults.ChillerCop, EditorUnit = "W/W" };

    public static ScenarioField DistributionLossFraction { get; } = new("power.distributionLossFraction", "power", "Distribution losses", Fraction, 0, 0.5,
        "Share of IT power lost in transformers, UPS and rectifiers; it enters the PUE.")
    { ModelDefault = PowerTrainModel.LossFraction(PowerPlan.Default) };

    public static ScenarioField InputTokens { get; } = new("workload.inputTokens", "workload", "Input tokens", "tokens", 1, 10_000_000,
        "Prompt length per request.")
    { Integer = true, Default = Workload.DefaultInputTokens };

    public static ScenarioField OutputTokens { get; } = new("workload.outputTokens", "workload", "Output tokens", "tokens", 1, 10_000_000,
        "Generated tokens per request.")
    { Integer = true, Default = Workload.DefaultOutputTokens };

    public static ScenarioField TargetTokensPerSecondPerUser { get; } = new("workload.targetTokensPerSecondPerUser", "workload", "Target interactivity",
        "tokens/s", 0.1, 100_000, "The interactivity the factory must hold.")
    { Default = Workload.DefaultTargetTokensPerSecondPerUser, EditorUnit = "tokens/s per user" };

    public static ScenarioField TrainingTokens { get; } = new("workload.training.trainingTokens", "training", "Tokens", "tokens", 1e6, 1e16,
        "The token budget of the training run.")
    { Default = TrainingWorkload.DefaultTrainingTokens, EditorUnit = "trillions", EditorScale = 1e12 };

    public static ScenarioField TargetDays { get; } = new("workload.training.targetDays", "training", "Target days", "days", 0.01, 3650,
        "The deadline the study sizes the cluster for.")
    { Default = TrainingWorkload.DefaultTargetDays };

    public static ScenarioField TrainingSequenceLength { get; } = new("workload.training.sequenceLength", "training", "Sequence length", "tokens", 1, 10_000_000,
        "Tokens per training sequence.")
    { Integer = true, DefaultNote = "the model's training sequence length" };

    public static ScenarioField GlobalBatchSequences { get; } = new("workload.training.globalBatchSequences", "training", "Global batch", "sequences", 1, 100_000_000,
        "Sequences per optimizer step across all replicas.")
    {
        Integer = true,
        DefaultNote = string.Create(CultureInfo.InvariantCulture, $"{TrainingWorkload.DefaultBatchTokens / (1 << 20):0}M tokens' worth"),
        EditorUnit = "sequences",
    };

    public static ScenarioField Crews { get; } = new("factory.crews", "factory", "Integration crews", "crews", 1, 10_000,
        "Integration crews working in parallel, one rack each at a time.")
    { Integer = true, Default = FactoryPlan.DefaultCrews };

    public static ScenarioField TestStations { get; } = new("factory.testStations", "factory", "Test stations", "stations", 1, 10_000,
        "Leak-test and burn-in stations; a rack holds one for its whole test.")
    { Integer = true, Default = FactoryPlan.DefaultTestStations };

    public static ScenarioField CrewHoursPerDay { get; } = new("factory.crewHoursPerDay", "factory", "Crew hours a day", "h/day", 1, 24,
        "Hours a crew works per day (two shifts). Test stations run around the clock.")
    { Default = FactoryPlan.DefaultCrewHoursPerDay, EditorUnit = "h/day" };

    public static ScenarioField BurnInHours { get; } = new("factory.burnInHours", "factory", "Burn-in", "h", 0, 720,
        "Stress test of each integrated rack before hand-over.")
    { ModelDefault = AssemblyDefaults.BurnInHours, EditorUnit = "h" };

    public static ScenarioField FacilityUsdPerMw { get; } = new("economics.facilityUsdPerMw", "economics", "Facility cost", "USD/MW", 0, 1e9,
        "Building, power and cooling plant per MW of IT load. Capital = parts + this × IT MW.")
    { ModelDefault = EconomicsDefaults.FacilityUsdPerMw, EditorUnit = "USD/MW" };

    public static ScenarioField DepreciationYears { get; } = new("economics.depreciationYears", "economics", "Depreciation", "years", 1, 30,
        "Life over which capital is charged, and the length of the cash-flow projection.")
    { ModelDefault = EconomicsDefaults.DepreciationYears, EditorUnit = "years" };

    public static ScenarioField CostOfCapital { get; } = new("economics.costOfCapital", "economics", "Cost of capital", Fraction, 0, 1,
        "Annual weighted cost of capital, a fraction (0.08 = 8 %).")
    { ModelDefault = EconomicsDefaults.CostOfCapital };

    public static ScenarioField Utilisation { get; } = new("economics.utilisation", "economics", "Utilisation", Fraction, 0.01, 1,
        "Share of the year the GPUs serve paying traffic at the interactivity target.")
    { ModelDefault = EconomicsDefaults.Utilisation };

    public static ScenarioField MaintenanceFraction { get; } = new("economics.maintenanceFraction", "economics", "Maintenance a year", Fraction, 0, 1,
        "Maintenance and spares per year, as a share of capital.")
    { ModelDefault = EconomicsDefaults.MaintenanceFraction };

    public static ScenarioField InputUsdPerMillionTokens { get; } = new("economics.inputUsdPerMillionTokens", "economics", "Input price", "USD", 0, 10_000,
        "Price of a million input (prompt) tokens, USD.")
    { Default = EconomicsAssumptions.DefaultInputUsdPerMillionTokens, EditorUnit = "USD/M tokens" };

    public static ScenarioField OutputUsdPerMillionTokens { get; } = new("economics.outputUsdPerMillionTokens", "economics", "Output price", "USD", 0, 10_000,
        "Price of a million output (generated) tokens, USD.")
    { Default = EconomicsAssumptions.DefaultOutputUsdPerMillionTokens, EditorUnit = "USD/M tokens" };

    public static ScenarioField PriceDeclinePerYear { get; } = new("economics.priceDeclinePerYear", "economics", "Price decline a year", Fraction, 0, 0.99,
        "How much token prices fall each year of the projection, a fraction (0.3 = 30 % a year). 1 would make tokens free after a year and is refused.")
    { Default = EconomicsAssumptions.DefaultPriceDeclinePerYear };

    public static ScenarioField DemandGrowthPerYear { get; } = new("economics.demandGrowthPerYear", "economics", "Demand growth a year", Fraction, 0, 10,
        "How much demand grows each year of the projection, a fraction; utilisation rises with it, up to 1.")
    { Default = EconomicsAssumptions.DefaultDemandGrowthPerYear };

    /// <summary>Every field, grouped in the order the inspector and the format doc show them.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } =
    [
        CoolantSupplyC, ElectricityUsdPerKwh, ApproachK, ChillerCop,
        DistributionLossFraction,
        InputTokens, OutputTokens, TargetTokensPerSecondPerUser,
        TrainingTokens, TargetDays, TrainingSequenceLength, GlobalBatchSequences,
        Crews, TestStations, CrewHoursPerDay, BurnInHours,
        FacilityUsdPerMw, DepreciationYears, CostOfCapital, Utilisation, MaintenanceFraction,
        InputUsdPerMillionTokens, OutputUsdPerMillionTokens, PriceDeclinePerYear, DemandGrowthPerYear,
    ];
}
