using MudBlazor;

namespace Studio.Client.Layout;

/// <summary>
/// The studio's dark theme: a dim canvas so racks, links and findings stand out. Fonts are local (no CDN). Text on
/// the green (filled buttons, chips) is near-black: MudBlazor's default white on #76b900 is 2.41:1, below WCAG's 4.5:1.
/// </summary>
public static class StudioTheme
{
    /// <summary>Text drawn on the studio's green: 8.1:1 against #76b900.</summary>
    public const string OnGreen = "#0b0e13";

    public static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#76b900",
            PrimaryContrastText = OnGreen,
            Secondary = "#3aa6ff",
            Tertiary = "#b68cff",
            Background = "#0e1116",
            Surface = "#161b22",
            AppbarBackground = "#12161c",
            DrawerBackground = "#12161c",
            TextPrimary = "#e6edf3",
            TextSecondary = "#9aa7b4",
            LinesDefault = "#2a313c",
            Error = "#ff5252",
            Warning = "#ffb300",
            Info = "#3aa6ff",
            Success = "#76b900",
            SuccessContrastText = OnGreen,
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Inter", "Segoe UI", "system-ui", "-apple-system", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
