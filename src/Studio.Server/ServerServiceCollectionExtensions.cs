using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Studio.Contracts;
using Studio.Engine.Catalog;
using Studio.Server.Api;
using Studio.Server.Evaluation;
using Studio.Server.Scenarios;
using Studio.Server.Templates;

namespace Studio.Server;

public static class ServerServiceCollectionExtensions
{
    /// <summary>The API's services: JSON contract, problem details, scenario mapping, templates.</summary>
    public static IServiceCollection AddStudioApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, StudioJsonContext.Default));
        services.AddProblemDetails();
        // GET /openapi/v1.json describes every /api endpoint.
        services.AddOpenApi();
        services.AddSingleton<ScenarioMapper>();
        services.AddSingleton(ScenarioMigrations.Builtin);
        services.AddSingleton<ScenarioIntake>();
        services.AddOptions<EvaluationLimitOptions>().BindConfiguration(EvaluationLimitOptions.Section);
        services.AddSingleton<EvaluationGate>();
        services.AddSingleton(sp => StudioApi.CreateCatalogDto(sp.GetRequiredService<PartCatalog>()));
        services.AddSingleton(sp => new TemplateLibrary(
            sp.GetRequiredService<ScenarioMapper>(), sp.GetRequiredService<ILogger<TemplateLibrary>>()));
        services.AddHostedService<AcceleratorWarmup>();
        return services;
    }

    /// <summary>
    /// Unhandled exceptions become a problem+json body without a stack trace; a malformed request that the server
    /// itself rejects (BadHttpRequestException) keeps its 4xx status.
    /// </summary>
    public static WebApplication UseStudioApiErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        return app;
    }

    /// <summary>Says where to point a browser, in words a newcomer can act on.</summary>
    public static void LogStudioAddresses(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            app.Logger.LogInformation("AI Factory Studio is running. Open {Address} in a browser.", address);
        }
    }
}
