using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Studio.Engine.Catalog;
using Studio.Engine.Compute;
using Studio.Engine.Evaluation;
using Studio.Engine.Rules;

namespace Studio.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the catalog, the design rules, the accelerator host and the evaluator. All are shared: the catalog
    /// and rules are immutable, and the host serialises its launches.
    /// </summary>
    public static IServiceCollection AddStudioEngine(this IServiceCollection services, ComputeOptions? options = null, bool preferCpu = false)
    {
        services.AddSingleton(_ => PartCatalog.CreateDefault());
        services.AddSingleton(DesignRuleSet.Default);
        services.AddSingleton(sp =>
        {
            // Without ILGPU (a platform it does not support), the same models run as parallel loops. The host is the
            // process's (see AcceleratorHost.Shared): the container must not dispose it, so it is not registered.
            AcceleratorHost? host = null;
            try
            {
                host = AcceleratorHost.Shared(preferCpu);
                sp.GetService<ILogger<AcceleratorHost>>()?.LogInformation(
                    "Compute on {Kind} accelerator {Name} ({Multiprocessors} multiprocessors, {Threads} threads per group).",
                    host.Info.Kind, host.Info.Name, host.Info.Multiprocessors, host.Info.MaxThreadsPerGroup);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                sp.GetService<ILogger<EvaluationCompute>>()?.LogError(ex, "No accelerator: evaluating with parallel loops on the CPU.");
            }

            return new EvaluationCompute(host, options ?? ComputeOptions.Default);
        });
        services.AddSingleton(sp => new ScenarioEvaluator(sp.GetRequiredService<DesignRuleSet>(), sp.GetRequiredService<EvaluationCompute>()));
        services.AddSingleton<ScenarioComparer>();
        return services;
    }
}
