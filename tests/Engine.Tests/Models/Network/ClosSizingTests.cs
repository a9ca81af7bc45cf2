using Studio.Engine.Models.Network;

namespace Studio.Engine.Tests.Models.Network;

public sealed class ClosSizingTests
{
    [Fact]
    public void Size_EveryRailFitsOneSwitch_IsOneTierOfOneSwitchPerRail()
    {
        // A pod of 4 Vera Rubin racks: 72 trays, so 72 NICs per rail ≤ 128 ports; ⌊128 / 72⌋ = 1 rail per switch, so 8
        // rail switches and nothing above.
        var plane = ClosSizing.Size([[72]], rails: 8, radix: 128, oversubscription: 1);

        Assert.Equal(1, plane.Tiers);
        Assert.Equal(8, plane.Leaves);
        Assert.Equal(0, plane.Spines);
        Assert.Equal(0, plane.LeafUplinks);
    }

    [Fact]
    public void Size_SmallRailsShareASwitch_PutsWholeRailsOnEachSwitch()
    {
        // One Vera Rubin rack: 18 NICs per rail; ⌊128 / 18⌋ = 7 rails fit one switch, so 8 rails take 2.
        Assert.Equal(2, ClosSizing.Size([[18]], rails: 8, radix: 128, oversubscription: 1).Leaves);
    }

    [Fact]
    public void Size_DgxSuperPodH100FourUnits_MatchesThePublishedLeafAndSpineCounts()
    {
        // NVIDIA DGX SuperPOD (H100) reference architecture: a scalable unit is 32 nodes × 8 rail NICs of 400G on 64-port
        // switches; 8 leaves per unit and 16 spines for 4 units. Here: ⌈32 / 32⌉ × 8 rails = 8 leaves per unit, 32 leaves,
        // 32 × 32 uplinks / 64 = 16 spines.
        var plane = ClosSizing.Size([[32, 32, 32, 32]], rails: 8, radix: 64, oversubscription: 1);

        Assert.Equal(2, plane.Tiers);
        Assert.Equal([8, 8, 8, 8], plane.LeavesPerRow[0]);
        Assert.Equal(16, plane.Spines);
    }

    [Fact]
    public void Size_IssuesFiftyRackRow_NeedsAboutThreeAndAHalfSwitchesPerRack()
    {
        // 50 Vera Rubin racks: 900 NICs per rail; 8 × ⌈900 / 64⌉ = 120 leaves, 120 × 64 / 128 = 60 spines: 180 switches,
        // 3.6 per rack (the issue's 3.4 is 144 / 64 + 144 / 128 without the rails' rounding).
        var plane = ClosSizing.Size([[900]], rails: 8, radix: 128, oversubscription: 1);

        Assert.Equal(180, plane.Switches);
        Assert.Equal(3.6, plane.Switches / 50.0, 6);
    }

    [Fact]
    public void Size_TwoToOneOversubscription_GivesLeavesMoreDownPortsAndFewerSpines()
    {
        // 2:1 on 128 ports: ⌊128 × 2/3⌋ = 85 down, 43 up. 900 per rail → 8 × ⌈900 / 85⌉ = 88 leaves, 88 × 43 / 128 → 30 spines.
        var plane = ClosSizing.Size([[900]], rails: 8, radix: 128, oversubscription: 2);

        Assert.Equal((85, 43), (plane.DownPortsPerLeaf, plane.UpPortsPerLeaf));
        Assert.Equal(88, plane.Leaves);
        Assert.Equal(30, plane.Spines);
    }

