using Studio.Engine.Compute;

namespace Studio.Engine.Tests.Compute;

public sealed class EngineArrayPoolTests
{
    [Fact]
    public void Rent_SweepSizedArrayReturned_IsReusedByTheNextRental()
    {
        // A type of this test's own, so no other test shares its pool.
        var pool = EngineArrayPool.Of<SweepSized>();
        var first = pool.Rent(108_000);
        pool.Return(first);

        var second = pool.Rent(100_000);

        Assert.Same(first, second);
        pool.Return(second);
    }

    [Fact]
    public void Rent_ArrayOverTheLimit_IsNeverKept()
    {
        var pool = EngineArrayPool.Of<OverTheLimit>();
        var first = pool.Rent(EngineArrayPool.MaxPooledLength + 1);
        pool.Return(first);

        var second = pool.Rent(EngineArrayPool.MaxPooledLength + 1);

        Assert.NotSame(first, second);
    }

    [Fact]
    public void Return_MoreArraysOfOneSizeThanItKeeps_DropsTheRest()
    {
        // A rental that finds its size's slots all out takes one from the next size up: two sizes' worth are kept.
        var pool = EngineArrayPool.Of<ManyAtOnce>();
        var kept = 2 * EngineArrayPool.MaxArraysPerSize;
        var rented = Enumerable.Range(0, kept + 3).Select(_ => pool.Rent(1_000)).ToList();
        rented.ForEach(a => pool.Return(a));

        var again = Enumerable.Range(0, kept + 3).Select(_ => pool.Rent(1_000)).ToList();

        Assert.Equal(kept, again.Count(a => rented.Contains(a)));
    }

    private struct SweepSized
    {
    }

    private struct OverTheLimit
    {
    }

    private struct ManyAtOnce
    {
    }
}
