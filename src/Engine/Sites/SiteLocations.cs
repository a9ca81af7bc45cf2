using System.Globalization;
using Studio.Engine.Provenance;

namespace Studio.Engine.Sites;

/// <summary>A built-in site: the climate its heat rejection works against.</summary>
/// <param name="Koppen">Köppen climate class (Cfa humid subtropical, BWh hot desert, ...).</param>
/// <param name="Normals">Monthly normals the site's typical year is built from.</param>
public sealed record SiteLocation(string Id, string Name, string Koppen, string Climate, MonthlyNormals Normals);

/// <summary>Locations a scenario can name, each with the climate normals of a nearby weather station.</summary>
public static class SiteLocations
{
    public static IReadOnlyList<SiteLocation> All { get; } =
    [
        new("ashburn-va", "Ashburn, Virginia, US", "Cfa", "Humid subtropical: hot, humid summers",
            MonthlyNormals.FromFahrenheit("Washington Dulles Intl (IAD), NOAA 1991–2020 normals", "X15",
                [43.6, 47.3, 56.0, 68.4, 76.8, 85.1, 89.2, 87.3, 80.5, 69.2, 57.6, 47.1],
                [24.9, 26.8, 33.8, 43.6, 53.4, 62.5, 67.4, 65.8, 58.5, 46.0, 35.9, 29.0],
                dailySpreadK: 3.5)),
        new("dallas-tx", "Dallas, Texas, US", "Cfa", "Humid subtropical: very hot summers",
            MonthlyNormals.FromFahrenheit("Dallas/Fort Worth Intl (DFW), NOAA 1991–2020 normals", "X15",
                [57.4, 61.6, 69.6, 77.4, 85.0, 93.0, 96.8, 96.9, 89.5, 79.1, 67.3, 58.6],
                [37.2, 41.2, 49.3, 56.9, 65.8, 73.6, 77.7, 77.3, 69.9, 58.5, 47.3, 39.5],
                dailySpreadK: 3.5)),
        new("phoenix-az", "Phoenix, Arizona, US", "BWh", "Hot desert: dry-bulb above 40 °C in summer",
            MonthlyNormals.FromFahrenheit("Phoenix Sky Harbor Intl (PHX), NOAA 1991–2020 normals", "X15",
                [67.6, 71.0, 77.7, 85.5, 95.0, 104.2, 106.5, 105.1, 100.4, 89.2, 76.5, 66.2],
                [46.0, 49.1, 54.0, 60.2, 69.4, 78.3, 84.1, 83.1, 77.0, 64.5, 52.5, 45.4],
                dailySpreadK: 2.5)),
        new("quincy-wa", "Quincy, Washington, US", "BSk", "Cold semi-arid: cool nights, dry",
            MonthlyNormals.FromFahrenheit("Ephrata Municipal (nearest normals station to Quincy), NOAA 1991–2020 normals", "X15",
                [34.6, 41.6, 53.5, 62.9, 72.4, 79.6, 89.0, 87.8, 77.9, 62.6, 45.2, 34.4],
                [22.3, 25.0, 31.3, 37.6, 45.9, 53.2, 59.4, 58.4, 49.7, 38.6, 29.2, 22.6],
                dailySpreadK: 3.5)),
        new("frankfurt-de", "Frankfurt, Germany", "Cfb", "Temperate oceanic",
            MonthlyNormals.FromCelsius("Frankfurt am Main airport, DWD 1991–2020 normals", "X16",
                [4.4, 6.3, 10.8, 15.8, 19.9, 23.3, 25.5, 25.1, 20.6, 14.9, 8.8, 5.0],
                [-0.9, -0.6, 2.3, 5.4, 9.4, 12.6, 14.6, 14.1, 10.7, 6.8, 3.2, 0.3],
                dailySpreadK: 3.0)),
        new("oslo-no", "Oslo, Norway", "Dfb", "Humid continental: cold winters, mild summers",
            MonthlyNormals.FromCelsius("Oslo Blindern, MET Norway 1991–2020 normals", "X16",
                [0.0, 0.8, 4.7, 10.3, 16.1, 20.2, 22.4, 20.8, 15.9, 9.3, 4.0, 0.7],
                [-5.5, -5.5, -2.6, 1.6, 6.5, 10.8, 13.3, 12.4, 8.4, 3.9, -0.2, -4.0],
                dailySpreadK: 3.5)),
        new("singapore", "Singapore", "Af", "Tropical rainforest: warm and humid all year",
            MonthlyNormals.FromCelsius("Singapore Changi, Meteorological Service Singapore 1991–2020 normals", "X16",
                [30.1, 31.2, 31.7, 32.1, 31.9, 31.4, 30.9, 30.9, 31.0, 31.3, 30.7, 29.9],
                [23.4, 23.7, 24.2, 24.8, 25.2, 25.1, 24.8, 24.8, 24.6, 24.5, 24.0, 23.6],
                dailySpreadK: 1.0)),
    ];

    public static bool TryGet(string id, out SiteLocation location)
    {
        location = All.FirstOrDefault(l => l.Id == id)!;
        return location is not null;
    }
}

/// <summary>
/// A station's monthly mean daily high and low, and how much one day strays from the normal (the standard
/// deviation of daily mean temperature about the month's normal, a studio estimate per climate).
/// </summary>
public sealed record MonthlyNormals(string Station, string SourceId, IReadOnlyList<double> HighC, IReadOnlyList<double> LowC, double DailySpreadK)
{
    public static MonthlyNormals FromCelsius(string station, string sourceId, double[] highC, double[] lowC, double dailySpreadK) =>
        new(station, sourceId, highC, lowC, dailySpreadK);

    /// <summary>US normals are published in °F; they are kept as published and converted here.</summary>
    public static MonthlyNormals FromFahrenheit(string station, string sourceId, double[] highF, double[] lowF, double dailySpreadK) =>
        new(station, sourceId, [.. highF.Select(ToCelsius)], [.. lowF.Select(ToCelsius)], dailySpreadK);

    public Evidence Evidence => new(EvidenceKind.Estimate, [SourceId],
        string.Create(CultureInfo.InvariantCulture,
            $"Typical year synthesized from the monthly normals of {Station}: a daily cycle between the normal high and low, with day-to-day weather of ±{DailySpreadK:0.#} K"));

    private static double ToCelsius(double fahrenheit) => (fahrenheit - 32) * 5 / 9;
}
