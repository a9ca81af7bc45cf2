namespace Studio.Engine.Throughput.Inference;

/// <summary>
/// One serving configuration's outcome with prefill included: each GPU's share of the prompt work is charged
/// against its decode throughput, so tokens per GPU counts every GPU the service needs.
/// </summary>
/// <param name="TokensPerSecondPerUser">Output tokens per second one user sees while their answer streams.</param>
/// <param name="OutputTokensPerSecondPerGpu">Output tokens per second per GPU, prefill GPUs included.</param>
/// <param name="TotalTokensPerSecondPerGpu">Input plus output tokens per second per GPU (the InferenceMAX measure).</param>
/// <param name="TimeToFirstTokenSeconds">Prefill time of one prompt (plus the KV-cache hand-over when disaggregated).</param>
public readonly record struct ServingPoint(
    ServingConfig Config,
    double TokensPerSecondPerUser,
    double OutputTokensPerSecondPerGpu,
    double TotalTokensPerSecondPerGpu,
    double TimeToFirstTokenSeconds,
    StepBound Bound);