    [Fact]
    public void Size_MoreLeavesThanPorts_AddsACoreTierWithPodsPerHall()
    {
        // 60 racks on one plane of 128 ports: 8 × ⌈1,080 / 64⌉ = 136 leaves > 128, so three tiers. Pods of at most 64 leaves:
        // ⌈136 / 64⌉ = 3 pods (46, 45, 45), each with as many aggregation spines as leaves (64 up / 64 down); cores take
        // 136 × 64 / 128 = 68.
        var plane = ClosSizing.Size([[1080]], rails: 8, radix: 128, oversubscription: 1);

        Assert.Equal(3, plane.Tiers);
        Assert.Equal(136, plane.Leaves);
        Assert.Equal(3, plane.Pods);
        Assert.Equal(136, plane.Spines);
        Assert.Equal(68, plane.Cores);
        Assert.False(plane.ExceedsThreeTiers);
    }

    [Fact]
    public void Size_ThousandRacksInTenRows_IsThreeTiersWithinOneHall()
    {
        // 10 rows × 100 racks × 18 trays: 1,800 NICs per rail per row. A rail's leaves fill the rows in order, so a row
        // shares its last leaf with the next: 18,000 / 64 = 281.25 → 282 leaves a rail, 2,256 in all (rounding each row
        // alone would take 8 × 10 × ⌈1,800 / 64⌉ = 2,320). Rows 1 and 9 start 29 leaves a rail, the others 28.
        // ⌈2,256 / 64⌉ = 36 pods; 2,256 aggregation spines (64 up per leaf, 64 down per spine); 2,256 × 64 / 128 = 1,128
        // cores: 5,640 switches, 5.64 per rack.
        var plane = ClosSizing.Size([[.. Enumerable.Repeat(1800, 10)]], rails: 8, radix: 128, oversubscription: 1);

        Assert.Equal(3, plane.Tiers);
        Assert.Equal([232, 224, 224, 224, 224, 224, 224, 224, 232, 224], plane.LeavesPerRow[0]);
        Assert.Equal(2256, plane.Leaves);
        Assert.Equal(36, plane.Pods);
        Assert.Equal(2256, plane.Spines);
        Assert.Equal(1128, plane.Cores);
        Assert.Equal(5640, plane.Switches);
    }

    [Fact]
    public void Size_RowsOfOneAndAHalfLeaves_ShareTheirLastLeaf()
    {
        // 4 rows of 24 endpoints on 32-port switches (16 down): rounding each row alone takes 2 leaves a row, 8. Filled in
        // row order, ⌈96 / 16⌉ = 6: rows 1 and 3 start 2 (⌈24 / 16⌉, ⌈72 / 16⌉ − ⌈48 / 16⌉), rows 2 and 4 one. 6 × 16 / 32 = 3
        // spines.
        var plane = ClosSizing.Size([[24, 24, 24, 24]], rails: 1, radix: 32, oversubscription: 1);

        Assert.Equal(2, plane.Tiers);
        Assert.Equal([2, 1, 2, 1], plane.LeavesPerRow[0]);
        Assert.Equal(3, plane.Spines);
    }

    [Fact]
    public void Size_MorePodsThanACoreHasPorts_SaysAFourthTierIsNeeded()
    {
        // 8-port switches: 4 down per leaf; 40 endpoints on one rail → 10 leaves > 8, pods of 4 → 3 pods ≤ 8: fine.
        // 200 endpoints → 50 leaves → 13 pods > 8 ports of a core.
        Assert.False(ClosSizing.Size([[40]], 1, 8, 1).ExceedsThreeTiers);
        Assert.True(ClosSizing.Size([[200]], 1, 8, 1).ExceedsThreeTiers);
    }

    [Fact]
    public void Size_LeavesInTwoHalls_PutsTwoTierSpinesInTheNetworkRoom()
    {
        var plane = ClosSizing.Size([[100], [100]], rails: 1, radix: 128, oversubscription: 1);

        // ⌈100 / 64⌉ = 2 leaves per hall; 4 × 64 / 128 = 2 spines, central because the leaves span halls.
        Assert.Equal(2, plane.Tiers);
        Assert.Equal(2, plane.CentralSpines);
        Assert.Equal([0, 0], plane.SpinesPerHall);
    }
}
