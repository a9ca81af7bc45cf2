using Studio.Engine.Catalog;
using Studio.Engine.Provenance;

namespace Studio.Engine.Tests.Catalog;

public sealed class InstallWorkTests
{
    [Theory]
    [InlineData("min", 1.0 / 60)]
    [InlineData("h", 1)]
    public void HoursPerUnit_MinutesOrHours_ConvertsToHours(string unit, double hoursPerUnit)
    {
        var work = new InstallWork("install", Figure.Estimate(10, 5, 20, unit, "studio estimate"));

        Assert.Equal(hoursPerUnit, work.HoursPerUnit);
    }

    [Fact]
    public void Constructor_TimeInDays_ThrowsNamingTheUnit()
    {
        // The build-out sums crew hours: a time it cannot convert must stop the catalog loading, not count as zero.
        var error = Assert.Throws<ArgumentException>(() => new InstallWork("install", Figure.Estimate(1, 1, 2, "days", "studio estimate")));

        Assert.Contains("days", error.Message, StringComparison.Ordinal);
    }
}
