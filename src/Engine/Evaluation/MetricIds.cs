namespace Studio.Engine.Evaluation;

/// <summary>
/// Stable metric ids. Never rename one: saved comparisons and charts refer to them. The browser compiles this file
/// too (Studio.Client links it), so it holds constants and nothing else; each project says in its own part whether
/// the class is public (the Engine) or internal (the Client).
/// </summary>
// No modifier on purpose: the Engine's part makes the class public, the Client's internal (IDE0040 wants one here).
#pragma warning disable IDE0040
static partial class MetricIds
#pragma warning restore IDE0040
{
    public const string RackGpuCount = "rack.gpuCount";
    public const string RackCpuCount = "rack.cpuCount";
    public const string RackItPowerKw = "rack.itPowerKw";
    public const string RackPeakPflopsNvfp4 = "rack.peakPflops.nvfp4";
    public const string RackPeakPflopsNvfp4Headline = "rack.peakPflops.nvfp4Headline";
    public const string RackPeakPflopsFp8 = "rack.peakPflops.fp8";
    public const string RackPeakPflopsBf16 = "rack.peakPflops.bf16";
    public const string RackHbmTb = "rack.hbmTb";
    public const string RackHbmBandwidthTbps = "rack.hbmBandwidthTbps";
    public const string RackNvlinkTbps = "rack.nvlinkTbps";
    public const string RackScaleOutTbps = "rack.scaleOutTbps";
    public const string RackPowerShelfCapacityKw = "rack.powerShelfCapacityKw";
    public const string RackLiquidHeatKw = "rack.liquidHeatKw";
    public const string ThermalCoolantFlowLpm = "thermal.coolantFlowLpm";
    public const string ThermalCoolantReturnC = "thermal.coolantReturnC";
    public const string DesignRackCount = "design.rackCount";
    public const string DesignGpuCount = "design.gpuCount";
    public const string DesignItPowerKw = "design.itPowerKw";
    public const string FactoryGpuCount = "factory.gpuCount";
    public const string FactoryItPowerMw = "factory.itPowerMw";
    public const string FactoryRackCount = "factory.rackCount";
    public const string FactoryRowCount = "factory.rowCount";
    public const string FactoryCduCount = "factory.cduCount";
    public const string FactoryLeafSwitchCount = "factory.leafSwitchCount";
    public const string FactorySpineSwitchCount = "factory.spineSwitchCount";
    public const string FactoryDesignDayC = "factory.designDayAmbientC";
    public const string FactoryHeatRejectionMw = "factory.heatRejectionMw";
    public const string FactoryChillerMw = "factory.chillerMw";
    public const string NetworkScaleOutTiers = "network.scaleOutTiers";
    public const string NetworkScaleOutPlanes = "network.scaleOutPlanes";
    public const string NetworkScaleOutSwitchCount = "network.scaleOutSwitchCount";
    public const string NetworkTransceiverCount = "network.transceiverCount";
    public const string NetworkFrontEndSwitchCount = "network.frontEndSwitchCount";
    public const string NetworkStorageNodeCount = "network.storageNodeCount";
    public const string NetworkPowerKw = "network.powerKw";
    public const string NetworkCapexUsd = "network.capexUsd";
    public const string NetworkPowerPerRackKw = "network.powerPerRackKw";
    public const string NetworkCapexPerRackUsd = "network.capexPerRackUsd";
    public const string NetworkScaleOutGbpsPerGpu = "network.scaleOutGbpsPerGpu";
    public const string NetworkPathLatencyUs = "network.pathLatencyUs";
    public const string NetworkCheckpointMinutes = "network.checkpointMinutes";
    public const string InferencePeakTokensPerSecondPerGpu = "inference.peakTokensPerSecondPerGpu";
    public const string InferenceTokensPerSecondPerGpuAtTarget = "inference.tokensPerSecondPerGpuAtTarget";
    public const string InferenceTotalTokensPerSecondPerGpuAtTarget = "inference.totalTokensPerSecondPerGpuAtTarget";
    public const string InferenceMaxTokensPerSecondPerUser = "inference.maxTokensPerSecondPerUser";
    public const string InferenceTtftSeconds = "inference.ttftSeconds";
    public const string TrainingMfu = "training.mfu";
    public const string TrainingStepSeconds = "training.stepSeconds";
    public const string TrainingTimeToTrainDays = "training.timeToTrainDays";
    public const string TrainingGpusForTargetDays = "training.gpusForTargetDays";
    public const string InferencePrefillGpuShare = "inference.prefillGpuShare";
    public const string PowerFacilityMw = "power.facilityMw";
    public const string PowerPeakFacilityMw = "power.peakFacilityMw";
    public const string PowerGridPeakMw = "power.gridPeakMw";
    public const string PowerBusbarAmps = "power.busbarAmps";
    public const string PowerItKwPerRack = "power.itKwPerRack";
    public const string PowerCoolingKwPerRack = "power.coolingKwPerRack";
    public const string PowerPumpsKwPerRack = "power.pumpsKwPerRack";
    public const string PowerLossesKwPerRack = "power.lossesKwPerRack";
    public const string PowerLossFraction = "power.lossFraction";
    public const string PowerTransientPeakMw = "power.transientPeakMw";
    public const string PowerInterconnectMw = "power.interconnectMw";
    public const string PowerElectricalCapexUsd = "power.electricalCapexUsd";
    public const string PowerLongestLeadWeeks = "power.longestLeadWeeks";
    public const string FacilityCapexUsd = "facility.capexUsd";
    public const string FacilityCapexUsdPerMw = "facility.capexUsdPerMw";
    public const string FacilityPlantCapexUsd = "facility.plantCapexUsd";
    public const string FactoryTrimChillerMw = "factory.trimChillerMw";
    public const string ScheduleMonthsToFirstToken = "schedule.monthsToFirstToken";
    public const string ScheduleMonthsToFullCapacity = "schedule.monthsToFullCapacity";
    public const string ThermalMaxGpuC = "thermal.maxGpuC";
    public const string ThermalThrottlePercent = "thermal.throttlePercent";
    public const string FacilityChillerHoursPerYear = "facility.chillerHoursPerYear";
    public const string FacilityPue = "facility.pue";
    public const string FacilityWaterLitresPerYear = "facility.waterLitresPerYear";
    public const string FacilityCoolingMwhPerYear = "facility.coolingMwhPerYear";
    public const string AssemblyComputeTrayMinutes = "assembly.computeTrayMinutes";
    public const string AssemblyRackHours = "assembly.rackHours";
    public const string AssemblyDaysToFirstRack = "assembly.daysToFirstRack";
    public const string AssemblyFactoryBuildOutDays = "assembly.factoryBuildOutDays";
    public const string AssemblyBuildOutRevenueUsd = "assembly.buildOutRevenueUsd";
    public const string EconomicsCapexUsd = "economics.capexUsd";
    public const string EconomicsAnnualCostUsd = "economics.annualCostUsd";
    public const string EconomicsCostPerMillionTokensUsd = "economics.costPerMillionTokensUsd";
    public const string EconomicsCostPerMillionInputTokensUsd = "economics.costPerMillionInputTokensUsd";
    public const string EconomicsTokensPerSecondPerMw = "economics.tokensPerSecondPerMw";
    public const string EconomicsAnnualRevenueUsd = "economics.annualRevenueUsd";
    public const string EconomicsPaybackYears = "economics.paybackYears";
    public const string EconomicsRacksPer100Mw = "economics.racksPer100Mw";
    public const string EconomicsGpusPerGw = "economics.gpusPerGw";
    public const string EconomicsAnnualRevenuePerGwUsd = "economics.annualRevenuePerGwUsd";
}
