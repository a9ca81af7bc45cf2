using Studio.Engine.Catalog;
using Studio.Engine.Models;
using Studio.Engine.Models.Facility;
using Studio.Engine.Models.Power;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;

namespace Studio.Engine.Tests.Models.Power;

/// <summary>
/// Hand checks of the power train on a 100 MW training factory whose hottest hour draws 115 MW. Unless a test says
/// otherwise the figures are the defaults: substation 80 MW units, MV line-ups 20 MW, generators 3 MW, UPS 1.5 MW,
/// rack feed 2.5 MW (studio estimates), and a training step 15% above nominal (studio estimate from X37–X39).
/// </summary>
public sealed class PowerTrainModelTests
{
    private static readonly Figure s_itMw = Figure.User(100, "MW", "IT load");
    private static readonly Figure s_peakMw = Figure.User(115, "MW", "hottest-hour facility draw");

    private static PowerTrainResult Train(PowerTrainPlan train, bool training = true, bool smoothing = false) =>
        PowerTrainModel.Size(new PowerPlan { Train = train, PeakSmoothing = smoothing }, s_itMw, s_peakMw, training)!;

    private static PowerBlock BlockOf(PowerTrainResult result, PowerBlockKind kind) => result.Blocks.Single(b => b.Kind == kind);

    [Theory]
    [InlineData(ElectricalRedundancy.N, 7)]
    [InlineData(ElectricalRedundancy.NPlusOne, 8)]
    [InlineData(ElectricalRedundancy.TwoN, 14)]
    [InlineData(ElectricalRedundancy.DistributedRedundant, 10)]
    public void UnitsFor_SevenNeeded_FollowsTheRedundancyRule(ElectricalRedundancy redundancy, int expected)
    {
        // N = 7 (the MV line-ups of a 130 MW peak: ⌈130 / 20⌉). N → 7; N+1 → 8; 2N → 14; DR → ⌈4 × 7 / 3⌉ = ⌈9.33⌉ = 10.
        Assert.Equal(expected, PowerTrainModel.UnitsFor(redundancy, 7));
    }

    [Fact]
    public void UnitsFor_NothingNeeded_BuysNothing()
    {
        Assert.Equal(0, PowerTrainModel.UnitsFor(ElectricalRedundancy.TwoN, 0));
    }

    [Theory]
    [InlineData(ElectricalRedundancy.N, 2)]
    [InlineData(ElectricalRedundancy.NPlusOne, 3)]
    [InlineData(ElectricalRedundancy.TwoN, 4)]
    [InlineData(ElectricalRedundancy.DistributedRedundant, 3)]
    public void Size_SubstationOnTheGridPeak_BuysUnitsForItsRedundancy(ElectricalRedundancy redundancy, int expected)
    {
        // Grid peak 115 MW + 100 × 0.15 = 130 MW; ⌈130 / 80 MW⌉ = 2 transformers. N 2, N+1 3, 2N 4, DR ⌈8/3⌉ = 3.
        var substation = BlockOf(Train(new PowerTrainPlan { TransformerRedundancy = redundancy }), PowerBlockKind.Substation);

        Assert.Equal(2, substation.UnitsNeeded);
        Assert.Equal(expected, substation.Units);
        Assert.False(substation.Placed);
    }

    [Fact]
    public void LossFraction_Ac415_IsOneOverTheChainsEfficienciesMinusOne()
    {
        // Substation 0.995 (X42, estimate) × MV 0.999 × double-conversion UPS 0.97 (X34) × MV/LV transformer and
        // switchboard 0.985 (X42, estimate) = 0.949722; 1 / 0.949722 − 1 = 0.05294. Ends: 1 / (0.997 × 0.9995 × 0.98 ×
        // 0.993) − 1 = 0.0312 and 1 / (0.993 × 0.998 × 0.95 × 0.975) − 1 = 0.0894.
        var loss = PowerTrainModel.LossFraction(PowerPlan.Default);

        Assert.Equal(0.05294, loss.Value, 4);
        Assert.Equal(0.0312, loss.Low, 4);
        Assert.Equal(0.0894, loss.High, 4);
        Assert.Equal(EvidenceKind.Derived, loss.Evidence.Kind);
    }

    [Fact]
    public void LossFraction_Dc800_DropsTheDoubleConversionAndTheLvTransformer()
    {
        // Substation 0.995 × MV 0.999 × DC-bus batteries 0.999 × solid-state transformer 0.975 (X36, estimate) = 0.968186;
        // 1 / 0.968186 − 1 = 0.03286: 0.968 / 0.950 = 1.9% more energy reaches the busbars than on 415 VAC (NVIDIA
        // claims up to 5% end to end, X36, counting the racks' own conversions, which the IT load already includes).
        var loss = PowerTrainModel.LossFraction(new PowerPlan { Train = new PowerTrainPlan { Feed = RackFeed.Dc800 } });

        Assert.Equal(0.03286, loss.Value, 4);
        Assert.True(loss.Value < PowerTrainModel.LossFraction(PowerPlan.Default).Value);
    }

