namespace Studio.Client.Components.Charts;

/// <summary>
/// The metric and series ids the charts read. They are wire ids (the Engine's MetricIds promises never to rename
/// them), repeated here because the browser never loads the Engine.
/// </summary>
public static class ChartIds
{
    public const string Frontier = "inference.frontier";
    public const string FrontierLow = "inference.frontier.low";
    public const string FrontierHigh = "inference.frontier.high";
    public const string CostVsInteractivity = "economics.costVsInteractivity";
    public const string InputCostVsInteractivity = "economics.inputCostVsInteractivity";
    public const string TimeVsGpus = "training.timeVsGpus";
    public const string GpuCaseVsSupply = "thermal.gpuCaseVsSupply";
    public const string ReturnVsSupply = "thermal.returnVsSupply";
    public const string ChillerHoursByMonth = "facility.chillerHoursByMonth";
    public const string BuildOutTimeline = "assembly.buildOutTimeline";
    public const string CumulativeCash = "economics.cumulativeCash";
    public const string CumulativeCashLow = "economics.cumulativeCash.low";
    public const string CumulativeCashHigh = "economics.cumulativeCash.high";

    public const string TokensPerSecondPerGpuAtTarget = "inference.tokensPerSecondPerGpuAtTarget";
    public const string CostPerMillionTokens = "economics.costPerMillionTokensUsd";
    public const string CostPerMillionInputTokens = "economics.costPerMillionInputTokensUsd";
    public const string TimeToTrainDays = "training.timeToTrainDays";
    public const string GpusForTargetDays = "training.gpusForTargetDays";
    public const string MaxGpuC = "thermal.maxGpuC";
    public const string CoolantReturnC = "thermal.coolantReturnC";
    public const string ChillerHoursPerYear = "facility.chillerHoursPerYear";
    public const string ItKwPerRack = "power.itKwPerRack";
    public const string CoolingKwPerRack = "power.coolingKwPerRack";
    public const string PumpsKwPerRack = "power.pumpsKwPerRack";
    public const string LossesKwPerRack = "power.lossesKwPerRack";
    public const string FactoryBuildOutDays = "assembly.factoryBuildOutDays";
    public const string PaybackYears = "economics.paybackYears";
    public const string AnnualRevenueUsd = "economics.annualRevenueUsd";
}
