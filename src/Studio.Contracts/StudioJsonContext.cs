using System.Text.Json;
using System.Text.Json.Serialization;
using Studio.Contracts.Catalog;
using Studio.Contracts.Evaluation;
using Studio.Contracts.Problems;
using Studio.Contracts.Scenarios;
using Studio.Contracts.Store;

namespace Studio.Contracts;

/// <summary>
/// Source-generated JSON for every wire type, shared by Server and client so both read and write exactly the same
/// format. The contract is strict, so a document means one thing: unknown members are errors (a misspelt field is
/// never silently ignored), and so are nulls where the contract has none, names in another case, numbers sent as
/// strings and a member given twice.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(ScenarioDocument))]
[JsonSerializable(typeof(CatalogDto))]
[JsonSerializable(typeof(IReadOnlyList<TemplateSummaryDto>))]
[JsonSerializable(typeof(EvaluationReportDto))]
[JsonSerializable(typeof(ComparisonDto))]
[JsonSerializable(typeof(CompareRequestDto))]
[JsonSerializable(typeof(HealthDto))]
[JsonSerializable(typeof(ProblemDto))]
[JsonSerializable(typeof(IReadOnlyList<ScenarioSummaryDto>))]
[JsonSerializable(typeof(ScenarioHistoryDto))]
[JsonSerializable(typeof(SavedVersionDto))]
[JsonSerializable(typeof(OpenedScenarioDto))]
[JsonSerializable(typeof(RenameScenarioDto))]
[JsonSerializable(typeof(ImportedScenarioDto))]
[JsonSerializable(typeof(VersionConflictDto))]
public sealed partial class StudioJsonContext : JsonSerializerContext;
