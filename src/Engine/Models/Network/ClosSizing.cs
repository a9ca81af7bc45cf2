namespace Studio.Engine.Models.Network;

/// <summary>
/// One plane of a folded-Clos fabric as sized for a layout: its tiers, how many switches each holds and where they
/// stand. Counts are per plane; a multi-plane fabric has as many of each in every plane.
/// </summary>
/// <param name="LeavesPerRow">Leaves serving each row, by hall then row, in the layout's order.</param>
/// <param name="SpinesPerHall">Second-tier switches standing in each hall: a two-tier fabric's spines when all its
/// leaves are in one hall, or a three-tier fabric's aggregation spines, which stay with their pods.</param>
/// <param name="CentralSpines">A two-tier fabric's spines when its leaves span halls: they stand in the network room.</param>
/// <param name="Cores">Third-tier switches, in the network room.</param>
/// <param name="LeafUplinks">Links from leaves to the second tier.</param>
/// <param name="SpineUplinks">Links from the second tier to the cores.</param>
public sealed record ClosPlane(
    int Tiers,
    int DownPortsPerLeaf,
    int UpPortsPerLeaf,
    IReadOnlyList<IReadOnlyList<int>> LeavesPerRow,
    IReadOnlyList<int> SpinesPerHall,
    int CentralSpines,
    int Cores,
    long LeafUplinks,
    long SpineUplinks,
    int Pods,
    bool ExceedsThreeTiers)
{
    public int Leaves => LeavesPerRow.Sum(h => h.Sum());

    public int Spines => SpinesPerHall.Sum() + CentralSpines;

    public int Switches => Leaves + Spines + Cores;
}

/// <summary>
/// Sizes one plane of a rail-optimised folded Clos from its endpoints. Leaves serve one rail each (a rail-optimised
/// fabric keeps a tray's n-th NIC on the n-th rail's leaves, so that same-rail traffic turns at the leaf) and fill a
/// hall's rows in order, so that neighbouring rows share a leaf rather than each rounding up its own; the leaves' ports
/// split down:up by the oversubscription; spines and cores are non-blocking.
/// <list type="bullet">
/// <item>One tier: every rail's endpoints fit one switch, so each switch holds whole rails with all its ports down.</item>
/// <item>Two tiers: at most one leaf per spine port (radix leaves), so every spine reaches every leaf.</item>
/// <item>Three tiers: pods of at most radix/2 leaves within a hall, each with aggregation spines that give half their
/// ports to the pod and half to the cores; at most radix pods (each core reaches every pod). Beyond that a fourth tier
/// is needed, which the studio does not size: the counts are then a lower bound.</item>
/// </list>
/// </summary>
public static class ClosSizing
{
    /// <param name="endpointsPerRailByHall">Per hall, per row: the endpoint ports of one rail in one plane.</param>
    public static ClosPlane Size(IReadOnlyList<IReadOnlyList<int>> endpointsPerRailByHall, int rails, int radix, double oversubscription)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(radix, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(rails, 1);
        var zeroRows = endpointsPerRailByHall.Select(h => (IReadOnlyList<int>)[.. h.Select(_ => 0)]).ToList();
        var zeroHalls = endpointsPerRailByHall.Select(_ => 0).ToList();
        long perRail = endpointsPerRailByHall.Sum(h => h.Sum(e => (long)e));
        if (perRail == 0)
        {
            return new ClosPlane(0, 0, 0, zeroRows, zeroHalls, 0, 0, 0, 0, 0, false);
        }

        if (perRail <= radix)
        {
            // Whole rails on each switch, as many as its ports hold: counted with the row that has the most endpoints.
            var railsPerSwitch = (int)(radix / perRail);
            var switches = (rails + railsPerSwitch - 1) / railsPerSwitch;
            var (hall, row) = Busiest(endpointsPerRailByHall);
            var single = endpointsPerRailByHall.Select((h, hi) => (IReadOnlyList<int>)[.. h.Select((_, ri) => hi == hall && ri == row ? switches : 0)]).ToList();
            return new ClosPlane(1, radix, 0, single, zeroHalls, 0, 0, 0, 0, 0, false);
        }

        var down = DownPorts(radix, oversubscription);
        var up = radix - down;
        var leavesPerRow = endpointsPerRailByHall.Select(h => LeavesByRow(h, rails, down)).ToList();
        var leavesPerHall = leavesPerRow.Select(h => h.Sum()).ToList();
        var leaves = leavesPerHall.Sum();
        long leafUplinks = (long)leaves * up;

        if (leaves <= radix)
        {
            var spines = (int)CeilDiv(leafUplinks, radix);
            var oneHall = leavesPerHall.Count(l => l > 0) == 1;
            var perHall = leavesPerHall.Select(l => oneHall && l > 0 ? spines : 0).ToList();
            return new ClosPlane(2, down, up, leavesPerRow, perHall, oneHall ? 0 : spines, 0, leafUplinks, 0, 0, false);
        }

        var half = radix / 2;
        var pods = 0;
        var aggregationPerHall = new List<int>();
        foreach (var hallLeaves in leavesPerHall)
        {
            var hallPods = hallLeaves == 0 ? 0 : CeilDiv(hallLeaves, half);
            var aggregation = 0;
            for (var p = 0; p < hallPods; p++)
            {
                // Leaves split as evenly as the pods allow.
                var podLeaves = (hallLeaves / hallPods) + (p < hallLeaves % hallPods ? 1 : 0);
                aggregation += (int)CeilDiv((long)podLeaves * up, half);
            }

            pods += hallPods;
            aggregationPerHall.Add(aggregation);
        }

        long spineUplinks = (long)aggregationPerHall.Sum() * half;
        var cores = (int)CeilDiv(spineUplinks, radix);
        return new ClosPlane(3, down, up, leavesPerRow, aggregationPerHall, 0, cores, leafUplinks, spineUplinks, pods, pods > radix);
    }

