using Studio.Engine.Provenance;

namespace Studio.Engine.Workloads;

/// <summary>A model a workload can serve or train; the throughput models add its architecture figures.</summary>
public sealed record ModelSpec(string Id, string Name, Figure TotalParametersBillions, Figure ActiveParametersBillions)
{
    public bool IsMixtureOfExperts => ActiveParametersBillions.Value < TotalParametersBillions.Value;
}

public static class ModelCatalog
{
    public static IReadOnlyList<ModelSpec> All { get; } =
    [
        new("deepseek-r1", "DeepSeek-R1", Figure.Vendor(671, "B", "X6"), Figure.Vendor(37, "B", "X6")),
        new("kimi-k2", "Kimi K2", Figure.Vendor(1040, "B", "X7"), Figure.Vendor(32, "B", "X7")),
        new("llama-3.1-405b", "Llama 3.1 405B", Figure.Vendor(405, "B", "X8"), Figure.Vendor(405, "B", "X8")),
        new("gpt-oss-120b", "gpt-oss-120b", Figure.Vendor(116.8, "B", "X9"), Figure.Vendor(5.1, "B", "X9")),
    ];

    public static bool TryGet(string id, out ModelSpec model)
    {
        model = All.FirstOrDefault(m => m.Id == id)!;
        return model is not null;
    }
}
