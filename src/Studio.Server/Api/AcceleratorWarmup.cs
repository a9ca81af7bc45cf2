using Studio.Engine.Compute;

namespace Studio.Server.Api;

/// <summary>
/// Loads the kernels once the server is up, in the background: the first kernel load costs ~0.2–2 s, and it should
/// not fall on a user's first edit nor hold up start-up.
/// </summary>
public sealed class AcceleratorWarmup(EvaluationCompute compute, ILogger<AcceleratorWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                var started = TimeProvider.System.GetTimestamp();
                compute.Warm();
                logger.LogInformation("Kernels warmed on {Accelerator} in {Elapsed:0} ms.",
                    compute.Device.Name, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
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
