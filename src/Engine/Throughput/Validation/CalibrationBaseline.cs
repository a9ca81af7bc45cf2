namespace Studio.Engine.Throughput.Validation;

/// <summary>
/// Model / published for each training case as the model stood before the change in progress, so that
/// docs/validation.md reports every model change's error before and after. Replace the figures (and the
/// description) when a change lands and the next begins.
/// </summary>
public static class CalibrationBaseline
{
    /// <summary>Which model the "before" figures are from.</summary>
    public const string Description = "main at 3a18157: ZeRO-3 gathers spread over the domain's NICs, two passes under the backward";

    public static IReadOnlyDictionary<string, double> Ratios { get; } = new Dictionary<string, double>
    {
        ["gpt3-175b-a100"] = 1.060,
        ["gpt3-175b-a100-days"] = 0.963,
        ["gpt-1t-a100"] = 0.999,
        ["gpt-1t-a100-days"] = 1.013,
        ["megatron-weak-1.7b"] = 0.999,
        ["megatron-weak-3.6b"] = 0.958,
        ["megatron-weak-7.5b"] = 0.934,
        ["megatron-weak-18.4b"] = 0.930,
        ["megatron-weak-39.1b"] = 0.997,
        ["megatron-weak-76.1b"] = 1.023,
        ["megatron-weak-145.6b"] = 1.002,
        ["megatron-weak-310.1b"] = 0.991,
        ["megatron-weak-529.6b"] = 0.972,
        ["deepseek-v3-h800"] = 0.981,
        ["megatron-ptdp-175b-384"] = 1.014,
        ["megatron-ptdp-175b-768"] = 1.013,
        ["megatron-ptdp-175b-1536"] = 1.017,
        ["megatron-ptdp-530b-560"] = 1.006,
        ["megatron-ptdp-530b-1120"] = 1.002,
        ["megatron-ptdp-530b-2240"] = 0.997,
        ["megatron-zero3-175b-384"] = 1.336,
        ["megatron-zero3-175b-768"] = 2.185,
        ["megatron-zero3-175b-1536"] = 4.358,
        ["megatron-zero3-530b-640"] = 1.450,
        ["megatron-zero3-530b-1120"] = 2.040,
        ["megatron-zero3-530b-2240"] = 4.157,
    };
}
