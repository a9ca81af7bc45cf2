namespace Studio.Server.Store;

/// <summary>
/// Where saved scenarios live: SQLite by default (<see cref="SqliteScenarioStore"/>), a shared database later. The store
/// keeps documents as the exact bytes it was given, which the API has already validated and written in canonical form;
/// it never parses or rewrites them. Every version is immutable: a save adds one, nothing edits one.
/// </summary>
public interface IScenarioStore
{
    /// <summary>Creates the database (or checks an existing one) before the first request; safe to call again.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>A new scenario whose version 1 is <paramref name="version"/>; a fork names the version it copies.</summary>
    Task<StoredVersion> CreateAsync(NewVersion version, string? forkedFromLinkId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the next version, but only when <paramref name="baseVersion"/> is still the latest: a save based on an older
    /// version would silently drop what was saved in between, so it gets <see cref="SaveOutcome.Conflict"/> instead.
    /// </summary>
    Task<SaveOutcome> AddVersionAsync(string scenarioId, int baseVersion, NewVersion version, CancellationToken cancellationToken = default);

    Task<StoredVersion?> GetVersionAsync(string scenarioId, int version, CancellationToken cancellationToken = default);

    Task<StoredVersion?> GetByLinkAsync(string linkId, CancellationToken cancellationToken = default);

    /// <summary>The most recently saved scenarios first.</summary>
    Task<IReadOnlyList<ScenarioRecord>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>A scenario with its versions, newest first; null when there is no such scenario.</summary>
    Task<ScenarioHistory?> GetHistoryAsync(string scenarioId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a scenario and every version of it; false when there was none.</summary>
    Task<bool> DeleteAsync(string scenarioId, CancellationToken cancellationToken = default);
}

/// <summary>A document to store: its display name and its canonical JSON bytes.</summary>
public sealed record NewVersion(string Name, byte[] Document);

/// <summary>A scenario as the list shows it.</summary>
public sealed record ScenarioRecord(
    string Id, string Name, int LatestVersion, string LatestLinkId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? ForkedFromLinkId);

/// <summary>One version's metadata, without the document.</summary>
public sealed record VersionRecord(int Version, string LinkId, string Name, DateTimeOffset SavedAt, int SizeBytes);

public sealed record ScenarioHistory(ScenarioRecord Scenario, IReadOnlyList<VersionRecord> Versions);

/// <summary>One stored version with its document, and the scenario's latest version at the time it was read.</summary>
public sealed record StoredVersion(
    string ScenarioId, int Version, string LinkId, string Name, DateTimeOffset SavedAt, int LatestVersion, string? ForkedFromLinkId, byte[] Document);

/// <summary>What a save based on a version came to.</summary>
public abstract record SaveOutcome
{
    private SaveOutcome()
    {
    }

    public sealed record Saved(StoredVersion Version) : SaveOutcome;

    /// <summary>Someone saved after the base version: nothing was stored.</summary>
    public sealed record Conflict(int LatestVersion, string LatestLinkId) : SaveOutcome;

    public sealed record NotFound : SaveOutcome;
}
