using MudBlazor.Services;
using Studio.Client.Api;
using Studio.Client.State;

namespace Studio.Client;

public static class ClientServiceCollectionExtensions
{
    /// <summary>The studio's services: one set per browser tab (scoped), so no state leaks between sessions.</summary>
    public static IServiceCollection AddStudioClient(this IServiceCollection services, Uri baseAddress)
    {
        services.AddMudServices();
        services.AddScoped(_ => new HttpClient { BaseAddress = baseAddress });
        services.AddStudioState();
        return services;
    }

    /// <summary>The state services alone, for hosts (tests) that bring their own HttpClient.</summary>
    public static IServiceCollection AddStudioState(this IServiceCollection services)
    {
        services.AddScoped<StudioApiClient>();
        services.AddScoped<CatalogState>();
        services.AddScoped<ScenarioEditor>();
        services.AddScoped<EvaluationState>();
        services.AddScoped<SavedScenarioState>();
        services.AddScoped<StudioFiles>();
        services.AddScoped<ComparisonState>();
        services.AddScoped<PaletteDrag>();
        services.AddScoped<RackDesignDrag>();
        services.AddScoped<StudioView>();
        return services;
    }
}
