using System.Globalization;
using Studio.Client.Layout;

namespace Studio.Client.Tests.Layout;

public sealed class StudioThemeTests
{
    [Theory]
    [InlineData("primary")]
    [InlineData("success")]
    public void ContrastText_OnTheGreen_MeetsWcagAaForText(string colour)
    {
        var palette = StudioTheme.Theme.PaletteDark;
        var (background, text) = colour == "primary"
            ? (palette.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), palette.PrimaryContrastText.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex))
            : (palette.Success.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), palette.SuccessContrastText.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex));

        // White on #76b900 was 2.41:1; normal-size text needs 4.5:1.
        Assert.True(Contrast(background, text) >= 4.5, $"{text} on {background} is {Contrast(background, text):0.00}:1");
    }

    [Fact]
    public void Contrast_WhiteOnTheGreen_IsTheRatioTheAuditMeasured() =>
        Assert.Equal(2.41, Math.Round(Contrast("#76b900", "#ffffff"), 2));

    /// <summary>WCAG 2's contrast ratio of two #rrggbb colours.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
