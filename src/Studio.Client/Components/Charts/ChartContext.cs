using Studio.Client.State;
using Studio.Contracts.Scenarios;

namespace Studio.Client.Components.Charts;

/// <summary>
/// What the charts mark that the reports do not carry: the scenario's targets and its coolant supply, and the
/// baseline's short name for legends. A template baseline runs the design's workload, so it shares the design's
/// targets; a scenario from a file has its own.
/// </summary>
/// <param name="BaselineLabel">"GB200 NVL72" rather than the server's "GB200 NVL72 reference design": legends stay one line.</param>
public sealed record ChartContext(
    double TargetTokensPerSecondPerUser,
    double TargetDays,
    double SupplyC,
    double BaselineTargetTokensPerSecondPerUser,
    double BaselineTargetDays,
    string? BaselineLabel = null)
{
    /// <summary>The training deadline when a scenario leaves its study out (the contract's default).</summary>
    private static readonly double s_defaultTargetDays = new TrainingDocument().TargetDays;

    public static ChartContext From(ScenarioDocument design, BaselineChoice baselineChoice)
    {
        var baseline = baselineChoice.Scenario ?? design;
        return new ChartContext(
            design.Workload.TargetTokensPerSecondPerUser,
            design.Workload.Training?.TargetDays ?? s_defaultTargetDays,
            design.Site.CoolantSupplyC,
            baseline.Workload.TargetTokensPerSecondPerUser,
            baseline.Workload.Training?.TargetDays ?? s_defaultTargetDays,
            baselineChoice.Name);
    }
}
