using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Studio.Contracts.Evaluation;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>
/// POST /api/evaluate and the facility models (power, cold plates, heat rejection, build-out, token economics): every
/// sample reports every facility metric and series, sanely, and the samples compare the way the physics says.
/// </summary>
public sealed class EvaluateFacilityTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    /// <summary>Every scenario document shipped in samples/, by file name.</summary>
    public static TheoryData<string> Samples => [.. SampleFiles()];

    /// <summary>The metric ids issue 4 added. Saved comparisons refer to them: never rename one.</summary>
    private static readonly string[] s_facilityMetricIds =
    [
        "power.facilityMw", "power.peakFacilityMw", "power.gridPeakMw", "power.busbarAmps",
        "thermal.maxGpuC", "thermal.throttlePercent",
        "facility.chillerHoursPerYear", "facility.pue", "facility.waterLitresPerYear", "facility.coolingMwhPerYear",
        "assembly.computeTrayMinutes", "assembly.rackHours", "assembly.daysToFirstRack", "assembly.factoryBuildOutDays", "assembly.buildOutRevenueUsd",
        "economics.capexUsd", "economics.annualCostUsd", "economics.costPerMillionTokensUsd", "economics.costPerMillionInputTokensUsd",
        "economics.tokensPerSecondPerMw", "economics.annualRevenueUsd", "economics.paybackYears", "economics.racksPer100Mw",
        "economics.gpusPerGw", "economics.annualRevenuePerGwUsd",
        "inference.prefillGpuShare",
    ];

    /// <summary>The chart series issue 4 added.</summary>
    private static readonly string[] s_facilitySeriesIds =
    [
        "facility.chillerHoursByMonth", "facility.pueByMonth", "facility.ambientByMonth",
        "thermal.gpuCaseVsSupply", "thermal.returnVsSupply",
        "assembly.buildOutTimeline",
        "economics.cumulativeCash", "economics.cumulativeCash.low", "economics.cumulativeCash.high", "economics.costVsInteractivity",
    ];

    private static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    private static IEnumerable<string> SampleFiles() =>
        Directory.EnumerateFiles(SamplesDirectory, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Fact]
    public void Samples_AreTheThreeReferenceDesignsAtLeast()
    {
        // Guards the theories below: an empty samples folder in the test output would make them pass vacuously.
        Assert.Superset(new HashSet<string> { "vera-rubin-nvl72.json", "gb200-nvl72.json", "gb300-nvl72.json" },
            SampleFiles().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Evaluate_Sample_ReportsEveryFacilityMetricWithAValueUnitAndProvenance(string sample)
    {
        var report = await EvaluateAsync(Sample(sample));

        foreach (var id in s_facilityMetricIds)
        {
            var metric = Assert.Single(report.Metrics, m => m.Id == id);
            Assert.True(metric.Value is not null, $"{sample}: {id} has no value; blocked by {string.Join(", ", metric.BlockedBy)}");
            Assert.Empty(metric.BlockedBy);
            Assert.False(string.IsNullOrWhiteSpace(metric.Unit), $"{id} has no unit");
            Assert.False(string.IsNullOrWhiteSpace(metric.Label), $"{id} has no label");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Evaluate_Sample_EveryMetricWithAValueIsFiniteInsideItsBand(string sample)
    {
        var report = await EvaluateAsync(Sample(sample));

        var valued = report.Metrics.Where(m => m.Value is not null).ToList();
        Assert.NotEmpty(valued);
        Assert.All(valued, m =>
        {
            Assert.True(m.Low is not null && m.High is not null, $"{m.Id} has a value but no band");
            Assert.True(double.IsFinite(m.Value!.Value) && double.IsFinite(m.Low!.Value) && double.IsFinite(m.High!.Value), $"{m.Id}: {m.Value} [{m.Low}, {m.High}]");
            Assert.True(m.Low <= m.Value && m.Value <= m.High, $"{sample}: {m.Id} = {m.Value} is outside {m.Low}–{m.High}");
        });
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Evaluate_Sample_ReportsEveryFacilitySeriesWithFinitePoints(string sample)
    {
        var report = await EvaluateAsync(Sample(sample));

        foreach (var id in s_facilitySeriesIds)
        {
            var series = Assert.Single(report.Series, s => s.Id == id);
            Assert.True(series.Points.Count > 0, $"{sample}: {id} has no points");
            Assert.All(series.Points, p =>
            {
                Assert.Equal(2, p.Length);
                Assert.True(double.IsFinite(p[0]) && double.IsFinite(p[1]), $"{id}: [{p[0]}, {p[1]}]");
            });
            Assert.False(string.IsNullOrWhiteSpace(series.XUnit) || string.IsNullOrWhiteSpace(series.YUnit), $"{id} lacks an axis unit");
        }

        // The monthly series have one point per month, January (1) to December (12).
        foreach (var id in new[] { "facility.chillerHoursByMonth", "facility.pueByMonth", "facility.ambientByMonth" })
        {
            Assert.Equal(Enumerable.Range(1, 12).Select(m => (double)m), report.Series.Single(s => s.Id == id).Points.Select(p => p[0]));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Evaluate_Sample_BodyHasNoNonFiniteNumbers(string sample)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostScenarioAsync(Sample(sample));

        // The API writes strict JSON, which has no NaN or Infinity: a non-finite number would be a 500, or a string.
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.DoesNotContain("NaN", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Evaluate_Sample_PeakDrawIsAtLeastTheMeanAtBothEndsOfItsBand(string sample)
    {
        var report = await EvaluateAsync(Sample(sample));

        // The year's highest hour cannot draw less than the year's mean, at the central values or at either end.
        var mean = Metric(report, "power.facilityMw");
        var peak = Metric(report, "power.peakFacilityMw");
        Assert.True(peak.Value >= mean.Value, $"peak {peak.Value} < mean {mean.Value}");
        Assert.True(peak.Low >= mean.Low, $"peak low {peak.Low} < mean low {mean.Low}");
        Assert.True(peak.High >= mean.High, $"peak high {peak.High} < mean high {mean.High}");
        // The mean is IT × PUE, and no plant makes PUE below 1.
        Assert.True(mean.Low >= Metric(report, "factory.itPowerMw").Low);
        Assert.True(Metric(report, "facility.pue").Low >= 1);
    }

    [Fact]
    public async Task Evaluate_RubinAt45C_NeedsFewerChillerHoursThanGb200At35CAtTheSameSite()
    {
        var rubin = Sample("vera-rubin-nvl72.json");
        var gb200 = Sample("gb200-nvl72.json");
        Assert.Equal((string?)rubin["site"]!["location"], (string?)gb200["site"]!["location"]);
        Assert.Equal(45, (double)rubin["site"]!["coolantSupplyC"]!);
        Assert.Equal(35, (double)gb200["site"]!["coolantSupplyC"]!);

        var warm = Metric(await EvaluateAsync(rubin), "facility.chillerHoursPerYear");
        var cool = Metric(await EvaluateAsync(gb200), "facility.chillerHoursPerYear");

        // Dry coolers reach outdoor + 8 K: a 45 °C loop needs trim only above 37 °C outdoors, a 35 °C loop above 27 °C.
        Assert.True(warm.Value < cool.Value, $"Rubin {warm.Value} h vs GB200 {cool.Value} h");
        Assert.True(warm.High < cool.Low, $"the bands overlap: Rubin up to {warm.High} h, GB200 from {cool.Low} h");
    }

    [Theory]
    [InlineData("vera-rubin-nvl72.json", 5)]
    [InlineData("gb200-nvl72.json", 120)]
    public async Task Evaluate_Sample_ComputeTrayAssemblyTakesTheVendorsMinutes(string sample, double minutes)
    {
        var report = await EvaluateAsync(Sample(sample));

        // Vendor claims: Rubin's cable-free tray in about 5 minutes (S42), Blackwell's in about 2 hours (S43).
        var tray = Metric(report, "assembly.computeTrayMinutes");
        Assert.Equal(minutes, tray.Value);
        Assert.Equal("min", tray.Unit);
        Assert.Equal("vendor", tray.Provenance.Kind);
    }

    [Fact]
    public async Task Evaluate_CoolingTowers_EvaporateWaterAndDryCoolersNone()
    {
        var towers = Sample("vera-rubin-nvl72.json");
        towers["site"]!["heatRejection"] = "coolingTower";
        var coolers = Sample("vera-rubin-nvl72.json");
        coolers["site"]!["heatRejection"] = "dryCooler";

        var wet = Metric(await EvaluateAsync(towers), "facility.waterLitresPerYear");
        var dry = Metric(await EvaluateAsync(coolers), "facility.waterLitresPerYear");

        Assert.True(wet.Low > 0, $"towers: {wet.Value} [{wet.Low}, {wet.High}] L/year");
        Assert.Equal((0d, 0d, 0d), (dry.Value!.Value, dry.Low!.Value, dry.High!.Value));
        // Order of magnitude: ~19 MW of liquid heat × 8,760 h × ~1.1 L/kWh ≈ 180 million litres a year.
        Assert.InRange(wet.Value!.Value, 1e8, 4e8);
    }

    [Fact]
    public async Task Evaluate_RubinAtMaxP_DrawsAbout227KwPerRackAndRunsHotter()
    {
        var maxQ = await EvaluateAsync(Sample("vera-rubin-nvl72.json"));
        var document = Sample("vera-rubin-nvl72.json");
        document["power"] = new JsonObject { ["mode"] = "maxP" };

        var maxP = await EvaluateAsync(document);

        // The reference design's rack: ~188 kW at Max-Q, ~227 kW at Max-P (S17).
        Assert.Equal(187.74, Metric(maxQ, "rack.itPowerKw").Value!.Value, 6);
        var rack = Metric(maxP, "rack.itPowerKw").Value!.Value;
        Assert.InRange(rack, 224, 230);
        // More power through the same cold plate: a hotter GPU case.
        Assert.True(Metric(maxP, "thermal.maxGpuC").Value > Metric(maxQ, "thermal.maxGpuC").Value);
        Assert.True(Metric(maxP, "power.facilityMw").Value > Metric(maxQ, "power.facilityMw").Value);
    }

    [Fact]
    public async Task Evaluate_MaxPWithTheUsersGpuPower_KeepsTheUsersPower()
    {
        // Max-P sets the power of GPUs whose limit the user has not set: a user's limit still wins.
        var document = Sample("vera-rubin-nvl72.json");
        document["power"] = new JsonObject { ["mode"] = "maxP" };
        foreach (var part in document["racks"]![0]!["parts"]!.AsArray().Where(p => (string?)p!["partId"] == "vr.compute-tray"))
        {
            part!["settings"] = new JsonObject { ["gpuPowerKw"] = 1.8 };
        }

        var report = await EvaluateAsync(document);

        Assert.Equal(187.74, Metric(report, "rack.itPowerKw").Value!.Value, 6);
    }

    [Fact]
    public async Task Evaluate_UsersHourlyYearAt50C_NeedsTheChillerEveryHour()
    {
        var document = Sample("vera-rubin-nvl72.json");
        document["site"]!["hourlyAmbientC"] = new JsonArray([.. Enumerable.Repeat(50.0, 8760).Select(t => (JsonNode)t)]);

        var report = await EvaluateAsync(document);

        // 50 °C air + a 5–12 K approach is above the 45 °C supply in every hour, at both ends of the approach range.
        var chiller = Metric(report, "facility.chillerHoursPerYear");
        Assert.Equal((8760d, 8760d, 8760d), (chiller.Value!.Value, chiller.Low!.Value, chiller.High!.Value));
        Assert.All(report.Series.Single(s => s.Id == "facility.ambientByMonth").Points, p => Assert.Equal(50, p[1], 9));
        Assert.Equal("user", Metric(report, "facility.chillerHoursPerYear").Provenance.Basis);
    }

    [Fact]
    public async Task Evaluate_UsersHourlyYearBelowFreezing_NeedsNoChillerAndBeatsTheBuiltInYear()
    {
        var builtIn = await EvaluateAsync(Sample("gb200-nvl72.json"));
        var document = Sample("gb200-nvl72.json");
        document["site"]!["hourlyAmbientC"] = new JsonArray([.. Enumerable.Repeat(-5.0, 8760).Select(t => (JsonNode)t)]);

        var cold = await EvaluateAsync(document);

        var chiller = Metric(cold, "facility.chillerHoursPerYear");
        Assert.Equal((0d, 0d, 0d), (chiller.Value!.Value, chiller.Low!.Value, chiller.High!.Value));
        Assert.True(Metric(cold, "facility.pue").Value < Metric(builtIn, "facility.pue").Value);
    }

    [Fact]
    public async Task Evaluate_PeakSmoothingOnATrainingFactory_TakesTheSwingOffTheGridPeak()
    {
        var document = Sample("vera-rubin-nvl72.json");
        document["workload"]!["training"] = new JsonObject { ["trainingTokens"] = 1e12 };
        var smoothed = document.DeepClone().AsObject();
        smoothed["power"] = new JsonObject { ["peakSmoothing"] = true };

        var plain = await EvaluateAsync(document);
        var cut = await EvaluateAsync(smoothed);

        // A synchronised training step swings the IT load 15 % above nominal (docs/models/power.md). Storage in the power
        // shelves cuts the peak by 25 % (S20): 1.15 × 0.75 < 1, so the grid sees the steady peak alone.
        var peak = Metric(plain, "power.peakFacilityMw").Value!.Value;
        var it = Metric(plain, "factory.itPowerMw").Value!.Value;
        Assert.Equal(peak + (0.15 * it), Metric(plain, "power.gridPeakMw").Value!.Value, 6);
        Assert.Equal(Metric(cut, "power.peakFacilityMw").Value!.Value, Metric(cut, "power.gridPeakMw").Value!.Value, 6);
    }

    [Fact]
    public async Task Evaluate_OutputPriceDoubled_DoublesRevenueWhenInputIsFree()
    {
        var once = Sample("vera-rubin-nvl72.json");
        once["economics"] = new JsonObject { ["inputUsdPerMillionTokens"] = 0, ["outputUsdPerMillionTokens"] = 2 };
        var twice = Sample("vera-rubin-nvl72.json");
        twice["economics"] = new JsonObject { ["inputUsdPerMillionTokens"] = 0, ["outputUsdPerMillionTokens"] = 4 };

        var low = Metric(await EvaluateAsync(once), "economics.annualRevenueUsd");
        var high = Metric(await EvaluateAsync(twice), "economics.annualRevenueUsd");

        // Revenue = output tokens a year × price: the same tokens at twice the price.
        Assert.Equal(2 * low.Value!.Value, high.Value!.Value, 1e-6 * high.Value.Value);
        Assert.Equal(2 * low.High!.Value, high.High!.Value, 1e-6 * high.High.Value);
    }

    [Fact]
    public async Task Evaluate_UtilisationGiven_ScalesRevenueAndIsExact()
    {
        var half = Sample("vera-rubin-nvl72.json");
        half["economics"] = new JsonObject { ["utilisation"] = 0.4 };
        var full = Sample("vera-rubin-nvl72.json");
        full["economics"] = new JsonObject { ["utilisation"] = 0.8 };

        var at40 = Metric(await EvaluateAsync(half), "economics.annualRevenueUsd");
        var at80 = Metric(await EvaluateAsync(full), "economics.annualRevenueUsd");

        Assert.Equal(2 * at40.Value!.Value, at80.Value!.Value, 1e-6 * at80.Value.Value);
        Assert.Equal("user", at80.Provenance.Basis);
    }

    [Fact]
    public async Task Evaluate_NoTokenPrice_WithholdsPaybackWithAWarning()
    {
        var document = Sample("vera-rubin-nvl72.json");
        document["economics"] = new JsonObject { ["inputUsdPerMillionTokens"] = 0, ["outputUsdPerMillionTokens"] = 0 };

        var report = await EvaluateAsync(document);

        Assert.Equal(0, Metric(report, "economics.annualRevenueUsd").Value);
        var payback = Metric(report, "economics.paybackYears");
        Assert.Null(payback.Value);
        Assert.Equal(["economics.noPayback"], payback.BlockedBy);
        Assert.Contains(report.Diagnostics, d => d.Code == "economics.noPayback" && d.Severity == "warning");
    }

    [Fact]
    public async Task Evaluate_MoreCrewsAndStations_BuildTheFactoryFaster()
    {
        var few = Sample("gb200-nvl72.json");
        few["factory"]!["crews"] = 1;
        few["factory"]!["testStations"] = 1;
        var many = Sample("gb200-nvl72.json");
        many["factory"]!["crews"] = 20;
        many["factory"]!["testStations"] = 40;

        var slow = Metric(await EvaluateAsync(few), "assembly.factoryBuildOutDays");
        var fast = Metric(await EvaluateAsync(many), "assembly.factoryBuildOutDays");

        Assert.True(fast.High < slow.Low, $"20 crews: up to {fast.High} days; 1 crew: from {slow.Low} days");
    }

    [Fact]
    public async Task Evaluate_EveryFacilityMemberAtItsLimits_Returns200WithFiniteNumbers()
    {
        // The ends of every accepted range together: the models must not divide by zero or overflow on any of them.
        var document = Sample("vera-rubin-nvl72.json");
        document["site"]!["approachK"] = 30;
        document["site"]!["chillerCop"] = 1;
        document["site"]!["heatRejection"] = "coolingTower";
        document["site"]!["hourlyAmbientC"] = new JsonArray([.. Enumerable.Range(0, 8760).Select(h => (JsonNode)(h % 2 == 0 ? -70.0 : 60.0))]);
        document["factory"] = new JsonObject
        {
            ["halls"] = new JsonArray(new JsonObject
            {
                ["id"] = "hall-1",
                ["rows"] = new JsonArray(new JsonObject { ["id"] = "row-1", ["rack"] = "rack-a1", ["rackCount"] = 1_000_000, ["cduRedundancy"] = "2n" }),
            }),
            ["crews"] = 1, ["testStations"] = 10_000,
            ["crewHoursPerDay"] = 1,
            ["burnInHours"] = 0,
        };
        document["power"] = new JsonObject { ["mode"] = "maxP", ["peakSmoothing"] = true, ["distributionLossFraction"] = 0.5 };
        document["economics"] = new JsonObject
        {
            ["facilityUsdPerMw"] = 0, ["depreciationYears"] = 30, ["costOfCapital"] = 0, ["utilisation"] = 0.01, ["maintenanceFraction"] = 1,
            ["inputUsdPerMillionTokens"] = 10_000, ["outputUsdPerMillionTokens"] = 10_000, ["priceDeclinePerYear"] = 0.99, ["demandGrowthPerYear"] = 10,
        };

        var report = await EvaluateAsync(document);

        Assert.All(report.Metrics.Where(m => m.Value is not null), m => Assert.True(m.Low <= m.Value && m.Value <= m.High, $"{m.Id}: {m.Value} [{m.Low}, {m.High}]"));
        Assert.All(report.Series.SelectMany(s => s.Points), p => Assert.True(double.IsFinite(p[0]) && double.IsFinite(p[1])));
    }

    [Fact]
    public async Task Evaluate_TheFormatDocumentsFacilityExample_Returns200WithItsValues()
    {
        // The example in docs/scenario-format.md must stay a valid document: users copy it.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "scenario-format.md")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var markdown = await File.ReadAllTextAsync(Path.Combine(directory.FullName, "docs", "scenario-format.md"));
        var section = markdown[markdown.IndexOf("## Example: the facility members", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var example = JsonNode.Parse(section[start..section.IndexOf("```", start, StringComparison.Ordinal)])!.AsObject();

        // A 200 means every member is spelt right and in range: the reader rejects unknown fields.
        var report = await EvaluateAsync(example);

        // No racks in the example: the plant has no load, so the facility metrics are withheld, not made up.
        Assert.Null(Metric(report, "facility.pue").Value);
    }

    private static JsonObject Sample(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesDirectory, file)))!.AsObject();

    private static MetricDto Metric(EvaluationReportDto report, string id) => Assert.Single(report.Metrics, m => m.Id == id);

    private async Task<EvaluationReportDto> EvaluateAsync(JsonObject document)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostScenarioAsync(document);
        return await response.ReadReportAsync();
    }
}
