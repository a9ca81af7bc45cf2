namespace Studio.Engine.Throughput.Validation;

/// <summary>
/// Model / published for each training case as the model stood before the change in progress, so that
/// docs/validation.md reports every model change's error before and after. Replace the figures (and the
/// description) when a change lands and the next begins.
/// </summary>
public static class CalibrationBaseline
{
    /// <summary>Which model the "before" figures are from.</summary>
    public const string Description = "main at 3cf6257: FP8 training ran attention and the output head at FP8";

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
        ["megatron-ptdp-175b-384"] = 1.014,
        ["megatron-ptdp-175b-768"] = 1.013,
        ["megatron-ptdp-175b-1536"] = 1.017,
        ["megatron-ptdp-530b-560"] = 1.006,
        ["megatron-ptdp-530b-1120"] = 1.002,
        ["megatron-ptdp-530b-2240"] = 0.997,
        ["megatron-zero3-175b-384"] = 1.152,
        ["megatron-zero3-175b-768"] = 0.932,
        ["megatron-zero3-175b-1536"] = 0.913,
        ["megatron-zero3-530b-640"] = 1.195,
        ["megatron-zero3-530b-1120"] = 0.837,
        ["megatron-zero3-530b-2240"] = 0.844,
        ["nemo-gb300-llama3-8b"] = 1.379,
        ["nemo-gb300-llama3-70b"] = 1.132,
        ["nemo-gb300-llama31-405b"] = 1.104,
        ["nemo-gb300-gpt-oss-120b"] = 1.807,
        ["nemo-gb300-deepseek-v3-bf16"] = 1.201,
        ["nemo-gb300-deepseek-v3-fp8"] = 1.661,
        ["nemo-gb200-llama3-8b"] = 1.643,
        ["nemo-gb200-llama3-70b"] = 1.187,
        ["nemo-gb200-llama31-405b"] = 1.201,
        ["nemo-gb200-gpt-oss-120b"] = 2.047,
        ["nemo-gb200-deepseek-v3-bf16"] = 1.423,
        ["nemo-gb200-deepseek-v3-fp8"] = 1.761,
        ["nemo-b200-llama3-8b"] = 1.691,
        ["nemo-b200-llama31-405b"] = 1.119,
        ["nemo-b200-gpt-oss-120b"] = 2.173,
        ["nemo-b200-deepseek-v3-fp8"] = 2.891,
        ["nemo-h100-llama3-8b"] = 1.422,
        ["nemo-h100-llama3-70b"] = 1.176,
        ["nemo-h100-llama31-405b"] = 1.084,
        ["nemo-h100-gpt-oss-120b"] = 1.965,
        ["deepseek-v3-h800"] = 0.981,
    };
}
