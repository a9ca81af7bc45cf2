namespace Studio.Engine.Throughput.Hardware;

/// <summary>
/// One result per <see cref="Corner"/>: the central case and the two ends of every range. Named rather than indexed
/// so that which end lowers a band and which raises it reads at the call (for a time, the pessimistic case is the
/// high end; for a rate, the low end).
/// </summary>
public readonly record struct Corners<T>(T Central, T Pessimistic, T Optimistic)
{
    /// <summary>Evaluates each corner in turn.</summary>
    public static Corners<T> Of(Func<Corner, T> evaluate) =>
        new(evaluate(Corner.Central), evaluate(Corner.Pessimistic), evaluate(Corner.Optimistic));

    /// <summary>Evaluates the three corners at once: each is an independent sweep, so they share the cores.</summary>
    public static Corners<T> InParallel(Func<Corner, T> evaluate)
    {
        T central = default!, pessimistic = default!, optimistic = default!;
        Parallel.Invoke(
            () => central = evaluate(Corner.Central),
            () => pessimistic = evaluate(Corner.Pessimistic),
            () => optimistic = evaluate(Corner.Optimistic));
        return new(central, pessimistic, optimistic);
    }

    public T this[Corner corner] => corner switch
    {
        Corner.Central => Central,
        Corner.Pessimistic => Pessimistic,
        Corner.Optimistic => Optimistic,
        _ => throw new ArgumentOutOfRangeException(nameof(corner), corner, "Not a corner."),
    };

    public Corners<TResult> Select<TResult>(Func<T, TResult> map) => new(map(Central), map(Pessimistic), map(Optimistic));
}
