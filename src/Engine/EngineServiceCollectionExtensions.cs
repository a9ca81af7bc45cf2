using Microsoft.Extensions.DependencyInjection;
using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Rules;

namespace Studio.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>Registers the catalog, the design rules and the evaluator. All are immutable and shared.</summary>
    public static IServiceCollection AddStudioEngine(this IServiceCollection services)
    {
        services.AddSingleton(_ => PartCatalog.CreateDefault());
        services.AddSingleton(DesignRuleSet.Default);
        services.AddSingleton<ScenarioEvaluator>();
        services.AddSingleton<ScenarioComparer>();
        return services;
    }
}
