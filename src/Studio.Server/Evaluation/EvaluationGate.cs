using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Studio.Server.Evaluation;

/// <summary>
/// What stands between a valid request and the engine: its work against the budget, then a slot among the
/// evaluations allowed to run at once (ASP.NET Core's <see cref="ConcurrencyLimiter"/>, oldest first), with a short
/// queue. Cheap requests (catalog, saves, invalid bodies) never wait here: only evaluations take a slot, and only
/// once the body has been read and checked.
/// </summary>
public sealed class EvaluationGate : IDisposable
{
    private readonly ConcurrencyLimiter _slots;
    private readonly TimeSpan _queueTimeout;

    public EvaluationGate(IOptions<EvaluationLimitOptions> options)
    {
        Options = options.Value;
        _queueTimeout = TimeSpan.FromSeconds(Math.Max(0.1, Options.QueueTimeoutSeconds));
        _slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, Options.MaxConcurrent),
            QueueLimit = Math.Max(0, Options.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public EvaluationLimitOptions Options { get; }

    /// <summary>True when the request's work is within the budget.</summary>
    public bool WithinBudget(EvaluationWork work) => work.Units <= Options.MaxWorkUnits;

    /// <summary>
    /// A slot to evaluate in, or null when none came free: the queue was full, or the wait passed the queue timeout.
    /// Dispose the lease when the evaluation ends. A request the client abandons stops waiting (and throws).
    /// </summary>
    public async Task<RateLimitLease?> EnterAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_queueTimeout);
        try
        {
            var lease = await _slots.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired)
            {
                return lease;
            }

            lease.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => _slots.Dispose();
}
