using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Rules;

public sealed class FabricRuleTests
{
    private static Scenario Rubin(NetworkPlan network, int halls = 1, int racksPerRow = 100, ScaleOutSwitchSpec? rowSwitch = null)
    {
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)]);
        var plan = new FactoryPlan([.. Enumerable.Range(1, halls).Select(h => new Hall($"hall-{h}", $"Hall {h}",
            [new RackRow($"row-{h}", $"Row {h}", "rack-1", racksPerRow, Redundancy.NPlusOne, Switch: rowSwitch)]))])
        {
            Network = network,
        };
        return scenario with { Factory = plan };
    }

    private static List<Diagnostic> Check(Scenario scenario) => [.. new FabricRule().Check(DesignAnalysis.Of(scenario))];

    [Fact]
    public void Check_DefaultFabric_FindsNothing()
    {
        Assert.Empty(Check(Rubin(NetworkPlan.Default)));
    }

    [Fact]
    public void Check_FortyHallsOnCoPackagedCores_SaysTheRunsExceedTheirReach()
    {
        // 40 halls of one 100-rack row (60 m wide) with 30 m between: the site is 40 × 60 + 39 × 30 = 3,570 m long, so the
        // outer halls' spines are ~1.8 km from the cores, beyond the 500 m co-packaged optics drive.
        var plan = new NetworkPlan { ScaleOut = new ScaleOutPlan { Optics = SwitchOptics.CoPackaged } };
        var finding = Assert.Single(Check(Rubin(plan, halls: 40)), d => d.Code == FabricRule.ReachExceeded);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("spine–core", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RailsUnlikeTheTraysNics_Warns()
    {
        var finding = Assert.Single(Check(Rubin(new NetworkPlan { ScaleOut = new ScaleOutPlan { Rails = 4 } })), d => d.Code == FabricRule.RailsMismatch);

        Assert.Contains("8 NICs", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["rack-1"], finding.PartIds);
    }

    [Fact]
    public void Check_OversubscribedTrainingFactory_WarnsAndServingOneInforms()
    {
        var plan = new NetworkPlan { ScaleOut = new ScaleOutPlan { Oversubscription = 2 } };
        var serving = Rubin(plan);
        var training = serving with { Workload = serving.Workload with { Training = TrainingWorkload.Default(serving.Workload.Model) } };

        Assert.Equal(Severity.Info, Assert.Single(Check(serving), d => d.Code == FabricRule.Oversubscribed).Severity);
        Assert.Equal(Severity.Warning, Assert.Single(Check(training), d => d.Code == FabricRule.Oversubscribed).Severity);
    }

    [Fact]
    public void Check_PluggableSwitchInACoPackagedPlane_WarnsOnTheRow()
    {
        var sn5600 = (ScaleOutSwitchSpec)TestDesigns.Catalog.Get("net.spectrum-x800-sn5600");
        var plan = new NetworkPlan { ScaleOut = new ScaleOutPlan { Switch = (ScaleOutSwitchSpec)TestDesigns.Catalog.Get("vr.spectrum-x-photonics") } };

        var finding = Assert.Single(Check(Rubin(plan, rowSwitch: sn5600)), d => d.Code == FabricRule.MixedOptics);

        Assert.Equal(["row-1"], finding.PartIds);
    }

    [Fact]
    public void Check_StorageBeyondTheDpus_Warns()
    {
        // 1,800 BlueField-4 ports × 800 Gb/s / 8 = 180,000 GB/s: ask for more.
        var plan = new NetworkPlan { Storage = new StoragePlan { BandwidthGBps = 200_000 } };

        Assert.Single(Check(Rubin(plan)), d => d.Code == FabricRule.StorageBeyondDpus);
    }
}
