using Studio.Contracts.Catalog;
using Studio.Server.Scenarios;

namespace Studio.Server.Mapping;

/// <summary>The scenario's field table as GET /api/catalog serves it.</summary>
public static class ScenarioFieldMapping
{
    /// <summary>Public so the client's tests serve exactly what the Server serves, not a copy that can drift.</summary>
    public static IReadOnlyList<ScenarioFieldDto> ToDtos() => [.. ScenarioFields.All.Select(ToDto)];

    public static ScenarioFieldDto ToDto(this ScenarioField field) => new(
        field.Path,
        field.Group,
        field.Label,
        field.Unit,
        field.Min,
        field.Max,
        field.Integer,
        field.Optional,
        field.ModelDefault?.Value ?? field.Default,
        field.ModelDefault?.Low,
        field.ModelDefault?.High,
        field.DefaultNote,
        field.EditorUnit,
        field.EditorScale,
        field.Help);
}
