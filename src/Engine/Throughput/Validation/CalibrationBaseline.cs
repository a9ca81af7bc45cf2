namespace Studio.Engine.Throughput.Validation;

/// <summary>
/// Model / published for each training case as the model stood before the change in progress, so that
/// docs/validation.md reports every model change's error before and after. Replace the figures (and the
/// description) when a change lands and the next begins.
/// </summary>
public static class CalibrationBaseline
{
    /// <summary>Which model the "before" figures are from.</summary>
    public const string Description = "main at 72cb237: memory-bound layer work timed, GEMMs rooflined, a fixed 0.4 overlap for communication";

    public static IReadOnlyDictionary<string, double> Ratios { get; } = new Dictionary<string, double>
    {
        ["gpt3-175b-a100"] = 1.066,
        ["gpt3-175b-a100-days"] = 0.958,
        ["gpt-1t-a100"] = 1.002,
        ["gpt-1t-a100-days"] = 1.010,
        ["megatron-weak-1.7b"] = 0.995,
        ["megatron-weak-3.6b"] = 0.954,
        ["megatron-weak-7.5b"] = 0.940,
        ["megatron-weak-18.4b"] = 0.946,
        ["megatron-weak-39.1b"] = 1.010,
        ["megatron-weak-76.1b"] = 1.035,
        ["megatron-weak-145.6b"] = 1.009,
        ["megatron-weak-310.1b"] = 0.995,
        ["megatron-weak-529.6b"] = 0.976,
        ["deepseek-v3-h800"] = 1.124,
    };
}
