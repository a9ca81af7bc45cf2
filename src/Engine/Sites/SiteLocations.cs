namespace Studio.Engine.Sites;

/// <summary>A built-in site: the climate its heat rejection works against.</summary>
/// <param name="Koppen">Köppen climate class (Cfa humid subtropical, BWh hot desert, ...).</param>
public sealed record SiteLocation(string Id, string Name, string Koppen, string Climate);

/// <summary>Locations a scenario can name. Hourly weather for each comes with the facility model.</summary>
public static class SiteLocations
{
    public static IReadOnlyList<SiteLocation> All { get; } =
    [
        new("ashburn-va", "Ashburn, Virginia, US", "Cfa", "Humid subtropical: hot, humid summers"),
        new("dallas-tx", "Dallas, Texas, US", "Cfa", "Humid subtropical: very hot summers"),
        new("phoenix-az", "Phoenix, Arizona, US", "BWh", "Hot desert: dry-bulb above 40 °C in summer"),
        new("quincy-wa", "Quincy, Washington, US", "BSk", "Cold semi-arid: cool nights, dry"),
        new("frankfurt-de", "Frankfurt, Germany", "Cfb", "Temperate oceanic"),
        new("oslo-no", "Oslo, Norway", "Dfb", "Humid continental: cold winters, mild summers"),
        new("singapore", "Singapore", "Af", "Tropical rainforest: warm and humid all year"),
    ];

    public static bool TryGet(string id, out SiteLocation location)
    {
        location = All.FirstOrDefault(l => l.Id == id)!;
        return location is not null;
    }
}
