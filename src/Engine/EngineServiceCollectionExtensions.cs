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
    public static IServiceCollection AddStudioEngine(this IServiceCollection services, ComputeOptions? options = null, ComputeDevice device = ComputeDevice.Auto)
    {
        services.AddSingleton(_ => PartCatalog.CreateDefault());
        services.AddSingleton(DesignRuleSet.Default);
        services.AddSingleton(sp =>
        {
            // Without ILGPU (a platform it does not support), the same models run as parallel loops. The host is the
            // process's (see AcceleratorHost.Shared): the container must not dispose it, so it is not registered.
            AcceleratorHost? host = null;
            var logger = sp.GetService<ILogger<EvaluationCompute>>();
            try
            {
                host = device switch
                {
                    ComputeDevice.ParallelLoops => null,
                    ComputeDevice.CpuAccelerator => AcceleratorHost.Shared(preferCpu: true),
                    _ => AcceleratorHost.Shared(preferCpu: false) is { IsGpu: true } gpu ? gpu : null,
                };
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger?.LogError(ex, "No accelerator: evaluating with parallel loops on the CPU.");
            }

            var compute = new EvaluationCompute(host, options ?? ComputeOptions.Default);
            logger?.LogInformation("Sweeps run on {Kind}: {Name}.", compute.Device.Kind, compute.Device.Name);
            return compute;
        });
        services.AddSingleton(sp => new ScenarioEvaluator(sp.GetRequiredService<DesignRuleSet>(), sp.GetRequiredService<EvaluationCompute>()));
        services.AddSingleton<ScenarioComparer>();
        return services;
    }
}