    [Fact]
    public void LossFraction_ScenarioGivesAFraction_ReturnsItExact()
    {
        var loss = PowerTrainModel.LossFraction(new PowerPlan { DistributionLossFraction = 0.04 });

        Assert.Equal(0.04, loss.Value);
        Assert.True(loss.Band.IsExact);
        Assert.Equal(EvidenceKind.User, loss.Evidence.Kind);
    }

    [Fact]
    public void Size_TrainingWithoutStorage_CarriesTheSwingToTheGrid()
    {
        // 115 MW facility peak + 100 MW × 0.15 swing = 130 MW, through the whole train and from the grid.
        var result = Train(PowerTrainPlan.Default);

        Assert.Equal(130, result.TransientPeakMw.Value, 6);
        Assert.Equal(130, result.GridPeakMw.Value, 6);
        Assert.Equal(130, result.InterconnectMw.Value, 6);
        Assert.DoesNotContain(result.Blocks, b => b.Kind == PowerBlockKind.Bess);
    }

    [Fact]
    public void Size_TrainingWithBess_ShieldsTheGridButNotTheTrain()
    {
        // The BESS carries the 15 MW swing: the grid sees the 115 MW facility peak, the MV still 130 MW.
        // BESS: ⌈15 / 2.5 MW⌉ = 6 blocks; 15 MW × 15 min / 60 = 3.75 MWh (ride-through after S20, estimate).
        // Capex 6 × 2.5 × 150,000 = 2.25M inverters + 3.75 × 250,000 = 0.9375M energy (X40, estimate) = 3.1875M.
        var result = Train(PowerTrainPlan.Default with { Bess = true });
        var bess = BlockOf(result, PowerBlockKind.Bess);

        Assert.Equal(130, result.TransientPeakMw.Value, 6);
        Assert.Equal(115, result.GridPeakMw.Value, 6);
        Assert.Equal(6, bess.Units);
        Assert.Equal(3_187_500, bess.CapexUsd.Value, 0);
        // The substation now carries ⌈115 / 80⌉ = 2 as before; the generators ⌈115 / 3⌉ = 39, N+1 → 40.
        Assert.Equal(40, BlockOf(result, PowerBlockKind.Generators).Units);
    }

    [Fact]
    public void Size_TrainingWithRackSmoothing_FlattensTheSwingForTheWholeTrain()
    {
        // The racks' storage cuts the peak by 25% (S20, 10–30%): max(0, 100 × 1.15 × 0.75 − 100) = 0, so nothing of the
        // swing leaves the racks; at the ends: low swing 0 → 0; high 100 × 1.5 × 0.9 − 100 = 35 MW.
        var result = Train(PowerTrainPlan.Default, smoothing: true);

        Assert.Equal(115, result.TransientPeakMw.Value, 6);
        Assert.Equal(115, result.GridPeakMw.Value, 6);
        Assert.Equal(150, result.TransientPeakMw.High, 6);
    }

    [Fact]
    public void Size_Serving_HasNoSwing()
    {
        var result = Train(PowerTrainPlan.Default, training: false);

        Assert.Equal(115, result.TransientPeakMw.Value, 6);
        Assert.True(result.TransientPeakMw.Band.IsExact);
    }

    [Fact]
    public void Size_HundredMegawattTraining_CountsEveryBlockAndItsCapex()
    {
        // Defaults (415 VAC; transformers and generators N+1, UPS distributed redundant), 130 MW transient, 115 MW IT peak:
        //   substation ⌈130 / 80⌉ = 2 → 3;            3 × 80 × 150,000 = 36.0M
        //   MV         ⌈130 / 20⌉ = 7 → 8;            8 × 20 × 60,000  =  9.6M
        //   generators ⌈130 / 3⌉ = 44 → 45;          45 × 3 × 800,000  = 108.0M
        //   UPS        ⌈115 / 1.5⌉ = 77 → ⌈308/3⌉ = 103; 103 × 1.5 × 400,000 = 61.8M
        //   rack feed  ⌈115 / 2.5⌉ = 46 → ⌈184/3⌉ = 62;   62 × 2.5 × 250,000 = 38.75M
        // Total 254.15M ($2.54M per MW of IT); the substation's 130 weeks (X31, X32) set the longest lead.
        var result = Train(PowerTrainPlan.Default);

        Assert.Equal([3, 8, 45, 103, 62], result.Blocks.Select(b => b.Units));
        Assert.Equal([2, 7, 44, 77, 46], result.Blocks.Select(b => b.UnitsNeeded));
        Assert.Equal(254_150_000, result.ElectricalCapexUsd.Value, 0);
        Assert.Equal(130, result.LongestLeadWeeks.Value);
        Assert.Equal(RackFeed.Ac415, result.Feed);
    }

