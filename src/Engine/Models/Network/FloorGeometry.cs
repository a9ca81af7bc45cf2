using Studio.Engine.Models.Factory;

namespace Studio.Engine.Models.Network;

/// <summary>
/// The longest cable runs the layout implies. A row is one line of racks with its leaves at its middle (or between it
/// and its neighbour, for a leaf the two share); a hall's rows
/// stand side by side at the row pitch with its spines at the hall's middle; halls stand side by side with the network
/// room (cores, central spines, storage) at the middle of the site. Each length adds the slack of both ends.
/// </summary>
public sealed record FloorGeometry(double AlongRowM, double AcrossHallM, double ToSiteCentreM, string SingleHallLabel)
{
    public string SingleSwitchWhere => SingleHallLabel;

    public static FloorGeometry Of(IReadOnlyList<HallAnalysis> halls)
    {
        var width = NetworkDefaults.RackWidthM.Value;
        var pitch = NetworkDefaults.RowPitchM.Value;
        var slack = NetworkDefaults.SlackM.Value;
        var placed = halls.Where(h => h.Rows.Any(r => r.RackCount > 0)).ToList();
        if (placed.Count == 0)
        {
            return NetworkRoomOnly();
        }

        double RowLength(RowAnalysis r) => r.RackCount * width;
        double HallWidth(HallAnalysis h) => h.Rows.Max(RowLength);
        double HallDepth(HallAnalysis h) => h.Rows.Count(r => r.RackCount > 0) * pitch;

        // A leaf stands at its row's middle, or between two neighbouring rows when it serves both.
        var shared = placed.Any(h => h.Rows.Count(r => r.RackCount > 0) > 1) ? pitch : 0;
        var alongRow = (placed.Max(h => h.Rows.Max(RowLength)) / 2) + shared + slack;

        // From a row's middle to its hall's middle: across the rows.
        var acrossHall = placed.Max(h => HallDepth(h) / 2) + slack;

        // Halls side by side along their width; the network room at the middle of the line.
        var gap = NetworkDefaults.HallGapM.Value;
        var siteWidth = placed.Sum(HallWidth) + (gap * (placed.Count - 1));
        var start = 0.0;
        var toCentre = 0.0;
        foreach (var hall in placed)
        {
            var centre = start + (HallWidth(hall) / 2);
            toCentre = Math.Max(toCentre, Math.Abs(centre - (siteWidth / 2)) + (HallWidth(hall) / 2) + (HallDepth(hall) / 2));
            start += HallWidth(hall) + gap;
        }

        var label = placed.Count == 1 ? placed[0].Hall.Label : "network room";
        return new FloorGeometry(alongRow, acrossHall, toCentre + slack, label);
    }

    /// <summary>Links that start in the network room (the storage fabric, the border to it) run within the room.</summary>
    public static FloorGeometry NetworkRoomOnly()
    {
        var room = NetworkDefaults.NetworkRoomLinkM.Value;
        return new FloorGeometry(room, room, room, "network room");
    }

    /// <summary>The front-end fabric spans the halls and the network room, where its storage links land.</summary>
    public FloorGeometry WithNetworkRoom() => this with { SingleHallLabel = "network room" };
}
