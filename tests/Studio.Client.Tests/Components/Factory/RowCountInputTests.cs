using Studio.Client.Components.Factory;

namespace Studio.Client.Tests.Components.Factory;

public sealed class RowCountInputTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 42 ", 42)]
    [InlineData("+7", 7)]
    [InlineData("4e1", 40)]
    [InlineData("40.0", 40)]
    [InlineData("1000000", 1_000_000)]
    public void Parse_ExactWholeNumberInRange_IsThatCount(string text, int count)
    {
        var parsed = RowCountInput.Parse(text);

        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal(count, parsed.Value);
    }

    [Theory]
    [InlineData("0.5", "Use a whole number: a row holds whole racks.")]
    [InlineData("99999999999999999999", "Out of range: use a whole number from 0 to 1000000.")]
    [InlineData("0x10", "Not a number: use a whole number from 0 to 1000000.")]
    [InlineData("1e999", "Not a number: use a whole number from 0 to 1000000.")]
    public void Parse_NotAnExactCountInRange_IsAnErrorNotARoundedCount(string text, string error)
    {
        var parsed = RowCountInput.Parse(text);

        Assert.Equal(error, parsed.Error);
        Assert.Null(parsed.Value);
    }
}
