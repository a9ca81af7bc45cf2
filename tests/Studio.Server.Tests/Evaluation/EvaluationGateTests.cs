using Microsoft.Extensions.Options;
using Studio.Server.Evaluation;

namespace Studio.Server.Tests.Evaluation;

public sealed class EvaluationGateTests
{
    [Fact]
    public async Task EnterAsync_EverySlotTakenAndNoQueue_ReturnsNullAtOnce()
    {
        using var gate = Gate(maxConcurrent: 1, queueLimit: 0, queueTimeoutSeconds: 30);
        using var first = await gate.EnterAsync(CancellationToken.None);

        var started = TimeProvider.System.GetTimestamp();
        var second = await gate.EnterAsync(CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task EnterAsync_QueuedPastTheTimeout_ReturnsNull()
    {
        using var gate = Gate(maxConcurrent: 1, queueLimit: 1, queueTimeoutSeconds: 0.2);
        using var first = await gate.EnterAsync(CancellationToken.None);

        var queued = await gate.EnterAsync(CancellationToken.None);

        Assert.Null(queued);
    }

    [Fact]
    public async Task EnterAsync_SlotReleased_TheQueuedCallerGetsIt()
    {
        using var gate = Gate(maxConcurrent: 1, queueLimit: 1, queueTimeoutSeconds: 30);
        var first = await gate.EnterAsync(CancellationToken.None);
        var queued = gate.EnterAsync(CancellationToken.None);
        Assert.False(queued.IsCompleted);

        first!.Dispose();
        using var second = await queued;

        Assert.NotNull(second);
    }

    [Fact]
    public void WithinBudget_AtAndOverTheLimit_AllowsOnlyUpToIt()
    {
        using var gate = new EvaluationGate(Options.Create(new EvaluationLimitOptions { MaxWorkUnits = 12 }));

        Assert.True(gate.WithinBudget(new EvaluationWork(1, 2, 0, 0, 0, 0, 0)));
        Assert.False(gate.WithinBudget(new EvaluationWork(1, 3, 0, 0, 0, 0, 0)));
    }

    private static EvaluationGate Gate(int maxConcurrent, int queueLimit, double queueTimeoutSeconds) =>
        new(Options.Create(new EvaluationLimitOptions
        {
            MaxConcurrent = maxConcurrent,
            QueueLimit = queueLimit,
            QueueTimeoutSeconds = queueTimeoutSeconds,
        }));
}
