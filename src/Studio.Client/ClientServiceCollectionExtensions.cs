using MudBlazor.Services;

namespace Studio.Client;

public static class ClientServiceCollectionExtensions
{
    /// <summary>The studio's services: one set per browser tab (scoped), so no state leaks between sessions.</summary>
    public static IServiceCollection AddStudioClient(this IServiceCollection services, Uri baseAddress)
    {
        services.AddMudServices();
        services.AddScoped(_ => new HttpClient { BaseAddress = baseAddress });
        return services;
    }
}
