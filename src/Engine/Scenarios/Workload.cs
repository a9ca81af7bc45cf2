using Studio.Engine.Catalog;

namespace Studio.Engine.Scenarios;

/// <summary>What the factory serves: a model, a number format, request shape and an interactivity target.</summary>
public sealed record Workload(string ModelId, Precision Precision, int InputTokens, int OutputTokens, double TargetTokensPerSecondPerUser);
