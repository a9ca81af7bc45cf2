using MudBlazor;
using MudBlazor.Services;
using Studio.Client.Api;
using Studio.Client.State;

namespace Studio.Client;

public static class ClientServiceCollectionExtensions
{
    /// <summary>The studio's services: one set per browser tab (scoped), so no state leaks between sessions.</summary>
    public static IServiceCollection AddStudioClient(this IServiceCollection services, Uri baseAddress)
    {
        services.AddMudServices(ConfigureMud);
        services.AddScoped(_ => new HttpClient { BaseAddress = baseAddress });
        services.AddStudioState();
        return services;
    }

    /// <summary>
    /// Snackbars bottom left: MudBlazor's default (top right) covered the inspector, the panel people edit in while the
    /// messages are up. Bottom left they sit over the lower palette, away from the inspector and the zoom buttons.
    /// </summary>
    public static void ConfigureMud(MudServicesConfiguration configuration)
    {
        configuration.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
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
        services.AddScoped<LocalDraft>();
        services.AddScoped<ImportNotice>();
        return services;
    }
}
