namespace Studio.Engine.Evaluation;

/// <summary>Stable metric ids. Never rename one: saved comparisons and charts refer to them.</summary>
public static class MetricIds
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
    public const string InferencePeakTokensPerSecondPerGpu = "inference.peakTokensPerSecondPerGpu";
    public const string InferenceTokensPerSecondPerGpuAtTarget = "inference.tokensPerSecondPerGpuAtTarget";
    public const string InferenceTotalTokensPerSecondPerGpuAtTarget = "inference.totalTokensPerSecondPerGpuAtTarget";
    public const string InferenceMaxTokensPerSecondPerUser = "inference.maxTokensPerSecondPerUser";
    public const string InferenceTtftSeconds = "inference.ttftSeconds";
    public const string TrainingMfu = "training.mfu";
    public const string TrainingStepSeconds = "training.stepSeconds";
    public const string TrainingTimeToTrainDays = "training.timeToTrainDays";
    public const string TrainingGpusForTargetDays = "training.gpusForTargetDays";
    public const string SeriesInferenceFrontier = "inference.frontier";
    public const string SeriesInferenceFrontierLow = "inference.frontier.low";
    public const string SeriesInferenceFrontierHigh = "inference.frontier.high";
    public const string SeriesTrainingTimeVsGpus = "training.timeVsGpus";
}
