using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Studio.Server.Store;

/// <summary>
/// The embedded store: one SQLite file, in WAL mode so reads never wait for a save. Each version row holds the
/// document's bytes and their SHA-256, checked on every read, so a document that changed on disk is reported rather
/// than served. Saves run in an immediate transaction and the (scenario, version) primary key backs the version check,
/// so two concurrent saves on the same base can never both land.
/// </summary>
public sealed class SqliteScenarioStore : IScenarioStore
{
    /// <summary>The database layout this code writes (PRAGMA user_version); a newer file is refused, not altered.</summary>
    private const int LayoutVersion = 1;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS scenarios (
            id                TEXT    NOT NULL PRIMARY KEY,
            name              TEXT    NOT NULL,
            latest_version    INTEGER NOT NULL,
            created_at        TEXT    NOT NULL,
            updated_at        TEXT    NOT NULL,
            forked_from_link  TEXT    NULL
        );
        CREATE TABLE IF NOT EXISTS scenario_versions (
            scenario_id  TEXT    NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
            version      INTEGER NOT NULL,
            link_id      TEXT    NOT NULL UNIQUE,
            name         TEXT    NOT NULL,
            saved_at     TEXT    NOT NULL,
            document     BLOB    NOT NULL,
            sha256       TEXT    NOT NULL,
            PRIMARY KEY (scenario_id, version)
        );
        CREATE INDEX IF NOT EXISTS scenarios_by_update ON scenarios(updated_at DESC);
        """;

    private const string VersionColumns =
        "v.scenario_id, v.version, v.link_id, v.name, v.saved_at, s.latest_version, s.forked_from_link, v.document, v.sha256";

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    public SqliteScenarioStore(string path, TimeProvider time)
    {
        FilePath = Path.GetFullPath(path);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            // Seconds a command waits on another connection's write lock before it fails.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initializing.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            var layout = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
            if (layout > LayoutVersion)
            {
                throw new InvalidOperationException(
                    $"The scenario store {FilePath} was written by a newer studio (layout {layout}; this one knows {LayoutVersion}). " +
                    "Run the newer studio, or point Store:Path at another file.");
            }

            // WAL: readers do not block the writer; synchronous stays FULL (the default) so a saved version survives a crash.
            await ScalarAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
            await using (var transaction = connection.BeginTransaction(deferred: false))
            {
                await ExecuteAsync(connection, transaction, Schema, cancellationToken);
                await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {LayoutVersion};", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            _initialized = true;
        }
        finally
        {
            _initializing.Release();
        }
    }

    public async Task<StoredVersion> CreateAsync(NewVersion version, string? forkedFromLinkId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var now = _time.GetUtcNow();
        // An id collision (about 1 in 10^21 per pair) only costs a retry.
        for (var attempt = 0; ; attempt++)
        {
            var id = ShortIds.New();
            var linkId = ShortIds.New();
            await using var transaction = connection.BeginTransaction(deferred: false);
            try
            {
                await using (var insert = Command(connection, transaction, """
                    INSERT INTO scenarios (id, name, latest_version, created_at, updated_at, forked_from_link)
                    VALUES ($id, $name, 1, $now, $now, $fork);
                    """))
                {
                    insert.Parameters.AddWithValue("$id", id);
                    insert.Parameters.AddWithValue("$name", version.Name);
                    insert.Parameters.AddWithValue("$now", Timestamp(now));
                    insert.Parameters.AddWithValue("$fork", (object?)forkedFromLinkId ?? DBNull.Value);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }

                await InsertVersionAsync(connection, transaction, id, 1, linkId, version, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new(id, 1, linkId, version.Name, now, 1, forkedFromLinkId, version.Document);
            }
            catch (SqliteException ex) when (IsUniqueViolation(ex) && attempt < 3)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    public async Task<SaveOutcome> AddVersionAsync(string scenarioId, int baseVersion, NewVersion version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            // BEGIN IMMEDIATE: the write lock is taken before the version is read, so check and insert are one step.
            await using var transaction = connection.BeginTransaction(deferred: false);
            (int Latest, string LinkId, string? Fork)? current = null;
            await using (var read = Command(connection, transaction, """
                SELECT s.latest_version, v.link_id, s.forked_from_link FROM scenarios s
                JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.latest_version
                WHERE s.id = $id;
                """))
            {
                read.Parameters.AddWithValue("$id", scenarioId);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    current = (reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                }
            }

            if (current is not { } latest)
            {
                return new SaveOutcome.NotFound();
            }

            if (latest.Latest != baseVersion)
            {
                return new SaveOutcome.Conflict(latest.Latest, latest.LinkId);
            }

            var next = baseVersion + 1;
            var linkId = ShortIds.New();
            var now = _time.GetUtcNow();
            try
            {
                await InsertVersionAsync(connection, transaction, scenarioId, next, linkId, version, now, cancellationToken);
                await using (var update = Command(connection, transaction,
                    "UPDATE scenarios SET latest_version = $next, name = $name, updated_at = $now WHERE id = $id;"))
                {
                    update.Parameters.AddWithValue("$next", next);
                    update.Parameters.AddWithValue("$name", version.Name);
                    update.Parameters.AddWithValue("$now", Timestamp(now));
                    update.Parameters.AddWithValue("$id", scenarioId);
                    await update.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return new SaveOutcome.Saved(new(scenarioId, next, linkId, version.Name, now, next, latest.Fork, version.Document));
            }
            catch (SqliteException ex) when (IsUniqueViolation(ex) && ex.Message.Contains("link_id", StringComparison.Ordinal) && attempt < 3)
            {
                // Only a link id collision is retried; a (scenario, version) collision cannot pass the check above.
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    public async Task<StoredVersion?> GetVersionAsync(string scenarioId, int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"""
            SELECT {VersionColumns} FROM scenario_versions v JOIN scenarios s ON s.id = v.scenario_id
            WHERE v.scenario_id = $id AND v.version = $version;
            """);
        command.Parameters.AddWithValue("$id", scenarioId);
        command.Parameters.AddWithValue("$version", version);
        return await ReadVersionAsync(command, cancellationToken);
    }

    public async Task<StoredVersion?> GetByLinkAsync(string linkId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"""
            SELECT {VersionColumns} FROM scenario_versions v JOIN scenarios s ON s.id = v.scenario_id
            WHERE v.link_id = $link;
            """);
        command.Parameters.AddWithValue("$link", linkId);
        return await ReadVersionAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ScenarioRecord>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT s.id, s.name, s.latest_version, v.link_id, s.created_at, s.updated_at, s.forked_from_link
            FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.latest_version
            ORDER BY s.updated_at DESC, s.id LIMIT $limit;
            """);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ScenarioRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(ReadScenario(reader));
        }

        return list;
    }

    public async Task<ScenarioHistory?> GetHistoryAsync(string scenarioId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // One read transaction, so the scenario row and its versions are from the same moment.
        await using var transaction = connection.BeginTransaction(deferred: true);
        ScenarioRecord? scenario = null;
        await using (var command = Command(connection, transaction, """
            SELECT s.id, s.name, s.latest_version, v.link_id, s.created_at, s.updated_at, s.forked_from_link
            FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.latest_version
            WHERE s.id = $id;
            """))
        {
            command.Parameters.AddWithValue("$id", scenarioId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                scenario = ReadScenario(reader);
            }
        }

        if (scenario is null)
        {
            return null;
        }

        var versions = new List<VersionRecord>();
        await using (var command = Command(connection, transaction, """
            SELECT version, link_id, name, saved_at, length(document) FROM scenario_versions
            WHERE scenario_id = $id ORDER BY version DESC;
            """))
        {
            command.Parameters.AddWithValue("$id", scenarioId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                versions.Add(new(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), ParseTimestamp(reader.GetString(3)), reader.GetInt32(4)));
            }
        }

        return new(scenario, versions);
    }

    public async Task<bool> DeleteAsync(string scenarioId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "DELETE FROM scenarios WHERE id = $id;");
        command.Parameters.AddWithValue("$id", scenarioId);
        // Versions go with it (ON DELETE CASCADE; foreign keys are on for every connection).
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task InsertVersionAsync(
        SqliteConnection connection, SqliteTransaction transaction, string scenarioId, int version, string linkId, NewVersion document,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction, """
            INSERT INTO scenario_versions (scenario_id, version, link_id, name, saved_at, document, sha256)
            VALUES ($id, $version, $link, $name, $now, $document, $sha);
            """);
        insert.Parameters.AddWithValue("$id", scenarioId);
        insert.Parameters.AddWithValue("$version", version);
        insert.Parameters.AddWithValue("$link", linkId);
        insert.Parameters.AddWithValue("$name", document.Name);
        insert.Parameters.AddWithValue("$now", Timestamp(now));
        insert.Parameters.Add("$document", SqliteType.Blob).Value = document.Document;
        insert.Parameters.AddWithValue("$sha", Hash(document.Document));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<StoredVersion?> ReadVersionAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var document = (byte[])reader.GetValue(7);
        var version = new StoredVersion(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
            ParseTimestamp(reader.GetString(4)), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6), document);
        if (Hash(document) != reader.GetString(8))
        {
            throw new InvalidDataException(
                $"Version {version.Version} of scenario {version.ScenarioId} no longer matches the checksum it was saved with: the store file was changed outside the studio.");
        }

        return version;
    }

    private static ScenarioRecord ReadScenario(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
        ParseTimestamp(reader.GetString(4)), ParseTimestamp(reader.GetString(5)), reader.IsDBNull(6) ? null : reader.GetString(6));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static bool IsUniqueViolation(SqliteException ex) =>
        ex.SqliteErrorCode == 19 && ex.Message.Contains("UNIQUE", StringComparison.Ordinal);

    private static string Hash(byte[] document) => Convert.ToHexStringLower(SHA256.HashData(document));

    /// <summary>Round-trip ISO 8601 in UTC, so text order is time order (the list sorts on it).</summary>
    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
