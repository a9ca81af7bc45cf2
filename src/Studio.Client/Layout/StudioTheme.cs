using MudBlazor;

namespace Studio.Client.Layout;

/// <summary>The studio's dark theme: a dim canvas so racks, links and findings stand out. Fonts are local (no CDN).</summary>
public static class StudioTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#76b900",
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
