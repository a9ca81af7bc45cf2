using Studio.Engine.Provenance;

namespace Studio.Engine.Models.Network;

/// <summary>
/// The figures the fabric model assumes where the layout does not say: how the floor is laid out (for link lengths),
/// what co-packaged optics reach, and how much storage a GPU needs. Each is a stated estimate a user can see.
/// </summary>
public static class NetworkDefaults
{
    /// <summary>Width of one rack along its row (the NVL72 racks are MGX-class, 600 mm wide).</summary>
    public static Figure RackWidthM { get; } = Figure.Estimate(0.6, 0.6, 0.6, "m", "600 mm MGX-class rack (studio estimate)");

    /// <summary>Row to row: a rack's depth and its share of the hot and cold aisles.</summary>
    public static Figure RowPitchM { get; } = Figure.Estimate(3.0, 2.6, 3.6, "m", "1.1 m rack depth and 1.9 m of aisles (studio estimate)");

    /// <summary>Cable beyond the straight run: up the rack, along the tray, down to the port, at both ends.</summary>
    public static Figure SlackM { get; } = Figure.Estimate(6, 4, 10, "m", "Vertical runs and routing at both ends (studio estimate)");

    /// <summary>Space between neighbouring halls' blocks: walls, corridors, plant rooms.</summary>
    public static Figure HallGapM { get; } = Figure.Estimate(30, 15, 60, "m", "Walls, corridors and electrical rooms between halls (studio estimate)");

    /// <summary>Links inside the network room, where the storage racks and border switches stand.</summary>
    public static Figure NetworkRoomLinkM { get; } = Figure.Estimate(20, 10, 40, "m", "Within one room (studio estimate)");

    /// <summary>What co-packaged optical engines drive: single-mode, DR-class.</summary>
    public static Figure CoPackagedReachM { get; } = Figure.Estimate(500, 500, 500, "m",
        "No published reach: co-packaged engines are single-mode 200G-per-lane, as DR-class optics (studio estimate)", "X24");

    /// <summary>Light in fibre: about 5 ns per metre (refractive index ≈ 1.47).</summary>
    public const double FibreNsPerM = 4.9;

    /// <summary>Storage read bandwidth per GPU when none is set: what data loading and checkpoint restore need.</summary>
    public static Figure StorageReadGBpsPerGpu { get; } = Figure.Estimate(0.5, 0.15, 1.0, "GB/s",
        "Order of NVIDIA's reference-architecture storage guidance for training clusters (studio estimate)", "X25");

    /// <summary>Usable storage per GPU when none is set: datasets and a few checkpoints.</summary>
    public static Figure StorageTbPerGpu { get; } = Figure.Estimate(1, 0.3, 3, "TB", "Datasets and retained checkpoints (studio estimate)", "X25");
}
