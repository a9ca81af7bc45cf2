using Studio.Engine.Evaluation;
using Studio.Engine.Rules;

namespace Studio.Engine.Throughput;

/// <summary>What the throughput models add to a report.</summary>
public sealed record ThroughputReport(IReadOnlyList<Metric> Metrics, IReadOnlyList<Series> Series, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static ThroughputReport Empty { get; } = new([], [], []);

    public ThroughputReport Concat(ThroughputReport other) =>
        new([.. Metrics, .. other.Metrics], [.. Series, .. other.Series], [.. Diagnostics, .. other.Diagnostics]);
}
