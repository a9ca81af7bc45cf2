using Microsoft.Extensions.Options;

namespace Studio.Server.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// The scenario store: SQLite at <see cref="ScenarioStoreOptions.Path"/> (relative to the content root), created
    /// when the server starts. A shared deployment registers another <see cref="IScenarioStore"/> instead.
    /// </summary>
    public static IServiceCollection AddScenarioStore(this IServiceCollection services)
    {
        services.AddOptions<ScenarioStoreOptions>().BindConfiguration(ScenarioStoreOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IScenarioStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ScenarioStoreOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new SqliteScenarioStore(Path.Combine(root, options.Path), sp.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<ScenarioStoreInitializer>();
        return services;
    }
}

/// <summary>Creates or checks the store at start-up, so a bad path or a newer file stops the server with a clear log, not the first save.</summary>
internal sealed class ScenarioStoreInitializer(IScenarioStore store, ILogger<ScenarioStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (store is SqliteScenarioStore sqlite)
        {
            logger.LogInformation("Saved scenarios are kept in {Path}.", sqlite.FilePath);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