    /// <summary>
    /// A hall's leaves for one rail fill in row order, so a leaf whose ports are left over at the end of one row takes the
    /// next row's first endpoints (it stands between them). Each row reports the leaves that start in it.
    /// </summary>
    private static IReadOnlyList<int> LeavesByRow(IReadOnlyList<int> endpointsPerRail, int rails, int down)
    {
        var leaves = new int[endpointsPerRail.Count];
        long before = 0;
        for (var r = 0; r < leaves.Length; r++)
        {
            var after = before + endpointsPerRail[r];
            leaves[r] = rails * (int)(CeilDiv(after, down) - CeilDiv(before, down));
            before = after;
        }

        return leaves;
    }

    /// <summary>Ports of a leaf facing its endpoints: n:1 oversubscription gives n parts down to one part up.</summary>
    public static int DownPorts(int radix, double oversubscription)
    {
        var down = (int)Math.Floor((radix * oversubscription / (oversubscription + 1)) + 1e-9);
        return Math.Clamp(down, 1, radix - 1);
    }

    /// <summary>The most endpoints of one rail that two tiers of this switch reach: radix leaves of their down ports.</summary>
    public static long TwoTierReach(int radix, double oversubscription) => (long)radix * DownPorts(radix, oversubscription);

    private static (int Hall, int Row) Busiest(IReadOnlyList<IReadOnlyList<int>> byHall)
    {
        (int Hall, int Row, int Count) best = (0, 0, -1);
        for (var h = 0; h < byHall.Count; h++)
        {
            for (var r = 0; r < byHall[h].Count; r++)
            {
                if (byHall[h][r] > best.Count)
                {
                    best = (h, r, byHall[h][r]);
                }
            }
        }

        return (best.Hall, best.Row);
    }

    private static int CeilDiv(int a, int b) => (a + b - 1) / b;

    private static long CeilDiv(long a, long b) => (a + b - 1) / b;
}