    [Fact]
    public void Check_PlacedTransformersBelowN_IsOverCapacity()
    {
        // 1 placed against ⌈130 / 80⌉ = 2 needed.
        var result = Train(PowerTrainPlan.Default with { TransformerCount = 1 });
        var finding = Assert.Single(PowerTrainFindings.Check(result), d => d.Code == PowerTrainFindings.BlockOverCapacity);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.True(BlockOf(result, PowerBlockKind.Substation).Placed);
    }

    [Fact]
    public void Check_PlacedUpsBelowRedundancy_WarnsButCarriesTheLoad()
    {
        // 80 placed: at least the 77 the 115 MW needs, below DR's 103.
        var findings = PowerTrainFindings.Check(Train(PowerTrainPlan.Default with { UpsModuleCount = 80 })).ToList();

        var finding = Assert.Single(findings, d => d.Code == PowerTrainFindings.BlockBelowRedundancy);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.DoesNotContain(findings, d => d.Code == PowerTrainFindings.BlockOverCapacity);
    }

    [Fact]
    public void Check_InterconnectBelowTheGridPeak_IsGridShort()
    {
        // 120 MW firm against 130 MW at peak; with a BESS the grid sees 115 MW and the same connection suffices.
        Assert.Contains(PowerTrainFindings.Check(Train(PowerTrainPlan.Default with { GridInterconnectMw = 120 })),
            d => d.Code == PowerTrainFindings.GridShort && d.Severity == Severity.Error);
        Assert.DoesNotContain(PowerTrainFindings.Check(Train(PowerTrainPlan.Default with { GridInterconnectMw = 120, Bess = true })),
            d => d.Code == PowerTrainFindings.GridShort);
    }

    [Fact]
    public void Check_NoGenerators_IsInfo()
    {
        var result = Train(PowerTrainPlan.Default with { Generators = false });

        Assert.DoesNotContain(result.Blocks, b => b.Kind == PowerBlockKind.Generators);
        Assert.Contains(PowerTrainFindings.Check(result), d => d.Code == PowerTrainFindings.NoGenerators && d.Severity == Severity.Info);
    }

    [Fact]
    public void Check_DefaultTrain_HasNoProblems()
    {
        Assert.DoesNotContain(PowerTrainFindings.Check(Train(PowerTrainPlan.Default)), d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Size_FacilityRun_TakesItsItLoadAndPeakAndTheWorkloadsTraining()
    {
        // The facility model's IT load and hottest-hour peak feed the train; a serving workload adds no swing, a
        // training one adds IT × 0.15.
        var scenario = TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)], supplyC: 45, factoryRacks: 100);
        var facility = FacilityAnalysis.Run(DesignAnalysis.Of(scenario))!;
        var serving = PowerTrainModel.Size(scenario.Power, scenario.Workload with { Training = null }, facility)!;
        var training = PowerTrainModel.Size(scenario.Power, scenario.Workload with { Training = scenario.Workload.TrainingOrDefault }, facility)!;

        Assert.Equal(facility.PeakFacilityMw.Value, serving.TransientPeakMw.Value, 9);
        Assert.Equal(facility.PeakFacilityMw.Value + (facility.ItMw.Value * 0.15), training.TransientPeakMw.Value, 9);
    }

    [Fact]
    public void Defaults_EverySourceIsRegistered()
    {
        PowerBlockSpec[] specs = [PowerTrainDefaults.Substation, PowerTrainDefaults.MediumVoltage, PowerTrainDefaults.Generator, PowerTrainDefaults.Ups,
            PowerTrainDefaults.DcBusStorage, PowerTrainDefaults.Bess, PowerTrainDefaults.AcRackFeed, PowerTrainDefaults.DcRackFeed];
        Figure[] figures = [.. specs.SelectMany(s => new[] { s.UnitMw, s.Efficiency, s.UsdPerMw, s.LeadTimeWeeks, s.FootprintM2 }),
            PowerTrainDefaults.BessUsdPerMwh, PowerTrainDefaults.BessRideThroughMinutes, PowerTrainDefaults.TrainingSwingFraction];

        Assert.All(figures.SelectMany(f => f.Evidence.SourceIds), id => Assert.True(SourceRegistry.Contains(id), id));
        Assert.All(figures, f => Assert.True(f.Low <= f.Value && f.Value <= f.High, f.Evidence.Note));
    }
}
