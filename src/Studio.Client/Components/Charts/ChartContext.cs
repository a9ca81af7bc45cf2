using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Charts;

/// <summary>
/// What the charts mark that the reports do not carry: the scenario's targets and its coolant supply. A template
/// baseline runs the design's workload, so it shares the design's targets; a scenario from a file has its own.
/// </summary>
public sealed record ChartContext(
    double TargetTokensPerSecondPerUser,
    double TargetDays,
    double SupplyC,
    double BaselineTargetTokensPerSecondPerUser,
    double BaselineTargetDays)
{
    /// <summary>The training deadline when a scenario leaves its study out (the contract's default).</summary>
    private static readonly double s_defaultTargetDays = new TrainingDocument().TargetDays;

    public static ChartContext From(ScenarioDocument design, ScenarioDocument? baselineScenario)
    {
        var baseline = baselineScenario ?? design;
        return new ChartContext(
            design.Workload.TargetTokensPerSecondPerUser,
            design.Workload.Training?.TargetDays ?? s_defaultTargetDays,
            design.Site.CoolantSupplyC,
            baseline.Workload.TargetTokensPerSecondPerUser,
            baseline.Workload.Training?.TargetDays ?? s_defaultTargetDays);
    }
}
