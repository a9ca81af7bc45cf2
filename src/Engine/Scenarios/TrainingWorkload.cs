using Studio.Engine.Catalog;
using Studio.Engine.Throughput.Training;
using Studio.Engine.Workloads;

namespace Studio.Engine.Scenarios;

/// <summary>A training study: which model, how many tokens, by when, and (optionally) exactly how to parallelise it.</summary>
/// <param name="GlobalBatchSequences">Sequences per optimizer step across all replicas.</param>
public sealed record TrainingWorkload(
    ModelSpec Model,
    double TrainingTokens,
    double TargetDays,
    int SequenceLength,
    int GlobalBatchSequences,
    Precision Precision)
{
    /// <summary>
    /// Tokens per step when none is given: 64M (2^26), DeepSeek-V3's 15,360 sequences of 4,096 tokens (X13);
    /// Llama 3 405B used 16M (X8). Large clusters need large batches to keep every GPU busy.
    /// </summary>
    public const double DefaultBatchTokens = 67_108_864;

    /// <summary>The default study's budget: 15T tokens, about what frontier models of 2024–25 were trained on.</summary>
    public const double DefaultTrainingTokens = 15e12;

    public const double DefaultTargetDays = 90;

    /// <summary>A configuration to evaluate as given instead of searching (a team's current setup).</summary>
    public TrainingConfig? Pinned { get; init; }

    public static TrainingWorkload Default(ModelSpec model) =>
        new(model, DefaultTrainingTokens, DefaultTargetDays, model.SequenceLength, BatchFor(model.SequenceLength), Precision.Fp8);

    public static int BatchFor(int sequenceLength) => (int)Math.Ceiling(DefaultBatchTokens / sequenceLength);
}
