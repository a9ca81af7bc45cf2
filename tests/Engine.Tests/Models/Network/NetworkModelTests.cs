using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Models;
using Studio.Engine.Models.Network;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Network;

/// <summary>The factory's networks sized from its layout: counts by hand, power and price from the catalog's figures.</summary>
public sealed class NetworkModelTests
{
    private static readonly ScenarioEvaluator s_evaluator = new(Studio.Engine.Rules.DesignRuleSet.Default);

    private static Scenario Rubin(int racks, NetworkPlan? network = null, int rows = 1)
    {
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)]);
        var plan = new FactoryPlan([new Hall("hall-1", "Hall 1",
            [.. Enumerable.Range(1, rows).Select(i => new RackRow($"row-{i}", $"Row {i}", "rack-1", racks, Redundancy.NPlusOne))])])
        {
            Network = network ?? NetworkPlan.Default,
        };
        return scenario with { Factory = plan };
    }

    private static NetworkAnalysis NetworkOf(Scenario scenario) => DesignAnalysis.Of(scenario).Factory.Network;

    [Fact]
    public void Build_HundredRubinRacks_ChoosesTwoPlanesToStayAtTwoTiers()
    {
        var network = NetworkOf(Rubin(100));
        var fabric = network.ScaleOut!;

        // 1,800 trays × 8 ConnectX-9 of 800 Gb/s on the 102.4 Tb/s Photonics switch (lanes of 200 Gb/s):
        //   1 plane of 800G, 128 ports: 8 × ⌈1,800 / 64⌉ = 232 leaves > 128 → three tiers.
        //   2 planes of 400G, 256 ports: 8 × ⌈1,800 / 128⌉ = 120 leaves, 120 × 128 / 256 = 60 spines → 180 a plane, 360.
        //   4 planes of 200G, 512 ports: 8 × ⌈1,800 / 256⌉ = 64 leaves, 32 spines → 96 a plane, 384.
        Assert.Equal(2, fabric.Planes);
        Assert.Equal(400, fabric.PortGbps);
        Assert.Equal(["leaf", "spine"], fabric.Tiers.Select(t => t.Name));
        Assert.Equal([240, 120], fabric.Tiers.Select(t => t.Switches));
        Assert.Equal(3, fabric.HopCount);

        // 28,800 NIC links (14,400 NICs × 2 planes) on fibre, one 800G single-mode module at each NIC (the switch end is
        // co-packaged); 120 leaves × 128 uplinks × 2 planes = 30,720 leaf–spine fibres, no modules (both ends co-packaged).
        var nicLinks = fabric.Links[0];
        Assert.Equal(28_800, nicLinks.Links);
        Assert.Equal(14_400, nicLinks.Transceivers);
        Assert.True(nicLinks.Transceiver!.SingleMode);
        Assert.Equal(30_720, fabric.Links[1].Links);
        Assert.Equal(0, fabric.Links[1].Transceivers);

        // Power: 360 switches and 14,400 modules at their catalog figures; fibre draws nothing.
        var expectedKw = (360 * fabric.Switch.PowerKw.Value) + (14_400 * nicLinks.Transceiver.PowerKw.Value);
        Assert.Equal(expectedKw, fabric.PowerKw.Value, 1e-6);
    }

    [Fact]
    public void Build_HundredRubinRacks_SizesFrontEndAndStorageFromTheDpusAndTheGpus()
    {
        var network = NetworkOf(Rubin(100));

        // Storage: 7,200 GPUs × 0.5 GB/s = 3,600 GB/s → ⌈3,600 / 50⌉ = 72 nodes; 7,200 GPUs × 1 TB = 7.2 PB → 15 nodes.
        Assert.Equal(72, network.StorageNodes!.Count);
        Assert.Equal("bandwidth", network.StorageNodes.SizedBy);

        // Front-end: one BlueField-4 port of 800 Gb/s per tray, 1,800, and 3,600 GB/s × 8 / 800 = 36 storage links, on
        // 64-port SN5600s, 32 down: ⌈1,800 / 32⌉ + ⌈36 / 32⌉ = 57 + 2 = 59 leaves, ⌈59 × 32 / 64⌉ = 30 spines.
        var frontEnd = network.FrontEnd!;
        Assert.Equal(1836, frontEnd.Endpoints);
        Assert.Equal([59, 30], frontEnd.Tiers.Select(t => t.Switches));

        // Storage fabric: 72 nodes × 2 ports of 400G + 36 × 800 / 400 = 72 border ports = 216 on 128 ports of 400G:
        // ⌈216 / 64⌉ = 4 leaves, 2 spines.
        Assert.Equal(216, network.Storage!.Endpoints);
        Assert.Equal([4, 2], network.Storage.Tiers.Select(t => t.Switches));
    }

    [Fact]
    public void Build_FrontEndBeyondThreeTiersOfOnePortATray_SplitsEachDpuIntoTwoPorts()
    {
        // 4,000 racks (40 rows of 100): 72,000 trays. One BlueField-4 port of 800 Gb/s a tray on 64-port SN5600s (32 down):
        // ⌈72,000 / 32⌉ = 2,250 leaves in ⌈2,250 / 32⌉ = 71 pods, more than a core's 64 ports: beyond three tiers. Split
        // into two ports of 400 Gb/s (the switch's lanes), 128 ports (64 down): 144,000 / 64 = 2,250 leaves in 36 pods of
        // 64, three tiers. The 288,000 GPUs' 144,000 GB/s of storage land on ⌈144,000 × 8 / 400⌉ = 2,880 border ports in the
        // network room: 45 more leaves.
        var chosen = NetworkOf(Rubin(100, rows: 40)).FrontEnd!;
        var pinned = NetworkOf(Rubin(100, new NetworkPlan { FrontEnd = new FrontEndPlan { PortsPerTray = 1 } }, rows: 40)).FrontEnd!;

        Assert.True(pinned.ExceedsThreeTiers);
        Assert.False(chosen.ExceedsThreeTiers);
        Assert.Equal(400, chosen.PortGbps);
        Assert.Equal(3, chosen.Tiers.Count);
        Assert.Equal(2250 + 45, chosen.Tiers[0].Switches);
    }

    [Fact]
    public void Build_SmallPod_IsOneTierOfRailSwitches()
    {
        // 4 racks: 72 NICs per rail, one tier at any plane count. One plane of 128 ports: ⌊128 / 72⌋ = 1 rail a switch,
        // 8 switches; two of 256: 3 rails a switch, 3 × 2 = 6; four of 512: 7 rails, 2 × 4 = 8. Two planes are fewest.
        var fabric = NetworkOf(Rubin(4)).ScaleOut!;

        Assert.Equal(2, fabric.Planes);
        Assert.Equal(6, fabric.SwitchCount);
        Assert.Equal(1, fabric.HopCount);
    }

    [Fact]
    public void Build_PinnedOnePlaneThousandRacks_AddsTheCoreTier()
    {
        var plan = new NetworkPlan { ScaleOut = new ScaleOutPlan { Planes = 1 } };
        var fabric = NetworkOf(Rubin(100, plan, rows: 10)).ScaleOut!;

        // As ClosSizingTests: 2,256 leaves, 2,256 aggregation spines in 36 pods, 1,128 cores.
        Assert.Equal(["leaf", "spine", "core"], fabric.Tiers.Select(t => t.Name));
        Assert.Equal([2256, 2256, 1128], fabric.Tiers.Select(t => t.Switches));
        Assert.Equal(5, fabric.HopCount);
    }

    [Fact]
    public void Build_TwoToOne_HalvesWhatAGpuReachesAcrossTheFabric()
    {
        var blocking = NetworkOf(Rubin(100));
        var oversubscribed = NetworkOf(Rubin(100, new NetworkPlan { ScaleOut = new ScaleOutPlan { Oversubscription = 2 } }));

        // 8 × 800 Gb/s per 4 GPUs = 1,600 Gb/s non-blocking. At 2:1 a 256-port leaf gives ⌊256 × 2/3⌋ = 170 ports down
        // and 86 up: 1,600 × 86 / 170 = 809.4 Gb/s for traffic that leaves its leaf.
        Assert.Equal(1600, blocking.ScaleOutGbpsPerGpu!.Value, 1e-9);
        Assert.Equal(1600.0 * 86 / 170, oversubscribed.ScaleOutGbpsPerGpu!.Value, 1e-9);
        Assert.True(oversubscribed.ScaleOut!.SwitchCount < blocking.ScaleOut!.SwitchCount);
    }

    [Fact]
    public void Evaluate_TwoToOneOversubscription_SlowsTrainingThatCrossesTheFabric()
    {
        // A 405B dense model over 7,200 GPUs: its data-parallel reduction crosses the scale-out fabric. Halving what a GPU
        // reaches across it may lengthen a step; it can never shorten one.
        static Scenario Training(double oversubscription)
        {
            var scenario = Rubin(100, new NetworkPlan { ScaleOut = new ScaleOutPlan { Oversubscription = oversubscription } });
            var model = Studio.Engine.Workloads.ModelCatalog.All.Single(m => m.Id == "llama-3.1-405b");
            return scenario with { Workload = scenario.Workload with { Model = model, Precision = Precision.Bf16 } };
        }

        var blocking = s_evaluator.Evaluate(Training(1)).Find(MetricIds.TrainingStepSeconds)!.Value!.Value;
        var oversubscribed = s_evaluator.Evaluate(Training(2)).Find(MetricIds.TrainingStepSeconds)!.Value!.Value;

        Assert.True(oversubscribed > blocking, $"2:1 step {oversubscribed} s should be slower than non-blocking {blocking} s");
    }

    [Fact]
    public void Build_CoPackagedFabric_PutsNoModuleOnTheSwitchEnd()
    {
        var pluggable = NetworkOf(Rubin(100, new NetworkPlan { ScaleOut = new ScaleOutPlan { Optics = SwitchOptics.Pluggable } })).ScaleOut!;
        var coPackaged = NetworkOf(Rubin(100, new NetworkPlan { ScaleOut = new ScaleOutPlan { Optics = SwitchOptics.CoPackaged } })).ScaleOut!;

        Assert.Equal(SwitchOptics.Pluggable, pluggable.Switch.Optics);
        Assert.Equal(SwitchOptics.CoPackaged, coPackaged.Switch.Optics);

        // Pluggable: modules at both ends of every link; co-packaged: only at the NICs.
        Assert.True(pluggable.TransceiverCount > coPackaged.TransceiverCount);
        Assert.Equal(coPackaged.Links[0].Links * coPackaged.PortGbps / 800, coPackaged.TransceiverCount);
        Assert.True(coPackaged.PowerKw.Value < pluggable.PowerKw.Value);
    }

    [Fact]
    public void Build_NoGpusLaidOut_SizesNoNetwork()
    {
        var network = NetworkOf(Rubin(0));

        Assert.Null(network.ScaleOut);
        Assert.Null(network.StorageNodes);
        Assert.Equal(0, network.PowerKw.Value);
    }
}
