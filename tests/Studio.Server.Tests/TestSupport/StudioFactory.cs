using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Studio.Server.Tests.TestSupport;

/// <summary>
/// The studio server in memory with its scenario store in a fresh temporary SQLite file, so tests never touch the
/// developer's data/studio.db and never see each other's scenarios. Pass a path to share one store between two
/// factories (a restart); <see cref="Settings"/> overrides configuration (rate limits, say).
/// </summary>
public sealed class StudioFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsStore;

    public StudioFactory()
        : this(NewStorePath(), ownsStore: true)
    {
    }

    private StudioFactory(string storePath, bool ownsStore)
    {
        StorePath = storePath;
        _ownsStore = ownsStore;
    }

    public string StorePath { get; }

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>A server on an existing store file, which the caller deletes (two of these in turn are a restart).</summary>
    public static StudioFactory OnStore(string storePath) => new(storePath, ownsStore: false);

    /// <summary>A path in a new temporary folder; the caller deletes it with <see cref="DeleteStore"/>.</summary>
    public static string NewStorePath() =>
        Path.Combine(Path.GetTempPath(), "studio-tests", Guid.NewGuid().ToString("N"), "studio.db");

    public static void DeleteStore(string path)
    {
        // Pooled connections keep the file open; let them go first.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind harms nothing.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Path", StorePath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsStore)
        {
            DeleteStore(StorePath);
        }
    }
}
