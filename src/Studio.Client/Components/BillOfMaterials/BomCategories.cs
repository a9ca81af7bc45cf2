namespace Studio.Client.Components.BillOfMaterials;

/// <summary>
/// The bill of materials' categories in reading order (the contract's ids), with the names and colours the table's
/// filter and the capex chart share. A category a later server adds comes last under its own id.
/// </summary>
public static class BomCategories
{
    public static IReadOnlyList<(string Id, string Name, string Color)> Known { get; } =
    [
        ("compute", "Compute", "#76b900"),
        ("network", "Network", "#3aa6ff"),
        ("power", "Power", "#ffb300"),
        ("cooling", "Cooling", "#26c6da"),
        ("facility", "Facility", "#b68cff"),
    ];

    private const string OtherColor = "#9aa7b4";

    /// <summary>"Compute" for "compute"; an unknown id as it is.</summary>
    public static string Name(string id) => Known.FirstOrDefault(c => c.Id == id).Name ?? id;

    public static string Color(string id) => Known.FirstOrDefault(c => c.Id == id).Color ?? OtherColor;

    /// <summary>The categories these ids use, known ones in their order, then the rest as they come.</summary>
    public static IReadOnlyList<string> InOrder(IEnumerable<string> ids)
    {
        var used = ids.Distinct(StringComparer.Ordinal).ToList();
        return [.. Known.Select(c => c.Id).Where(used.Contains), .. used.Where(id => Known.All(c => c.Id != id))];
    }

    /// <summary>Sorts categories in reading order rather than alphabetically.</summary>
    public static int Rank(string id)
    {
        for (var i = 0; i < Known.Count; i++)
        {
            if (Known[i].Id == id)
            {
                return i;
            }
        }

        return Known.Count;
    }
}
