using System.Text.Json.Serialization;
using Studio.Contracts.Scenarios;

namespace Studio.Contracts.Evaluation;

/// <summary>The body of POST /api/compare.</summary>
public sealed class CompareRequestDto
{
    public ScenarioDocument Scenario { get; set; } = new();

    public BaselineDto Baseline { get; set; } = new();

    /// <summary>A metric id to explain with a waterfall (e.g. "economics.costPerMillionTokensUsd"); left out, none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Explain { get; set; }
}

/// <summary>Exactly one of: a template id ("gb200-nvl72"), or a whole second scenario.</summary>
public sealed class BaselineDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Template { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScenarioDocument? Scenario { get; set; }
}
