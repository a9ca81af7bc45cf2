using Studio.Engine.Compute;

namespace Studio.Server.Api;

/// <summary>
/// Loads the kernels once the server is up, in the background: the first kernel load costs ~0.2–2 s, and it should
/// not fall on a user's first edit nor hold up start-up.
/// </summary>
public sealed class AcceleratorWarmup(EvaluationCompute compute, AcceleratorHostAccessor host, ILogger<AcceleratorWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                var started = TimeProvider.System.GetTimestamp();
                host.Host?.Warm();
                logger.LogInformation("Kernels warmed on {Accelerator} in {Elapsed:0} ms.",
                    compute.Accelerator?.Name ?? "no accelerator", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogError(ex, "Warming the kernels failed; they load on first use instead.");
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The accelerator host if it could be created; null on a platform ILGPU does not run on.</summary>
public sealed class AcceleratorHostAccessor(IServiceProvider services)
{
    public AcceleratorHost? Host
    {
        get
        {
            try
            {
                return services.GetService<AcceleratorHost>();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return null;
            }
        }
    }
}
