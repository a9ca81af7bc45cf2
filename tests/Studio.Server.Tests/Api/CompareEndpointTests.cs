using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Studio.Contracts;
using Studio.Contracts.Evaluation;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>POST /api/compare: the design against a template or a second scenario, deltas, the waterfall, and bad requests.</summary>
public sealed class CompareEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode body) =>
        client.PostAsync("/api/compare", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    private static async Task<ComparisonDto> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        var comparison = JsonSerializer.Deserialize(body, StudioJsonContext.Default.ComparisonDto)!;
        Assert.Empty(ReportInvariants.WithheldWithoutFinding(comparison.Design));
        Assert.Empty(ReportInvariants.WithheldWithoutFinding(comparison.Baseline));
        return comparison;
    }

    [Fact]
    public async Task Compare_RubinAgainstGb200Template_BaselineRunsAtItsOwnSupplyWithTheDesignsWorkload()
    {
        using var client = factory.CreateClient();
        var design = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        design["workload"]!["targetTokensPerSecondPerUser"] = 100;

        using var response = await PostAsync(client, new JsonObject { ["scenario"] = design, ["baseline"] = new JsonObject { ["template"] = "gb200-nvl72" } });
        var comparison = await ReadAsync(response);

        // Blackwell is not specified for 45 °C: the template runs at 35 °C (FacilityDefaults, ASHRAE W40 class).
        Assert.Equal("template", comparison.BaselineKind);
        Assert.Equal(35, comparison.BaselineSupplyC);
        Assert.Null(comparison.Waterfall);
        var gpus = Assert.Single(comparison.Deltas, d => d.Id == "rack.gpuCount");
        Assert.Equal(72, gpus.Design);
        Assert.Equal(72, gpus.Baseline);
        Assert.Equal(1, gpus.Ratio);
        Assert.Equal(0, gpus.Difference);

        // Tray assembly: 5 min against 120 min (S42, S43): ratio 1/24.
        var tray = Assert.Single(comparison.Deltas, d => d.Id == "assembly.computeTrayMinutes");
        Assert.Equal(5.0 / 120, tray.Ratio!.Value, 1e-12);
        Assert.Equal(-115, tray.Difference);
    }

    [Fact]
    public async Task Compare_EveryDelta_IsTheDifferenceAndRatioOfTheTwoReports()
    {
        using var client = factory.CreateClient();
        var design = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");

        using var response = await PostAsync(client, new JsonObject { ["scenario"] = design, ["baseline"] = new JsonObject { ["template"] = "gb300-nvl72" } });
        var comparison = await ReadAsync(response);

        foreach (var delta in comparison.Deltas)
        {
            var d = comparison.Design.Metrics.Single(m => m.Id == delta.Id).Value;
            var b = comparison.Baseline.Metrics.SingleOrDefault(m => m.Id == delta.Id)?.Value;
            Assert.Equal(d, delta.Design);
            Assert.Equal(b, delta.Baseline);
            Assert.Equal(d is { } dv && b is { } bv ? dv - bv : null, delta.Difference);
            Assert.Equal(d is { } dr && b is { } br && br != 0 ? dr / br : null, delta.Ratio);
        }
    }

    [Fact]
    public async Task Compare_TwoScenariosWithExplain_WaterfallStepsSumToTheDifference()
    {
        using var client = factory.CreateClient();
        var baseline = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var design = baseline.DeepClone().AsObject();
        design["site"]!["electricityUsdPerKwh"] = 0.16;
        design["site"]!["coolantSupplyC"] = 40;

        using var response = await PostAsync(client, new JsonObject
        {
            ["scenario"] = design,
            ["baseline"] = new JsonObject { ["scenario"] = baseline },
            ["explain"] = "economics.costPerMillionTokensUsd",
        });
        var comparison = await ReadAsync(response);

        var waterfall = comparison.Waterfall!;
        Assert.Equal("scenario", comparison.BaselineKind);
        Assert.Equal(["Coolant supply temperature", "Electricity price"], waterfall.Steps.Select(s => s.Change));
        Assert.Equal(waterfall.Design!.Value - waterfall.Baseline!.Value, waterfall.Steps.Sum(s => s.Delta!.Value), 1e-12);
        Assert.Equal(waterfall.Design, waterfall.Steps[^1].ValueAfter);

        // Doubling the electricity price raises the cost per token; it is the larger of the two moves.
        Assert.True(waterfall.Steps[1].Delta > 0);
        Assert.True(Math.Abs(waterfall.Steps[1].Delta!.Value) > Math.Abs(waterfall.Steps[0].Delta!.Value));
    }

    [Fact]
    public async Task Compare_BadEnvelope_EveryProblemWithItsPath()
    {
        using var client = factory.CreateClient();
        var design = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        design["racks"]![0]!["partId"] = "vr.rackk";

        using var response = await PostAsync(client, new JsonObject
        {
            ["scenario"] = design,
            ["baseline"] = new JsonObject { ["template"] = "gb400-nvl72" },
            ["explain"] = "economics.costPerMilionTokensUsd",
            ["colour"] = "red",
        });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var paths = problem.Errors!.Select(e => e.Path).ToList();
        Assert.Contains("$.colour", paths);
        Assert.Contains("$.scenario.racks[0].partId", paths);
        Assert.Contains("$.baseline.template", paths);
        Assert.Contains(problem.Errors!, e => e.Path == "$.explain" && e.Message.Contains("economics.costPerMillionTokensUsd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}", "$.scenario")]
    [InlineData("[]", "$")]
    [InlineData("{\"scenario\": {}, \"baseline\": {}}", "$.baseline")]
    [InlineData("{\"scenario\": {}, \"baseline\": {\"template\": 7}}", "$.baseline.template")]
    [InlineData("{\"scenario\": 1, \"baseline\": {\"template\": \"gb200-nvl72\"}}", "$.scenario")]
    [InlineData("{\"scenario\": {\"schemaVersion\": 1}, \"baseline\": {\"template\": \"gb200-nvl72\"}, \"explain\": 3}", "$.explain")]
    [InlineData("{\"scenario\": ", "$")]
    public async Task Compare_MalformedBody_BadRequestNamingWhere(string body, string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/compare", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors!, e => e.Path == path);
    }

    [Fact]
    public async Task Compare_OversizedBody_PayloadTooLarge()
    {
        using var client = factory.CreateClient();
        var body = "{\"scenario\": \"" + new string('x', (2 * 1024 * 1024) + (64 * 1024)) + "\"}";

        using var response = await client.PostAsync("/api/compare", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
