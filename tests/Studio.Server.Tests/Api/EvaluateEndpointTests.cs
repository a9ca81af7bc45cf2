using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Contracts;
using Studio.Contracts.Evaluation;
using Studio.Engine.Evaluation;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>POST /api/evaluate with valid designs: the reference templates and small, hand-checkable changes to them.</summary>
public sealed class EvaluateEndpointTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    public static readonly TheoryData<string> TemplateIds = ["vera-rubin-nvl72", "gb200-nvl72", "gb300-nvl72"];

    /// <summary>The metrics the studio's report panel shows for every design.</summary>
    private static readonly string[] s_requiredMetricIds =
    [
        "rack.gpuCount", "rack.itPowerKw", "rack.peakPflops.nvfp4", "rack.peakPflops.fp8", "rack.hbmTb",
        "rack.hbmBandwidthTbps", "rack.nvlinkTbps", "thermal.coolantFlowLpm", "thermal.coolantReturnC",
    ];

    private static readonly string[] s_provenanceKinds = ["vendor", "estimate", "derived", "user"];

    // Propylene glycol 25 % at 40–45 °C (S49): c_p 3.965 kJ/(kg·K), density 1.0125 kg/L. Water: 4.18 kJ/(kg·K), 0.990 kg/L.
    private const double GlycolCp = 3.965;
    private const double GlycolDensity = 1.0125;
    private const double WaterCp = 4.18;
    private const double WaterDensity = 0.990;

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public async Task Evaluate_Template_ReturnsEveryRequiredMetricWithUnitRangeAndProvenance(string templateId)
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync(templateId);

        using var response = await client.PostScenarioAsync(document);

        var report = await response.ReadReportAsync();
        Assert.Equal(EvaluationReportDto.CurrentSchemaVersion, report.SchemaVersion);
        foreach (var id in s_requiredMetricIds)
        {
            var metric = Assert.Single(report.Metrics, m => m.Id == id);
            Assert.True(metric.Value is not null, $"{id} has no value; blocked by {string.Join(", ", metric.BlockedBy)}");
            Assert.True(metric.Low <= metric.Value && metric.Value <= metric.High, $"{id}: {metric.Value} is outside {metric.Low}–{metric.High}");
            Assert.False(string.IsNullOrWhiteSpace(metric.Unit), $"{id} has no unit");
            Assert.False(string.IsNullOrWhiteSpace(metric.Label), $"{id} has no label");
            Assert.Contains(metric.Provenance.Kind, s_provenanceKinds);
            Assert.Empty(metric.BlockedBy);
        }
    }

    [Fact]
    public async Task Evaluate_EveryTemplate_SendsEverySharedMetricAndSeriesIdAndNoOther()
    {
        // The browser reads these ids as the shared constants (MetricIds, SeriesIds) and the client tests' fakes use
        // only those: so an id the charts or the fakes know, the server sends, and the server sends no id they lack.
        using var client = factory.CreateClient();
        var templates = JsonSerializer.Deserialize(await client.GetStringAsync("/api/templates"), StudioJsonContext.Default.IReadOnlyListTemplateSummaryDto)!;
        var metrics = new HashSet<string>(StringComparer.Ordinal);
        var series = new HashSet<string>(StringComparer.Ordinal);

        foreach (var template in templates)
        {
            using var response = await client.PostScenarioAsync(await client.GetTemplateDocumentAsync(template.Id));
            var report = await response.ReadReportAsync();
            metrics.UnionWith(report.Metrics.Select(m => m.Id));
            series.UnionWith(report.Series.Select(s => s.Id));
        }

        Assert.NotEmpty(templates);
        Assert.Equal(MetricIds.All.Order(StringComparer.Ordinal), metrics.Order(StringComparer.Ordinal));
        Assert.Equal(SeriesIds.All.Order(StringComparer.Ordinal), series.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public async Task Evaluate_Template_HasNoErrorDiagnostics(string templateId)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync(await client.GetTemplateDocumentAsync(templateId));

        var report = await response.ReadReportAsync();
        var errors = report.Diagnostics.Where(d => d.Severity == "error").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Code}: {e.Message}")));
        Assert.All(report.Diagnostics, d => Assert.Contains(d.Severity, new[] { "warning", "info" }));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public async Task Evaluate_Template_EveryCitedSourceIsInTheReport(string templateId)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync(await client.GetTemplateDocumentAsync(templateId));

        var report = await response.ReadReportAsync();
        var listed = report.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var cited = report.Metrics.SelectMany(m => m.Provenance.Sources.Select(s => (m.Id, Source: s))).ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, c => Assert.True(listed.Contains(c.Source), $"{c.Id} cites '{c.Source}', which the report's sources lack"));
    }

    [Fact]
    public async Task Evaluate_VeraRubinTemplate_MatchesTheHandCalculation()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync(await client.GetTemplateDocumentAsync("vera-rubin-nvl72"));

        var report = await response.ReadReportAsync();
        // 18 compute trays × 4 Rubin GPUs = 72
        AssertMetric(report, "rack.gpuCount", 72, "GPUs");
        // 72 GPUs × 35 PFLOPS dense NVFP4 (S5) = 2,520 PFLOPS; FP8: 72 × 17.5 = 1,260 PFLOPS
        AssertMetric(report, "rack.peakPflops.nvfp4", 2520, "PFLOPS");
        AssertMetric(report, "rack.peakPflops.fp8", 1260, "PFLOPS");
        // 72 × 288 GB HBM4 = 20,736 GB = 20.736 TB; 72 × 22 TB/s = 1,584 TB/s (S5)
        AssertMetric(report, "rack.hbmTb", 20.736, "TB");
        AssertMetric(report, "rack.hbmBandwidthTbps", 1584, "TB/s");
        // 72 × 3.6 TB/s NVLink 6, all 9 of 9 switch trays present = 259.2 TB/s
        AssertMetric(report, "rack.nvlinkTbps", 259.2, "TB/s");
        // Compute tray 4 × 1.8 + 2 × 0.45 + 8 × 0.06 + 0.15 + 1.0 = 9.73 kW; rack 18 × 9.73 + 9 × 1.4 switch = 187.74 kW
        AssertMetric(report, "rack.itPowerKw", 187.74, "kW");
        // Fully liquid-cooled: 187.74 kW × 1.5 L/min per kW (OCP rule, S50) = 281.61 L/min
        AssertMetric(report, "thermal.coolantFlowLpm", 281.61, "L/min");
        // ΔT = Q / (flow × ρ × c_p) = Q / (1.5 Q/60 × ρ × c_p) = 60 / (1.5 × 1.0125 × 3.965) = 9.964 K → 45 + 9.964 = 54.96 °C
        AssertMetric(report, "thermal.coolantReturnC", 45 + (60 / (1.5 * GlycolDensity * GlycolCp)), "°C");
        Assert.Equal(54.96, report.Metrics.Single(m => m.Id == "thermal.coolantReturnC").Value!.Value, 2);
        // 100 racks in the factory (the template's factory.rackCount) × 72 GPUs
        AssertMetric(report, "factory.gpuCount", 7200, "GPUs");
        var rack = Assert.Single(report.Racks);
        Assert.Equal("rack-a1", rack.RackId);
        Assert.Equal(72, rack.GpuCount);
        Assert.Equal(187.74, rack.ItPowerKw, 6);
    }

    [Fact]
    public async Task Evaluate_Gb200Template_MatchesTheHandCalculation()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync(await client.GetTemplateDocumentAsync("gb200-nvl72"));

        var report = await response.ReadReportAsync();
        AssertMetric(report, "rack.gpuCount", 72, "GPUs");
        // 72 B200 × 10 PFLOPS dense NVFP4 = 720; FP8 72 × 5 = 360 PFLOPS (S1, S3)
        AssertMetric(report, "rack.peakPflops.nvfp4", 720, "PFLOPS");
        AssertMetric(report, "rack.peakPflops.fp8", 360, "PFLOPS");
        // 72 × 192 GB = 13.824 TB; 72 × 8 TB/s = 576 TB/s; 72 × 1.8 TB/s NVLink 5 = 129.6 TB/s
        AssertMetric(report, "rack.hbmTb", 13.824, "TB");
        AssertMetric(report, "rack.hbmBandwidthTbps", 576, "TB/s");
        AssertMetric(report, "rack.nvlinkTbps", 129.6, "TB/s");
        // Tray 4 × 1.2 + 2 × 0.3 + 4 × 0.025 + 2 × 0.075 + 0.85 = 6.5 kW; rack 18 × 6.5 + 9 × 0.4 = 120.6 kW
        AssertMetric(report, "rack.itPowerKw", 120.6, "kW");
        // 85 % to liquid: 120.6 × 0.85 = 102.51 kW, at 1.35 L/min per kW = 138.3885 L/min
        AssertMetric(report, "thermal.coolantFlowLpm", 138.3885, "L/min");
        // 35 °C supply + 60 / (1.35 × 1.0125 × 3.965) = 35 + 11.071 = 46.07 °C
        AssertMetric(report, "thermal.coolantReturnC", 35 + (60 / (1.35 * GlycolDensity * GlycolCp)), "°C");
    }

    [Fact]
    public async Task Evaluate_Gb300Template_MatchesTheHandCalculation()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync(await client.GetTemplateDocumentAsync("gb300-nvl72"));

        var report = await response.ReadReportAsync();
        AssertMetric(report, "rack.gpuCount", 72, "GPUs");
        // 72 B300 × 15 PFLOPS dense NVFP4 = 1,080 (S27); FP8 72 × 5 = 360 PFLOPS (S3)
        AssertMetric(report, "rack.peakPflops.nvfp4", 1080, "PFLOPS");
        AssertMetric(report, "rack.peakPflops.fp8", 360, "PFLOPS");
        // 72 × 288 GB = 20.736 TB; 72 × 8 TB/s = 576 TB/s; 72 × 1.8 TB/s = 129.6 TB/s
        AssertMetric(report, "rack.hbmTb", 20.736, "TB");
        AssertMetric(report, "rack.hbmBandwidthTbps", 576, "TB/s");
        AssertMetric(report, "rack.nvlinkTbps", 129.6, "TB/s");
        // Tray 4 × 1.4 + 2 × 0.3 + 4 × 0.045 + 1 × 0.075 + 0.85 = 7.305 kW; rack 18 × 7.305 + 9 × 0.4 = 135.09 kW
        AssertMetric(report, "rack.itPowerKw", 135.09, "kW");
        // 90 % to liquid: 135.09 × 0.9 = 121.581 kW, at 1.35 L/min per kW = 164.13435 L/min
        AssertMetric(report, "thermal.coolantFlowLpm", 164.13435, "L/min");
        AssertMetric(report, "thermal.coolantReturnC", 35 + (60 / (1.35 * GlycolDensity * GlycolCp)), "°C");
    }

    [Fact]
    public async Task Evaluate_WaterInsteadOfGlycol_ReturnIsCoolerByTheRatioOfHeatCapacities()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        document["site"]!["coolant"] = "water";

        using var response = await client.PostScenarioAsync(document);

        var report = await response.ReadReportAsync();
        // Same flow rule, so ΔT = 60 / (1.5 × 0.990 × 4.18) = 9.666 K (glycol: 9.964 K) → 54.67 °C
        AssertMetric(report, "thermal.coolantReturnC", 45 + (60 / (1.5 * WaterDensity * WaterCp)), "°C");
        AssertMetric(report, "thermal.coolantFlowLpm", 281.61, "L/min");
    }

    [Fact]
    public async Task Evaluate_RackFlowSetting_ChangesFlowAndReturnAndMarksThemUser()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        document["racks"]![0]!["settings"] = new JsonObject { ["flowLitresPerMinutePerKw"] = 2.0 };

        using var response = await client.PostScenarioAsync(document);

        var report = await response.ReadReportAsync();
        // 187.74 kW × 2.0 L/min per kW = 375.48 L/min; 45 + 60 / (2.0 × 1.0125 × 3.965) = 45 + 7.473 = 52.47 °C
        var flow = AssertMetric(report, "thermal.coolantFlowLpm", 375.48, "L/min");
        var ret = AssertMetric(report, "thermal.coolantReturnC", 45 + (60 / (2.0 * GlycolDensity * GlycolCp)), "°C");
        // A user's number is the weakest input, and the report says so.
        Assert.Equal("user", flow.Provenance.Basis);
        Assert.Equal("user", ret.Provenance.Basis);
    }

    [Fact]
    public async Task Evaluate_GpuPowerSettingAtMaxP_RaisesRackPowerByTheDifference()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        foreach (var part in document["racks"]![0]!["parts"]!.AsArray().Where(p => (string?)p!["partId"] == "vr.compute-tray"))
        {
            part!["settings"] = new JsonObject { ["gpuPowerKw"] = 2.3 };
        }

        using var response = await client.PostScenarioAsync(document);

        var report = await response.ReadReportAsync();
        // 187.74 kW + 72 GPUs × (2.3 − 1.8) kW = 187.74 + 36 = 223.74 kW (near the 227 kW Max-P rack of S17)
        AssertMetric(report, "rack.itPowerKw", 223.74, "kW");
        // Compute is unchanged: power does not buy peak FLOPS.
        AssertMetric(report, "rack.peakPflops.nvfp4", 2520, "PFLOPS");
    }

    [Fact]
    public async Task Evaluate_RowRackCount_SetsTheFactoryAsLaidOut()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        document["factory"]!["halls"]![0]!["rows"]![0]!["rackCount"] = 10;

        using var response = await client.PostScenarioAsync(document);

        var report = await response.ReadReportAsync();
        // 10 racks × 72 GPUs = 720; 10 × 187.74 kW = 1.8774 MW, plus the networks. Scale-out: 180 NICs per rail fit
        // one 256-port switch at two planes of 400 Gb/s, so one tier of 8 rail switches a plane, 16 (one plane would
        // need two tiers: 24 leaves and 12 spines).
        AssertMetric(report, "factory.gpuCount", 720, "GPUs");
        var networkMw = report.Metrics.Single(m => m.Id == "network.powerKw").Value!.Value / 1000;
        AssertMetric(report, "factory.itPowerMw", 1.8774 + networkMw, "MW");
        var row = Assert.Single(Assert.Single(report.Halls).Rows);
        Assert.Equal((10, 720, 16), (row.RackCount, row.GpuCount, row.LeafSwitchCount));
        Assert.Equal(0, report.Halls[0].SpineSwitchCount);
        Assert.Equal((2, 1), (report.Network!.ScaleOut!.Planes, report.Network.ScaleOut.Tiers.Count));

        // The bill of materials adds up to the capex it explains.
        var capex = report.Metrics.Single(m => m.Id == "economics.capexUsd").Value!.Value;
        Assert.Equal(capex, report.BillOfMaterials!.TotalUsd, capex * 1e-12);
        Assert.Equal(capex, report.BillOfMaterials.Lines.Sum(l => l.ExtendedUsd), capex * 1e-9);
        Assert.Contains(report.BillOfMaterials.Lines, l => l.PartId == "vr.compute-tray" && l.Quantity == 180 && l.UnitPriceUsd!.Provenance.Kind != "");
    }

    [Fact]
    public async Task Evaluate_SupplyWarmerThanRubinAllows_Returns200WithAnErrorDiagnostic()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        document["site"]!["coolantSupplyC"] = 50;

        using var response = await client.PostScenarioAsync(document);

        // A design that breaks a rule is still a valid input: 200 with the finding, not 400.
        var report = await response.ReadReportAsync();
        var warm = Assert.Single(report.Diagnostics, d => d.Code == "cooling.supplyTooWarm" && d.PartIds.Contains("ct-01"));
        Assert.Equal("error", warm.Severity);
        Assert.Contains("50 °C", warm.Message, StringComparison.Ordinal);
        Assert.Contains("45 °C", warm.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(warm.Fix));
        // 50 + 9.964 K
        AssertMetric(report, "thermal.coolantReturnC", 50 + (60 / (1.5 * GlycolDensity * GlycolCp)), "°C");
    }

    [Fact]
    public async Task Evaluate_MinimalDocument_FillsDefaultsAndReturnsZeroMetrics()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync("""{"schemaVersion":1}""");

        var report = await response.ReadReportAsync();
        AssertMetric(report, "rack.gpuCount", 0, "GPUs");
        // No heat in any loop: the return equals the default 45 °C supply.
        AssertMetric(report, "thermal.coolantReturnC", 45, "°C");
        Assert.Empty(report.Racks);
    }

    private static MetricDto AssertMetric(EvaluationReportDto report, string id, double expected, string unit)
    {
        var metric = Assert.Single(report.Metrics, m => m.Id == id);
        Assert.Equal(unit, metric.Unit);
        Assert.NotNull(metric.Value);
        Assert.True(Math.Abs(metric.Value.Value - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected)),
            $"{id}: expected {expected} {unit}, got {metric.Value} ({metric.Provenance.Note})");
        Assert.True(metric.Low <= metric.Value && metric.Value <= metric.High, $"{id}: {metric.Value} is outside {metric.Low}–{metric.High}");
        return metric;
    }
}
