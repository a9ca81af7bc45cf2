namespace Studio.Engine.Throughput.Validation;

/// <summary>
/// Model / published for each training case as the model stood before the change in progress, so that
/// docs/validation.md reports every model change's error before and after. Replace the figures (and the
/// description) when a change lands and the next begins.
/// </summary>
public static class CalibrationBaseline
{
    /// <summary>Which model the "before" figures are from.</summary>
    public const string Description = "main at b4ef610: one compute fraction for every matmul, no time for the rest of a layer";

    public static IReadOnlyDictionary<string, double> Ratios { get; } = new Dictionary<string, double>
    {
        ["gpt3-175b-a100"] = 1.113,
        ["gpt3-175b-a100-days"] = 0.917,
        ["gpt-1t-a100"] = 0.973,
        ["gpt-1t-a100-days"] = 1.040,
        ["megatron-weak-1.7b"] = 1.415,
        ["megatron-weak-3.6b"] = 1.243,
        ["megatron-weak-7.5b"] = 1.104,
        ["megatron-weak-18.4b"] = 1.078,
        ["megatron-weak-39.1b"] = 1.107,
        ["megatron-weak-76.1b"] = 1.104,
        ["megatron-weak-145.6b"] = 1.053,
        ["megatron-weak-310.1b"] = 1.009,
        ["megatron-weak-529.6b"] = 0.962,
        ["deepseek-v3-h800"] = 1.125,
    };
}
