using System.Buffers;

namespace Studio.Engine.Compute;

/// <summary>
/// The pool the engine's sweeps rent their large buffers from. <see cref="ArrayPool{T}.Shared"/> keeps a cached array
/// of each size on every thread that returned one, plus stacks per core, and trims them only under memory pressure:
/// in a server whose thread pool grows under a burst, each new thread ends up holding its own copy of every sweep's
/// buffers (1–4 MB each at the default sizes), and resident memory grew with the thread count and stayed there. This pool
/// (<see cref="ArrayPool{T}.Create(int, int)"/>) keeps at most <see cref="MaxArraysPerSize"/> arrays of each
/// power-of-two size, shared by all threads (a rental that finds its size all out takes one from the next size up, if
/// there is one), and never keeps one longer than <see cref="MaxPooledLength"/>:
/// a larger rental is an ordinary allocation the collector takes back.
/// </summary>
public static class EngineArrayPool
{
    /// <summary>
    /// Elements in the largest array kept: the default serving grid (108,000 configurations) and Monte Carlo (100,000
    /// samples) round up to exactly this, so the usual sweeps always reuse their buffers, and there is no larger size
    /// for a rental to spill into: at the defaults the pool keeps at most about 33 MB (four of each sweep buffer).
    /// </summary>
    public const int MaxPooledLength = 1 << 17;

    /// <summary>Arrays of one size kept at once: about as many as evaluations run at once on a small server.</summary>
    public const int MaxArraysPerSize = 4;

    /// <summary>The pool for arrays of <typeparamref name="T"/>.</summary>
    public static ArrayPool<T> Of<T>() => Holder<T>.Pool;

    private static class Holder<T>
    {
        public static readonly ArrayPool<T> Pool = ArrayPool<T>.Create(MaxPooledLength, MaxArraysPerSize);
    }
}
