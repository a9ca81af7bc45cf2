using Studio.Engine.Catalog;
using Studio.Engine.Evaluation;
using Studio.Engine.Provenance;
using Studio.Engine.Rules;
using Studio.Engine.Scenarios;
using static Studio.Engine.Tests.Throughput.ThroughputFixtures;

namespace Studio.Engine.Tests.Evaluation;

/// <summary>
/// The report: each metric id carries the right figure, errors withhold only the metrics they name, and per-rack
/// metrics average over the racks that hold GPUs. Rack figures are those worked out in RackModelTests.
/// </summary>
public sealed class ScenarioEvaluatorTests
{
    private const double Tolerance = TestDesigns.FloatingPoint;

    private static readonly ScenarioEvaluator s_evaluator = new(DesignRuleSet.Default);

    private static double ValueOf(Report report, string metricId) =>
        report.Find(metricId)?.Value ?? throw new InvalidOperationException($"{metricId} is missing or blocked");

    [Fact]
    public void Evaluate_RubinReferenceRack_EachMetricIdCarriesItsFigure()
    {
        var report = s_evaluator.Evaluate(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin)));

        Assert.Equal(72, ValueOf(report, MetricIds.RackGpuCount));
        Assert.Equal(36, ValueOf(report, MetricIds.RackCpuCount));
        // S5: 72 × 35 = 2,520 dense; 72 × 50 = 3,600 headline; 72 × 17.5 = 1,260 FP8; 72 × 4 = 288 BF16
        Assert.Equal(2520, ValueOf(report, MetricIds.RackPeakPflopsNvfp4), Tolerance);
        Assert.Equal(3600, ValueOf(report, MetricIds.RackPeakPflopsNvfp4Headline), Tolerance);
        Assert.Equal(1260, ValueOf(report, MetricIds.RackPeakPflopsFp8), Tolerance);
        Assert.Equal(288, ValueOf(report, MetricIds.RackPeakPflopsBf16), Tolerance);
        // S5: 72 × 288 GB = 20.736 TB; 72 × 22 TB/s = 1,584 TB/s; 72 × 3.6 TB/s = 259.2 TB/s; 72 × 1.6 Tb/s = 115.2 Tb/s
        Assert.Equal(20.736, ValueOf(report, MetricIds.RackHbmTb), Tolerance);
        Assert.Equal(1584, ValueOf(report, MetricIds.RackHbmBandwidthTbps), Tolerance);
        Assert.Equal(259.2, ValueOf(report, MetricIds.RackNvlinkTbps), Tolerance);
        Assert.Equal(115.2, ValueOf(report, MetricIds.RackScaleOutTbps), Tolerance);
        // 18 × 9.73 + 9 × 1.4 = 187.74 kW, all to liquid; 4 × 110 kW shelves (S17) = 440 kW
        Assert.Equal(187.74, ValueOf(report, MetricIds.RackItPowerKw), Tolerance);
        Assert.Equal(187.74, ValueOf(report, MetricIds.RackLiquidHeatKw), Tolerance);
        Assert.Equal(440, ValueOf(report, MetricIds.RackPowerShelfCapacityKw), Tolerance);
        Assert.All(report.Metrics, m => Assert.Empty(m.BlockedBy));
    }

    [Fact]
    public void Evaluate_Gb300TrayInRubinRack_BlocksNvlinkAndReportsTheRest()
    {
        var rack = TestDesigns.Rack(Generation.VeraRubin)
            .Add("vr.compute-tray", 17)
            .Add("gb300.compute-tray")
            .Add("vr.nvlink-switch-tray", 9)
            .Add("vr.power-shelf", 4)
            .Build();

        var report = s_evaluator.Evaluate(TestDesigns.Scenario(rack));

        var nvlink = report.Find(MetricIds.RackNvlinkTbps);
        Assert.NotNull(nvlink);
        Assert.Null(nvlink.Band);
        Assert.Null(nvlink.Value);
        Assert.Contains("nvlink.mixedGenerations", nvlink.BlockedBy);
        Assert.Contains(report.Diagnostics, d => d.Code == "nvlink.mixedGenerations" && d.Severity == Severity.Error);
        // Still reported: 17 × 4 + 4 = 72 GPUs; NVFP4 68 × 35 + 4 × 15 = 2,440 PF;
        // HBM 72 × 288 GB = 20.736 TB, usable low 68 × 288 + 4 × 279 = 20,700 GB = 20.7 TB
        Assert.Equal(72, ValueOf(report, MetricIds.RackGpuCount));
        Assert.Equal(2440, ValueOf(report, MetricIds.RackPeakPflopsNvfp4), Tolerance);
        Assert.Equal(20.736, ValueOf(report, MetricIds.RackHbmTb), Tolerance);
        Assert.Equal(20.7, report.Find(MetricIds.RackHbmTb)!.Band!.Value.Low, Tolerance);
        Assert.All(report.Metrics.Where(m => m.Id != MetricIds.RackNvlinkTbps), m => Assert.NotNull(m.Band));
    }

    [Fact]
    public void Evaluate_IncompleteSwitchTrays_WarnsWithoutBlocking()
    {
        // A warning withholds nothing: 259.2 × 7/9 = 201.6 TB/s is reported.
        var rack = TestDesigns.Rack(Generation.VeraRubin).Add("vr.compute-tray", 18).Add("vr.nvlink-switch-tray", 7).Add("vr.power-shelf", 4).Build();

        var report = s_evaluator.Evaluate(TestDesigns.Scenario(rack));

        Assert.Equal(201.6, ValueOf(report, MetricIds.RackNvlinkTbps), Tolerance);
        var finding = Assert.Single(report.Diagnostics, d => d.Code == "nvlink.incompleteSwitchTrays");
        Assert.Contains("rack-1", finding.PartIds);
    }

    [Fact]
    public void Evaluate_TwoComputeRacks_PerRackMetricsAreTheirMean()
    {
        var scenario = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.Gb200, "rack-a"), TestDesigns.ReferenceRack(Generation.VeraRubin, "rack-b"));

        var report = s_evaluator.Evaluate(scenario);

        // (720 + 2,520) / 2 = 1,620 PF; (120.6 + 187.74) / 2 = 154.17 kW
        Assert.Equal(1620, ValueOf(report, MetricIds.RackPeakPflopsNvfp4), Tolerance);
        Assert.Equal(154.17, ValueOf(report, MetricIds.RackItPowerKw), Tolerance);
        Assert.EndsWith("(mean of 2 racks)", report.Find(MetricIds.RackPeakPflopsNvfp4)!.Label, StringComparison.Ordinal);
        // 72 + 72 = 144 GPUs in the design
        Assert.Equal(144, ValueOf(report, MetricIds.DesignGpuCount));
        Assert.Equal(2, ValueOf(report, MetricIds.DesignRackCount));
    }

    [Fact]
    public void Evaluate_EmptyRackBesideComputeRack_DoesNotDiluteTheMean()
    {
        var scenario = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin), TestDesigns.Rack(Generation.VeraRubin, "rack-2").Build());

        var report = s_evaluator.Evaluate(scenario);

        Assert.Equal(2520, ValueOf(report, MetricIds.RackPeakPflopsNvfp4), Tolerance);
        Assert.DoesNotContain("mean", report.Find(MetricIds.RackPeakPflopsNvfp4)!.Label, StringComparison.Ordinal);
        Assert.Equal(2, ValueOf(report, MetricIds.DesignRackCount));
    }

    [Fact]
    public void Evaluate_HundredRackFactory_ScalesGpusAndPower()
    {
        var report = s_evaluator.Evaluate(TestDesigns.Scenario([TestDesigns.ReferenceRack(Generation.VeraRubin)], factoryRacks: 100));

        // 100 × 72 = 7,200 GPUs; 100 × 187.74 kW = 18,774 kW, plus the networks. Scale-out on two planes of 400 Gb/s
        // (Photonics ports split to 256): 8 rails × ⌈1,800 / 128⌉ = 120 leaves and 120 × 128 / 256 = 60 spines a plane.
        Assert.Equal(7200, ValueOf(report, MetricIds.FactoryGpuCount), Tolerance);
        Assert.Equal(100, ValueOf(report, MetricIds.FactoryRackCount), Tolerance);
        Assert.Equal(240, ValueOf(report, MetricIds.FactoryLeafSwitchCount), Tolerance);
        Assert.Equal(120, ValueOf(report, MetricIds.FactorySpineSwitchCount), Tolerance);
        Assert.Equal(18.774 + (ValueOf(report, MetricIds.NetworkPowerKw) / 1000), ValueOf(report, MetricIds.FactoryItPowerMw), Tolerance);
        Assert.Equal(EvidenceKind.Derived, report.Find(MetricIds.FactoryItPowerMw)!.Evidence.Kind);
    }

    [Fact]
    public void Evaluate_SwitchAndRowCdu_DesignItPowerCountsTheSwitchNotThePumps()
    {
        var rack = TestDesigns.ReferenceRack(Generation.Gb200);
        var scenario = TestDesigns.Scenario([rack],
            [TestDesigns.Equipment("sw-1", "net.spectrum-x800-sn5600"), TestDesigns.Equipment("cdu-row", "gb200.cdu-in-row")],
            [TestDesigns.Network("rack-1", "sw-1"), TestDesigns.Coolant("rack-1", "cdu-row")],
            supplyC: 40);

        var report = s_evaluator.Evaluate(scenario);

        // 120.6 kW rack + the switch's own power (a studio estimate); the CDU's 12 kW of pumps are facility load.
        var switchKw = TestDesigns.Catalog.Get("net.spectrum-x800-sn5600").PowerKw.Value;
        Assert.Equal(120.6 + switchKw, ValueOf(report, MetricIds.DesignItPowerKw), Tolerance);

        // The design is clean: no design-rule finding. (A one-rack factory is too small to train DeepSeek-R1, which the
        // training study says; that is about the workload, not the design, and names no part.)
        Assert.DoesNotContain(report.Diagnostics, d => d.PartIds.Count > 0 || d.Severity == Severity.Error);
    }

    [Fact]
    public void Evaluate_TwoLoops_ReportsTotalFlowAndHottestReturn()
    {
        // GB200 rack on its row CDU at 1.35 L/min/kW (S50): 102.51 kW × 1.35 = 138.3885 L/min,
        //   ΔT = 60 / (1.35 × 1.0125 × 3.965) = 11.070806 K → 51.070806 °C at 40 °C supply.
        // Rubin rack with in-rack CDU at 1.5 L/min/kW: 187.74 × 1.5 = 281.61 L/min, ΔT = 9.963726 K → 49.963726 °C.
        var gb200 = TestDesigns.ReferenceRack(Generation.Gb200, "rack-a");
        var rubin = TestDesigns.ReferenceRackBuilder(Generation.VeraRubin, "rack-b").Add("vr.cdu-in-rack").Build();
        var scenario = TestDesigns.Scenario([gb200, rubin], [TestDesigns.Equipment("cdu-row", "gb200.cdu-in-row")],
            [TestDesigns.Coolant("rack-a", "cdu-row")], supplyC: 40);

        var report = s_evaluator.Evaluate(scenario);

        Assert.Equal(138.3885 + 281.61, ValueOf(report, MetricIds.ThermalCoolantFlowLpm), Tolerance);
        Assert.Equal(40 + 11.07080645635594, ValueOf(report, MetricIds.ThermalCoolantReturnC), Tolerance);
        Assert.Equal(40 + 9.963725810720348, report.Racks.Single(r => r.RackId == "rack-b").CoolantReturnC!.Value, Tolerance);
    }

    [Fact]
    public void Evaluate_NoHeat_ReturnEqualsSupply()
    {
        var report = s_evaluator.Evaluate(TestDesigns.Scenario([TestDesigns.Rack(Generation.VeraRubin).Build()], supplyC: 38));

        Assert.Equal(38, ValueOf(report, MetricIds.ThermalCoolantReturnC));
        Assert.Null(Assert.Single(report.Racks).CoolantReturnC);
    }

    [Fact]
    public void Evaluate_RackSummaries_LabelEachRackWithItsOwnFigures()
    {
        var scenario = TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.Gb200, "rack-a"), TestDesigns.ReferenceRack(Generation.VeraRubin, "rack-b"));

        var racks = s_evaluator.Evaluate(scenario).Racks;

        var gb200 = racks.Single(r => r.RackId == "rack-a");
        Assert.Equal(72, gb200.GpuCount);
        Assert.Equal(120.6, gb200.ItPowerKw, Tolerance);
        Assert.Equal(102.51, gb200.LiquidHeatKw, Tolerance);
        Assert.Equal(187.74, racks.Single(r => r.RackId == "rack-b").ItPowerKw, Tolerance);
    }

    [Fact]
    public void Evaluate_AnyScenario_MetricIdsAreUnique()
    {
        var report = s_evaluator.Evaluate(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.Gb300)));

        Assert.Empty(report.Metrics.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Evaluate_EmptyFactoryAgainstReferenceRack_WithheldMetricsKeepTheirLabelAndUnit()
    {
        // A metric reads the same in the results panel whether it is withheld or not: only its value comes and goes.
        var empty = s_evaluator.Evaluate(TestDesigns.Scenario());
        var full = s_evaluator.Evaluate(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin)));

        var withheld = empty.Metrics.Where(m => m.BlockedBy.Count > 0).ToList();
        Assert.True(withheld.Count > 20, $"{withheld.Count} withheld");
        Assert.All(withheld, m =>
        {
            var present = full.Find(m.Id);
            Assert.NotNull(present);
            Assert.Equal((present.Label, present.Unit), (m.Label, m.Unit));
        });
    }

    /// <summary>Designs that withhold metrics, each for another reason: nothing, a rule error, the workload, the prices.</summary>
    public static readonly TheoryData<string> WithholdingDesigns =
    [
        "empty design", "empty rack", "rack without shelves", "supply above the parts' limit", "GB300 tray in a Rubin rack",
        "target out of reach", "precision the GPUs lack", "custom system on an empty canvas", "prices that never pay back",
    ];

    private static Scenario Design(string name)
    {
        var rubin = TestDesigns.ReferenceRack(Generation.VeraRubin);
        var reference = TestDesigns.Scenario([rubin], factoryRacks: 100);
        var bf16Only = CustomSystem("BF16-only GPU", new Dictionary<Precision, double> { [Precision.Bf16] = 1 });
        return name switch
        {
            "empty design" => TestDesigns.Scenario(),
            "empty rack" => TestDesigns.Scenario(TestDesigns.Rack(Generation.VeraRubin).Build()),
            "rack without shelves" => TestDesigns.Scenario(TestDesigns.Rack(Generation.VeraRubin)
                .Add(TestDesigns.ComputeTray(Generation.VeraRubin), 18).Add(TestDesigns.SwitchTray(Generation.VeraRubin), 9).Build()),
            "supply above the parts' limit" => TestDesigns.Scenario([rubin], supplyC: 55),
            "GB300 tray in a Rubin rack" => TestDesigns.Scenario(TestDesigns.Rack(Generation.VeraRubin)
                .Add("vr.compute-tray", 17).Add("gb300.compute-tray").Add("vr.nvlink-switch-tray", 9).Add("vr.power-shelf", 4).Build()),
            "target out of reach" => reference with { Workload = reference.Workload with { TargetTokensPerSecondPerUser = 100_000 } },
            "precision the GPUs lack" => reference with { Workload = new Workload(Spec("gpt-oss-120b"), Precision.Nvfp4, 1024, 1024, 20) { CustomSystem = bf16Only } },
            "custom system on an empty canvas" => TestDesigns.Scenario() with
            {
                Workload = new Workload(Spec("gpt-oss-120b"), Precision.Bf16, 1024, 1024, 20) { CustomSystem = bf16Only },
            },
            "prices that never pay back" => reference with
            {
                Economics = new EconomicsAssumptions { InputUsdPerMillionTokens = 0, OutputUsdPerMillionTokens = 0.001, PriceDeclinePerYear = 0.5 },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a design of this test"),
        };
    }

    [Theory]
    [MemberData(nameof(WithholdingDesigns))]
    public void Evaluate_DesignThatWithholdsMetrics_EachPointsAtAFindingOfTheReport(string design)
    {
        var report = s_evaluator.Evaluate(Design(design));

        Assert.Contains(report.Metrics, m => m.Band is null);
        ReportAssert.WithheldPointAtFindings(report);
    }

    [Fact]
    public void Evaluate_EmptyDesign_TheNoLoadFindingSaysWhatToAddAndNamesWhatItWithholds()
    {
        var report = s_evaluator.Evaluate(TestDesigns.Scenario());

        var finding = Assert.Single(report.Diagnostics, d => d.Code == "facility.noLoad");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("no compute trays", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Drag compute trays onto a rack.", finding.Fix);
        Assert.Equal(
            report.Metrics.Where(m => m.BlockedBy.Contains("facility.noLoad")).Select(m => m.Id),
            finding.BlockedMetricIds);
        Assert.Contains(MetricIds.PowerFacilityMw, finding.BlockedMetricIds);
        Assert.Contains(MetricIds.AssemblyRackHours, finding.BlockedMetricIds);
        Assert.Contains(MetricIds.EconomicsPaybackYears, finding.BlockedMetricIds);
    }

    [Fact]
    public void Evaluate_ReferenceRack_HasNoNoLoadFinding()
    {
        var report = s_evaluator.Evaluate(TestDesigns.Scenario(TestDesigns.ReferenceRack(Generation.VeraRubin)));

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "facility.noLoad");
    }

    [Fact]
    public void Evaluate_TargetOutOfReach_TokenPricesPointAtTheServingFinding()
    {
        // Capital is priced without tokens; what is priced per token waits on the operating point the target lacks.
        var report = s_evaluator.Evaluate(Design("target out of reach"));

        Assert.NotNull(report.Find(MetricIds.EconomicsCapexUsd)!.Band);
        Assert.Equal(["inference.targetUnreachable"], report.Find(MetricIds.EconomicsCostPerMillionTokensUsd)!.BlockedBy);
        Assert.Equal(["inference.targetUnreachable"], report.Find(MetricIds.EconomicsPaybackYears)!.BlockedBy);
    }
}
