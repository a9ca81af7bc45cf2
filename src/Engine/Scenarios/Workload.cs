using Studio.Engine.Catalog;
using Studio.Engine.Throughput.Hardware;
using Studio.Engine.Workloads;

namespace Studio.Engine.Scenarios;

/// <summary>
/// What the factory serves and trains: a model, a number format, request shape and an interactivity target for
/// serving; a token budget and a deadline for training. A custom system replaces the canvas hardware in the
/// throughput models (hardware that is not in the catalog, an H100 system, say).
/// </summary>
public sealed record Workload(ModelSpec Model, Precision Precision, int InputTokens, int OutputTokens, double TargetTokensPerSecondPerUser)
{
    // The request shape and target a new scenario starts with (a long-prompt reasoning request at a readable
    // speed); the scenario format's field table takes its defaults from here.
    public const int DefaultInputTokens = 8192;
    public const int DefaultOutputTokens = 1024;
    public const double DefaultTargetTokensPerSecondPerUser = 50;

    public TrainingWorkload? Training { get; init; }

    public ThroughputSystem? CustomSystem { get; init; }

    /// <summary>The training study: the one given, or the default one for the serving model.</summary>
    public TrainingWorkload TrainingOrDefault => Training ?? TrainingWorkload.Default(Model);
}
