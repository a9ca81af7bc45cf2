using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Studio.Contracts;
using Studio.Server.Store;
using Studio.Server.Tests.Api;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Store;

/// <summary>What survives a restart, and what the store refuses to serve or open.</summary>
public sealed class ScenarioStorePersistenceTests : IDisposable
{
    private readonly string _path = StudioFactory.NewStorePath();

    public void Dispose() => StudioFactory.DeleteStore(_path);

    [Fact]
    public async Task Restart_SameStoreFile_LosesNothing()
    {
        string template;
        (string ScenarioId, string LinkV1, string LinkV2) saved;
        byte[] v1, v2;
        await using (var before = StudioFactory.OnStore(_path))
        {
            using var client = before.CreateClient();
            template = await client.GetStringAsync("/api/templates/vera-rubin-nvl72");
            var first = await client.SaveNewAsync(template);
            using var second = await client.SaveVersionAsync(first.ScenarioId, 1, ScenarioStoreEndpointTests.Renamed(template, "After edits"));
            var secondSaved = await second.ReadAsync(HttpStatusCode.Created, StudioJsonContext.Default.SavedVersionDto);
            saved = (first.ScenarioId, first.LinkId, secondSaved.LinkId);
            v1 = await client.ExportAsync(first.ScenarioId, 1);
            v2 = await client.ExportAsync(first.ScenarioId, 2);
        }

        await using var after = StudioFactory.OnStore(_path);
        using var restarted = after.CreateClient();

        var history = await restarted.HistoryAsync(saved.ScenarioId);
        Assert.Equal([2, 1], history.Versions.Select(v => v.Version));
        Assert.Equal("After edits", history.Scenario.Name);
        Assert.Equal(v1, await restarted.ExportAsync(saved.ScenarioId, 1));
        Assert.Equal(v2, await restarted.ExportAsync(saved.ScenarioId, 2));
        Assert.Equal(1, (await restarted.OpenLinkAsync(saved.LinkV1)).Version);
        Assert.Equal(2, (await restarted.OpenLinkAsync(saved.LinkV2)).Version);
        // The version check carries over too: version 1 is stale after the restart as before it.
        using var stale = await restarted.SaveVersionAsync(saved.ScenarioId, 1, template);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Initialize_MissingFolder_CreatesTheDatabase()
    {
        var store = new SqliteScenarioStore(_path, TimeProvider.System);

        await store.InitializeAsync();

        Assert.True(File.Exists(_path));
        Assert.Empty(await store.ListAsync(10));
    }

    [Fact]
    public async Task Read_DocumentChangedOnDisk_IsReportedNotServed()
    {
        var store = new SqliteScenarioStore(_path, TimeProvider.System);
        var saved = await store.CreateAsync(new("A", Encoding.UTF8.GetBytes("""{"schemaVersion":1}""")), null);
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE scenario_versions SET document = $d;";
            tamper.Parameters.AddWithValue("$d", Encoding.UTF8.GetBytes("""{"schemaVersion":1,"name":"B"}"""));
            await tamper.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.GetByLinkAsync(saved.LinkId));

        Assert.Contains("no longer matches the checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_FileFromANewerStudio_RefusesIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            await command.ExecuteNonQueryAsync();
        }

        var store = new SqliteScenarioStore(_path, TimeProvider.System);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync());
        Assert.Contains("newer studio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddVersion_StaleBase_ReturnsConflictWithTheLatestLink()
    {
        var store = new SqliteScenarioStore(_path, TimeProvider.System);
        var document = Encoding.UTF8.GetBytes("""{"schemaVersion":1}""");
        var first = await store.CreateAsync(new("A", document), null);
        var second = Assert.IsType<SaveOutcome.Saved>(await store.AddVersionAsync(first.ScenarioId, 1, new("B", document)));

        var outcome = await store.AddVersionAsync(first.ScenarioId, 1, new("C", document));

        Assert.Equal(new SaveOutcome.Conflict(2, second.Version.LinkId), outcome);
        Assert.IsType<SaveOutcome.NotFound>(await store.AddVersionAsync("nope", 1, new("C", document)));
    }

    [Fact]
    public void ShortIds_New_AreWellFormedAndDistinct()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => ShortIds.New()).ToList();

        Assert.All(ids, id => Assert.True(ShortIds.IsWellFormed(id), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.False(ShortIds.IsWellFormed("abc"));
        Assert.False(ShortIds.IsWellFormed("abcdefghijk-"));
        Assert.False(ShortIds.IsWellFormed(null));
    }
}
