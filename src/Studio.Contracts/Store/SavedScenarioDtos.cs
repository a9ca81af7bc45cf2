using System.Text.Json.Serialization;
using Studio.Contracts.Scenarios;

namespace Studio.Contracts.Store;

/// <summary>A saved scenario as the list shows it. <see cref="LatestLinkId"/> opens its newest version at /s/{id}.</summary>
public sealed record ScenarioSummaryDto(
    string Id, string Name, int LatestVersion, string LatestLinkId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? ForkedFromLinkId);

/// <summary>One immutable version of a scenario, without its document.</summary>
public sealed record ScenarioVersionDto(int Version, string LinkId, string Name, DateTimeOffset SavedAt, int SizeBytes);

/// <summary>A scenario and its versions, newest first.</summary>
public sealed record ScenarioHistoryDto(ScenarioSummaryDto Scenario, IReadOnlyList<ScenarioVersionDto> Versions);

/// <summary>What a save, fork or rename stored: a new version and the link that will always open exactly it.</summary>
public sealed record SavedVersionDto(string ScenarioId, int Version, string LinkId, string Name, DateTimeOffset SavedAt);

/// <summary>
/// One stored version with its document, as a link opens it. <see cref="LatestVersion"/> tells whether newer
/// versions have been saved since (a save based on this one would then conflict).
/// </summary>
public sealed record OpenedScenarioDto(
    string ScenarioId, int Version, string LinkId, string Name, DateTimeOffset SavedAt, int LatestVersion, string? ForkedFromLinkId,
    ScenarioDocument Document);

/// <summary>The body of PATCH /api/scenarios/{id}.</summary>
public sealed record RenameScenarioDto(string Name);

/// <summary>
/// A file or link payload after the server's validation: the document in the current format, the version it was
/// written in, and the migration steps applied (empty for a current document).
/// </summary>
public sealed record ImportedScenarioDto(int SourceSchemaVersion, IReadOnlyList<string> Migrations, ScenarioDocument Document);

/// <summary>
/// The 409 problem a stale save gets: nothing was stored, and these say which version is now the latest, so the client
/// can offer to fork its edits or reload that version.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record VersionConflictDto(string? Type, string? Title, int? Status, string? Detail, int LatestVersion, string LatestLinkId);
