namespace Studio.Engine.Evaluation;

/// <summary>
/// Stable ids of the curves a report carries for the charts. Never rename one: the charts read them. Like
/// <see cref="MetricIds"/>, the browser compiles this file too, so it holds constants and nothing else.
/// </summary>
// No modifier on purpose: the Engine's part makes the class public, the Client's internal (IDE0040 wants one here).
#pragma warning disable IDE0040
static partial class SeriesIds
#pragma warning restore IDE0040
{
    public const string InferenceFrontier = "inference.frontier";
    public const string InferenceFrontierLow = "inference.frontier.low";
    public const string InferenceFrontierHigh = "inference.frontier.high";
    public const string TrainingTimeVsGpus = "training.timeVsGpus";
    public const string ChillerHoursByMonth = "facility.chillerHoursByMonth";
    public const string PueByMonth = "facility.pueByMonth";
    public const string AmbientByMonth = "facility.ambientByMonth";
    public const string GpuCaseVsSupply = "thermal.gpuCaseVsSupply";
    public const string ReturnVsSupply = "thermal.returnVsSupply";
    public const string BuildOutTimeline = "assembly.buildOutTimeline";
    public const string CumulativeCash = "economics.cumulativeCash";
    public const string CumulativeCashLow = "economics.cumulativeCash.low";
    public const string CumulativeCashHigh = "economics.cumulativeCash.high";
    public const string CostVsInteractivity = "economics.costVsInteractivity";
    public const string InputCostVsInteractivity = "economics.inputCostVsInteractivity";
}
