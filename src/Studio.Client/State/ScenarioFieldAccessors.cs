using Studio.Contracts.Scenarios;

namespace Studio.Client.State;

/// <summary>Reads and writes one scenario field on a document; null reads "not given", and writing null clears it.</summary>
public sealed record ScenarioFieldAccessor(Func<ScenarioDocument, double?> Get, Action<ScenarioDocument, double?> Set);

/// <summary>
/// The one place the client binds the catalog's scenario fields (by their JSON path) to the document's members. The
/// Server's tests hold it equal to the served table, so a field added there without an accessor here fails a test.
/// </summary>
public static class ScenarioFieldAccessors
{
    public static IReadOnlyDictionary<string, ScenarioFieldAccessor> ByPath { get; } = new Dictionary<string, ScenarioFieldAccessor>(StringComparer.Ordinal)
    {
        ["site.coolantSupplyC"] = new(d => d.Site.CoolantSupplyC, (d, v) => d.Site.CoolantSupplyC = Given(v)),
        ["site.electricityUsdPerKwh"] = new(d => d.Site.ElectricityUsdPerKwh, (d, v) => d.Site.ElectricityUsdPerKwh = Given(v)),
        ["site.approachK"] = new(d => d.Site.ApproachK, (d, v) => d.Site.ApproachK = v),
        ["site.chillerCop"] = new(d => d.Site.ChillerCop, (d, v) => d.Site.ChillerCop = v),
        ["power.distributionLossFraction"] = new(d => d.Power?.DistributionLossFraction, (d, v) => Power(d).DistributionLossFraction = v),
        ["workload.inputTokens"] = new(d => d.Workload.InputTokens, (d, v) => d.Workload.InputTokens = Whole(v)),
        ["workload.outputTokens"] = new(d => d.Workload.OutputTokens, (d, v) => d.Workload.OutputTokens = Whole(v)),
        ["workload.targetTokensPerSecondPerUser"] = new(d => d.Workload.TargetTokensPerSecondPerUser,
            (d, v) => d.Workload.TargetTokensPerSecondPerUser = Given(v)),
        ["workload.training.trainingTokens"] = new(d => d.Workload.Training?.TrainingTokens, (d, v) => Training(d).TrainingTokens = Given(v)),
        ["workload.training.targetDays"] = new(d => d.Workload.Training?.TargetDays, (d, v) => Training(d).TargetDays = Given(v)),
        ["workload.training.sequenceLength"] = new(d => d.Workload.Training?.SequenceLength, (d, v) => Training(d).SequenceLength = WholeOrNull(v)),
        ["workload.training.globalBatchSequences"] = new(d => d.Workload.Training?.GlobalBatchSequences,
            (d, v) => Training(d).GlobalBatchSequences = WholeOrNull(v)),
        ["factory.crews"] = new(d => d.Factory.Crews, (d, v) => d.Factory.Crews = Whole(v)),
        ["factory.testStations"] = new(d => d.Factory.TestStations, (d, v) => d.Factory.TestStations = Whole(v)),
        ["factory.crewHoursPerDay"] = new(d => d.Factory.CrewHoursPerDay, (d, v) => d.Factory.CrewHoursPerDay = Given(v)),
        ["factory.burnInHours"] = new(d => d.Factory.BurnInHours, (d, v) => d.Factory.BurnInHours = v),
        ["economics.facilityUsdPerMw"] = new(d => d.Economics?.FacilityUsdPerMw, (d, v) => Economics(d).FacilityUsdPerMw = v),
        ["economics.depreciationYears"] = new(d => d.Economics?.DepreciationYears, (d, v) => Economics(d).DepreciationYears = v),
        ["economics.costOfCapital"] = new(d => d.Economics?.CostOfCapital, (d, v) => Economics(d).CostOfCapital = v),
        ["economics.utilisation"] = new(d => d.Economics?.Utilisation, (d, v) => Economics(d).Utilisation = v),
        ["economics.maintenanceFraction"] = new(d => d.Economics?.MaintenanceFraction, (d, v) => Economics(d).MaintenanceFraction = v),
        ["economics.inputUsdPerMillionTokens"] = new(d => d.Economics?.InputUsdPerMillionTokens,
            (d, v) => Economics(d).InputUsdPerMillionTokens = Given(v)),
        ["economics.outputUsdPerMillionTokens"] = new(d => d.Economics?.OutputUsdPerMillionTokens,
            (d, v) => Economics(d).OutputUsdPerMillionTokens = Given(v)),
        ["economics.priceDeclinePerYear"] = new(d => d.Economics?.PriceDeclinePerYear, (d, v) => Economics(d).PriceDeclinePerYear = Given(v)),
        ["economics.demandGrowthPerYear"] = new(d => d.Economics?.DemandGrowthPerYear, (d, v) => Economics(d).DemandGrowthPerYear = Given(v)),
    };

    // Members that are left out as a whole (training, power, economics) are created with their defaults on the first
    // edit, as the wire format reads a missing member.
    internal static TrainingDocument Training(ScenarioDocument document) => document.Workload.Training ??= new TrainingDocument();

    internal static PowerDocument Power(ScenarioDocument document) => document.Power ??= new PowerDocument();

    private static EconomicsDocument Economics(ScenarioDocument document) => document.Economics ??= new EconomicsDocument();

    // The editor only clears optional fields; a null here is a bug, not a user's input.
    private static double Given(double? value) => value ?? throw new ArgumentNullException(nameof(value), "This field cannot be left out.");

    private static int Whole(double? value) => checked((int)Given(value));

    private static int? WholeOrNull(double? value) => value is { } given ? checked((int)given) : null;
}
