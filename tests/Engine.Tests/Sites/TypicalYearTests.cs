using Studio.Engine.Sites;

namespace Studio.Engine.Tests.Sites;

/// <summary>
/// The synthesized year must keep what the normals say (monthly means, the daily range) and be the same on every
/// run; the built-in normals are the stations' 1991–2020 figures (X15, X16).
/// </summary>
public sealed class TypicalYearTests
{
    private static SiteLocation Site(string id) => SiteLocations.All.Single(l => l.Id == id);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(743, 0)]
    [InlineData(744, 1)]
    [InlineData(1416, 2)]
    [InlineData(8759, 11)]
    public void MonthOf_HourOfYear_CalendarMonth(int hour, int month)
    {
        // January is hours 0–743 (31 × 24); February 744–1,415 (28 × 24); December ends at 8,759.
        Assert.Equal(month, TypicalYear.MonthOf(hour));
    }

    [Fact]
    public void Synthesize_SameSiteTwice_SameHours()
    {
        var first = TypicalYear.Synthesize(Site("frankfurt-de"));
        var second = TypicalYear.Synthesize(Site("frankfurt-de"));

        Assert.Equal(TypicalYear.Hours, first.AmbientC.Count);
        Assert.Equal(first.AmbientC, second.AmbientC);
    }

    [Theory]
    [InlineData("ashburn-va")]
    [InlineData("phoenix-az")]
    [InlineData("oslo-no")]
    [InlineData("singapore")]
    public void Synthesize_AnySite_AnnualMeanAndDailyRangeMatchTheNormals(string id)
    {
        var site = Site(id);
        var year = TypicalYear.Synthesize(site).AmbientC;
        var normalMean = Enumerable.Range(0, 12).Average(m => (site.Normals.HighC[m] + site.Normals.LowC[m]) / 2);
        var normalRange = Enumerable.Range(0, 12).Average(m => site.Normals.HighC[m] - site.Normals.LowC[m]);

        // The weather anomaly averages out over a year to well within 1 K (its spread is 1–3.5 K a day, lag-one
        // correlation 0.7, so the annual mean's standard error is about 0.4 K at most).
        Assert.InRange(year.Average() - normalMean, -1.0, 1.0);

        // The anomaly is the same for every hour of a day, so 15:00 minus 03:00 is the normal high minus low, up to
        // the interpolation between mid-months (a few hundredths of a kelvin).
        var afternoon = Enumerable.Range(0, 365).Average(d => year[(d * 24) + 15]);
        var night = Enumerable.Range(0, 365).Average(d => year[(d * 24) + 3]);
        Assert.Equal(normalRange, afternoon - night, 0.1);
    }

    [Fact]
    public void Synthesize_Climates_KeepTheirExtremes()
    {
        // Phoenix's July normal high is 106.5 °F = 41.4 °C (X15): its hottest hours pass 40 °C. Oslo's January low
        // is −5.5 °C (X16). Singapore never sees frost.
        Assert.True(TypicalYear.Synthesize(Site("phoenix-az")).AmbientC.Max() > 40);
        Assert.True(TypicalYear.Synthesize(Site("oslo-no")).AmbientC.Min() < -5.5);
        Assert.True(TypicalYear.Synthesize(Site("singapore")).AmbientC.Min() > 15);
    }

    [Fact]
    public void FromHours_NotAYearOfHours_Throws()
    {
        Assert.Throws<ArgumentException>(() => TypicalYear.FromHours(new double[100], "short"));
    }
}
