using Studio.Engine.Provenance;

namespace Studio.Engine.Tests.Provenance;

/// <summary>
/// Interval arithmetic. Every expected end below is worked out by hand from the four corner products or quotients;
/// the operands are small binary-exact numbers, so exact equality would hold, but a 1e-9 tolerance keeps the tests
/// about arithmetic rather than rounding.
/// </summary>
public sealed class BandTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    // A band that straddles zero, so that multiplication has to look at every corner.
    private static readonly Band s_positive = new(2, 1, 3);
    private static readonly Band s_straddling = new(-1, -2, 4);

    [Fact]
    public void Addition_TwoBands_AddsValuesAndEnds()
    {
        // value 2 + (−1) = 1; low 1 + (−2) = −1; high 3 + 4 = 7
        AssertBand(s_positive + s_straddling, value: 1, low: -1, high: 7);
    }

    [Fact]
    public void Subtraction_TwoBands_PairsLowWithHighAndHighWithLow()
    {
        // value 2 − (−1) = 3; low 1 − 4 = −3 (smallest a minus largest b); high 3 − (−2) = 5
        AssertBand(s_positive - s_straddling, value: 3, low: -3, high: 5);
    }

    [Fact]
    public void Multiplication_BandStraddlingZero_TakesExtremeCorners()
    {
        // corners 1 × −2 = −2, 1 × 4 = 4, 3 × −2 = −6, 3 × 4 = 12 → [−6, 12]; value 2 × −1 = −2
        AssertBand(s_positive * s_straddling, value: -2, low: -6, high: 12);
    }

    [Fact]
    public void Multiplication_NegativeScalar_SwapsEnds()
    {
        // [1, 3] × −1: corners −1 and −3 → [−3, −1]; value −2. The low end must not stay "1 × −1".
        AssertBand(s_positive * -1, value: -2, low: -3, high: -1);
    }

    [Fact]
    public void Division_PositiveDivisor_TakesExtremeQuotients()
    {
        // [1, 3] / [1, 4] (value 2): corners 1/1 = 1, 1/4 = 0.25, 3/1 = 3, 3/4 = 0.75 → [0.25, 3]; value 2/2 = 1
        AssertBand(s_positive / new Band(2, 1, 4), value: 1, low: 0.25, high: 3);
    }

    [Fact]
    public void Division_NegativeDivisor_TakesExtremeQuotients()
    {
        // [1, 3] / [−4, −1] (value −2): corners 1/−4 = −0.25, 1/−1 = −1, 3/−4 = −0.75, 3/−1 = −3 → [−3, −0.25]; value −1
        AssertBand(s_positive / new Band(-2, -4, -1), value: -1, low: -3, high: -0.25);
    }

    [Fact]
    public void Division_ScalarByBand_InvertsTheEnds()
    {
        // 60 / [1.25, 2] (value 1.5): 60/2 = 30, 60/1.25 = 48, 60/1.5 = 40
        AssertBand(60 / new Band(1.5, 1.25, 2), value: 40, low: 30, high: 48);
    }

    [Fact]
    public void Division_DivisorBandContainsZero_Throws()
    {
        Assert.Throws<DivideByZeroException>(() => s_positive / s_straddling);
    }

    [Fact]
    public void Division_DivisorBandEndsAtZero_Throws()
    {
        // [0, 2]: the quotient is unbounded at the low end, so it is refused like a band that straddles zero.
        Assert.Throws<DivideByZeroException>(() => s_positive / new Band(1, 0, 2));
    }

    [Fact]
    public void Sum_SeveralBands_AddsEndByEnd()
    {
        // value 2 + 2 + 1 = 5; low 1 + 1 + 0.5 = 2.5; high 3 + 3 + 1.5 = 7.5
        AssertBand(Band.Sum([s_positive, s_positive, new Band(1, 0.5, 1.5)]), value: 5, low: 2.5, high: 7.5);
    }

    [Fact]
    public void Sum_NoBands_IsExactZero()
    {
        Assert.Equal(Band.Zero, Band.Sum([]));
    }

    [Fact]
    public void Minimum_OverlappingBands_TakesTheSmallerEndByEnd()
    {
        // demand [90, 150] value 120 capped by a capacity [100, 110] value 100 → value 100, low 90, high 110
        AssertBand(Band.Minimum(new Band(120, 90, 150), new Band(100, 100, 110)), value: 100, low: 90, high: 110);
    }

    [Fact]
    public void Maximum_OverlappingBands_TakesTheLargerEndByEnd()
    {
        AssertBand(Band.Maximum(new Band(120, 90, 150), new Band(100, 100, 110)), value: 120, low: 100, high: 150);
    }

    [Fact]
    public void Spanning_EstimatesOnBothSidesOrAbove_HoldsTheValue()
    {
        // 25.9 ms central, 27.1 ms and 46.5 ms at the ends: both ends above, so the value is the low end.
        AssertBand(Band.Spanning(25.9, 27.1, 46.5), value: 25.9, low: 25.9, high: 46.5);
        AssertBand(Band.Spanning(10, 12, 8), value: 10, low: 8, high: 12);
    }

    [Fact]
    public void Spanning_MissingEstimate_IsLeftOut()
    {
        AssertBand(Band.Spanning(10, double.NaN, 8), value: 10, low: 8, high: 10);
        Assert.True(Band.Spanning(10, double.NaN, double.NaN).IsExact);
    }

    [Fact]
    public void IsExact_ExactAndSpreadBands_TellThemApart()
    {
        Assert.True(Band.Exact(3.6).IsExact);
        Assert.False(s_positive.IsExact);
    }

    private static void AssertBand(Band actual, double value, double low, double high)
    {
        Assert.Equal(value, actual.Value, Tolerance);
        Assert.Equal(low, actual.Low, Tolerance);
        Assert.Equal(high, actual.High, Tolerance);
    }
}
