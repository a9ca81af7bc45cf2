using Studio.Client.Components.Shared;
using Studio.Contracts.Catalog;

namespace Studio.Client.Tests.Components.Shared;

/// <summary>How the studio writes numbers for people: the one set of rules every component shows results with.</summary>
public sealed class FormatTests
{
    [Theory]
    [InlineData(352088272754.2, "USD/year", "$352 B/year")]
    [InlineData(1170641558.3184, "USD", "$1.17 B")]
    [InlineData(68100000, "USD", "$68.1 M")]
    [InlineData(1437104, "USD", "$1.44 M")]
    [InlineData(999_700, "USD", "$1 M")]
    [InlineData(14_400, "USD", "$14.4 k")]
    [InlineData(5_400, "USD", "$5,400")]
    [InlineData(-2_500_000, "USD", "-$2.5 M")]
    [InlineData(12046101.7, "USD/MW", "$12 M/MW")]
    [InlineData(0.0836965, "USD/M tokens", "$0.084 per M tokens")]
    public void WithUnit_Money_DollarsWithThreeDigitsAndAScale(double value, string unit, string expected) =>
        Assert.Equal(expected, Format.WithUnit(value, unit));

    [Theory]
    [InlineData(0.999, "fraction", "99.9 %")]
    [InlineData(0.0529396, "fraction", "5.3 %")]
    [InlineData(40.345762, "%", "40.3 %")]
    [InlineData(0, "%", "0 %")]
    [InlineData(1.0899843, "ratio", "1.09")]
    public void WithUnit_FractionsAndPercents_ReadAsPercent(double value, string unit, string expected) =>
        Assert.Equal(expected, Format.WithUnit(value, unit));

    [Theory]
    [InlineData(1, "racks", "1 rack")]
    [InlineData(476.5, "racks", "477 racks")]
    [InlineData(456.5257, "racks", "457 racks")]
    [InlineData(328698.53, "GPUs", "328,699 GPUs")]
    [InlineData(1, "GPUs", "1 GPU")]
    [InlineData(1, "switches", "1 switch")]
    [InlineData(2, "switches", "2 switches")]
    [InlineData(1, "days", "1 day")]
    [InlineData(1.66, "days", "1.66 days")]
    public void WithUnit_Counts_WholeAndSingularForOne(double value, string unit, string expected) =>
        Assert.Equal(expected, Format.WithUnit(value, unit));

    [Theory]
    [InlineData(2319002.38, "tokens/s per MW", "2.32 million tokens/s per MW")]
    [InlineData(187.74, "kW", "187.7 kW")]
    [InlineData(259.20000000000005, "TB/s", "259.2 TB/s")]
    [InlineData(115.2, "Tb/s", "115.2 Tb/s")]
    public void WithUnit_OtherUnits_FewDigitsAndMillionsInWords(double value, string unit, string expected) =>
        Assert.Equal(expected, Format.WithUnit(value, unit));

    [Fact]
    public void Of_MoneyPerYear_NoSpaceBeforeTheSlash()
    {
        var shown = Format.Of(352088272754.2, "USD/year");

        Assert.Equal(("$352 B", "/year", ""), (shown.Number, shown.Unit, shown.Separator));
    }

    [Theory]
    [InlineData(315353700.6, 438313227.9, 343664703.8, "USD/year", "$315 M – $438 M")]
    [InlineData(0.0312, 0.0894, 0.0529, "fraction", "3.1 – 8.9")]
    [InlineData(371.6, 486.6, 456.5, "racks", "372 – 487")]
    [InlineData(72, 72, 72, "GPUs", "")]
    public void Band_InTheUnit_EachEndReadLikeTheValue(double low, double high, double value, string unit, string expected) =>
        Assert.Equal(expected, Format.Band(low, high, value, unit));

    [Theory]
    [InlineData("TB/s", "terabytes per second (bytes)")]
    [InlineData("Tb/s", "terabits per second (bits)")]
    [InlineData("kW", null)]
    public void UnitName_BytesAndBits_SaidInWords(string unit, string? expected) => Assert.Equal(expected, Format.UnitName(unit));

    [Theory]
    [InlineData(1, "rack", null, "1 rack")]
    [InlineData(1200, "rack", null, "1,200 racks")]
    [InlineData(3, "switch", "switches", "3 switches")]
    public void Count_Noun_AgreesWithTheNumber(double count, string one, string? many, string expected) =>
        Assert.Equal(expected, Format.Count(count, one, many));

    [Theory]
    [InlineData("user", null, "Scenario input")]
    [InlineData("derived", "user", "Derived; includes scenario inputs")]
    [InlineData("derived", "estimate", "Derived; includes estimates")]
    [InlineData("vendor", null, "Vendor figure")]
    public void Provenance_AScenariosOwnValue_NeverClaimsToBeTheUsers(string kind, string? basis, string expected) =>
        Assert.Equal(expected, Format.Provenance(new ProvenanceDto(kind, basis, [], null)));
}
