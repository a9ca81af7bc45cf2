using System.Net;
using System.Text.Json.Nodes;
using Studio.Contracts.Evaluation;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>The workload's throughput fields through the API: custom models and systems, training studies, their errors.</summary>
public sealed class EvaluateWorkloadTests(StudioFactory factory) : IClassFixture<StudioFactory>
{
    private static readonly string[] s_throughputMetrics =
    [
        "inference.peakTokensPerSecondPerGpu", "inference.tokensPerSecondPerGpuAtTarget", "inference.totalTokensPerSecondPerGpuAtTarget",
        "inference.maxTokensPerSecondPerUser", "inference.ttftSeconds", "training.mfu", "training.stepSeconds",
        "training.timeToTrainDays", "training.gpusForTargetDays",
    ];

    [Theory]
    [InlineData("vera-rubin-nvl72")]
    [InlineData("gb200-nvl72")]
    public async Task Evaluate_Template_ReportsEveryThroughputMetricWithABandAndTheFrontier(string template)
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync(template);

        using var response = await client.PostScenarioAsync(document);
        var report = await response.ReadReportAsync();

        foreach (var id in s_throughputMetrics)
        {
            var metric = Assert.Single(report.Metrics, m => m.Id == id);
            Assert.True(metric.Value is not null, $"{id} was withheld: {string.Join(", ", metric.BlockedBy)}");
            Assert.InRange(metric.Value!.Value, metric.Low!.Value, metric.High!.Value);
            Assert.Equal("derived", metric.Provenance.Kind);
        }

        var frontier = Assert.Single(report.Series, s => s.Id == "inference.frontier");
        Assert.True(frontier.Points.Count > 3, "the frontier should have several points");
        Assert.All(frontier.Points, p => Assert.Equal(2, p.Length));
        Assert.Contains(report.Series, s => s.Id == "training.timeVsGpus");
    }

    [Fact]
    public async Task Evaluate_RubinAgainstGb200_ServesMoreDeepSeekTokensPerGpuAtTheTarget()
    {
        // Same workload (DeepSeek-R1, NVFP4, 8K/1K at 50 tokens/s per user): Rubin has 3.5× the dense NVFP4 peak
        // (35 vs 10 PF, S5/S27) and 2.75× the HBM bandwidth (22 vs 8 TB/s), so it must serve more per GPU.
        using var client = factory.CreateClient();
        var rubin = await AtTargetAsync(client, "vera-rubin-nvl72");
        var gb200 = await AtTargetAsync(client, "gb200-nvl72");

        Assert.True(rubin > gb200, $"Rubin {rubin:0} tokens/s per GPU, GB200 {gb200:0}");
    }

    [Fact]
    public async Task Evaluate_CustomDenseModelOnCustomA100System_UsesBothAndMarksThemAsUserValues()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("gb200-nvl72");
        var workload = document["workload"]!.AsObject();
        workload["model"] = "custom";
        workload["precision"] = "bf16";
        workload["inputTokens"] = 1024;
        workload["outputTokens"] = 256;
        workload["targetTokensPerSecondPerUser"] = 20;
        workload["customModel"] = new JsonObject
        {
            ["name"] = "Dense 7B", ["layers"] = 32, ["hidden"] = 4096, ["vocab"] = 32000, ["attention"] = "gqa",
            ["heads"] = 32, ["kvHeads"] = 8, ["headDim"] = 128, ["denseLayers"] = 32, ["denseFfn"] = 14336,
        };
        workload["customSystem"] = A100System();

        using var response = await client.PostScenarioAsync(document);
        var report = await response.ReadReportAsync();

        var peak = Assert.Single(report.Metrics, m => m.Id == "inference.peakTokensPerSecondPerGpu");
        Assert.NotNull(peak.Value);
        Assert.Equal("user", peak.Provenance.Basis);
        Assert.Contains("TP", peak.Provenance.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_CustomSystemWithoutNvfp4_ReportsTheFindingAndWithholdsServing()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("gb200-nvl72");
        document["workload"]!["customSystem"] = A100System();

        using var response = await client.PostScenarioAsync(document);
        var report = await response.ReadReportAsync();

        var finding = Assert.Single(report.Diagnostics, d => d.Code == "inference.precisionUnsupported");
        Assert.Contains("NVFP4", finding.Message, StringComparison.Ordinal);
        var peak = Assert.Single(report.Metrics, m => m.Id == "inference.peakTokensPerSecondPerGpu");
        Assert.Null(peak.Value);
        Assert.Contains("inference.precisionUnsupported", peak.BlockedBy);

        // Training on the same system falls back to BF16 and says so, still reporting its numbers.
        Assert.Contains(report.Diagnostics, d => d.Code == "training.precisionFallback");
    }

    [Fact]
    public async Task Evaluate_PinnedTrainingWhoseSizesDoNotMultiplyOut_ReportsWhichAndWithholdsTraining()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        document["workload"]!["training"] = new JsonObject
        {
            ["configuration"] = new JsonObject
            {
                ["gpus"] = 1000, ["tensorParallel"] = 8, ["pipelineParallel"] = 8, ["dataParallel"] = 16, ["globalBatch"] = 1536,
            },
        };

        using var response = await client.PostScenarioAsync(document);
        var report = await response.ReadReportAsync();

        var finding = Assert.Single(report.Diagnostics, d => d.Code == "training.pinnedInvalid");
        Assert.Contains("1000 GPUs ≠ tensor 8 × pipeline 8 × data 16", finding.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(report.Metrics, m => m.Id == "training.mfu").Value);
    }

    [Fact]
    public async Task Evaluate_PinnedFsdpWithContextParallelism_EvaluatesItAsPinned()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        document["workload"]!["training"] = new JsonObject
        {
            ["model"] = "gpt3-175b",
            ["configuration"] = new JsonObject
            {
                ["gpus"] = 72, ["tensorParallel"] = 4, ["contextParallel"] = 2, ["pipelineParallel"] = 1, ["dataParallel"] = 9,
                ["globalBatch"] = 72, ["microBatch"] = 1, ["sequenceParallel"] = true, ["recompute"] = "selective", ["sharding"] = "weights",
            },
        };

        using var response = await client.PostScenarioAsync(document);
        var report = await response.ReadReportAsync();

        var mfu = Assert.Single(report.Metrics, m => m.Id == "training.mfu");
        Assert.NotNull(mfu.Value);
        Assert.Contains("TP 4 × CP 2 × PP 1 × DP 9", mfu.Provenance.Note, StringComparison.Ordinal);
        Assert.Contains("ZeRO-3 (FSDP)", mfu.Provenance.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sharding", "\"zero4\"", "$.workload.training.configuration.sharding", "Unknown sharding 'zero4'")]
    [InlineData("contextParallel", "0", "$.workload.training.configuration.contextParallel", "out of range")]
    [InlineData("dualPipe", "true", "$.workload.training.configuration.dualPipe", "interleave to 2")]
    public async Task Evaluate_BadPinnedTrainingOption_Returns400AtThePath(string field, string value, string path, string fragment)
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var configuration = new JsonObject
        {
            ["gpus"] = 72, ["tensorParallel"] = 8, ["pipelineParallel"] = 1, ["dataParallel"] = 9, ["globalBatch"] = 72,
        };
        configuration[field] = JsonNode.Parse(value);
        document["workload"]!["training"] = new JsonObject { ["configuration"] = configuration };

        using var response = await client.PostScenarioAsync(document);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.AssertError(path, fragment);
    }

    [Theory]
    [InlineData("model", "\"llama-3.1-405b\"", "$.workload.model", "set model to \"custom\"")]
    [InlineData("attention", "\"ring\"", "$.workload.customModel.attention", "Unknown attention 'ring'")]
    [InlineData("kvHeads", "64", "$.workload.customModel.kvHeads", "out of range")]
    public async Task Evaluate_BadCustomModel_Returns400AtThePath(string field, string value, string path, string fragment)
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var workload = document["workload"]!.AsObject();
        workload["model"] = "custom";
        workload["customModel"] = new JsonObject
        {
            ["name"] = "Bad", ["layers"] = 4, ["hidden"] = 1024, ["vocab"] = 1000, ["attention"] = "gqa",
            ["heads"] = 16, ["kvHeads"] = 4, ["headDim"] = 64, ["denseLayers"] = 4, ["denseFfn"] = 4096,
        };
        if (field == "model")
        {
            workload["model"] = JsonNode.Parse(value);
        }
        else
        {
            workload["customModel"]![field] = JsonNode.Parse(value);
        }

        using var response = await client.PostScenarioAsync(document);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.AssertError(path, fragment);
    }

    [Fact]
    public async Task Evaluate_CustomModelNamedWithoutItsShape_Returns400()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        document["workload"]!["model"] = "custom";

        using var response = await client.PostScenarioAsync(document);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.AssertError("$.workload.model", "\"custom\" needs a customModel");
    }

    [Theory]
    [InlineData("precision", "\"fp16\"", "$.workload.training.precision", "Unknown precision 'fp16'")]
    [InlineData("targetDays", "0", "$.workload.training.targetDays", "out of range")]
    [InlineData("trainingTokens", "-1", "$.workload.training.trainingTokens", "out of range")]
    [InlineData("model", "\"gpt5\"", "$.workload.training.model", "Unknown model 'gpt5'")]
    public async Task Evaluate_BadTrainingStudy_Returns400AtThePath(string field, string value, string path, string fragment)
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        document["workload"]!["training"] = new JsonObject { [field] = JsonNode.Parse(value) };

        using var response = await client.PostScenarioAsync(document);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.AssertError(path, fragment);
    }

    [Fact]
    public async Task Evaluate_CustomSystemWithNoBf16OrFp8Peak_Returns400()
    {
        using var client = factory.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");
        var system = A100System();
        system["densePflops"] = new JsonObject { ["nvfp4"] = 1.0 };
        document["workload"]!["customSystem"] = system;

        using var response = await client.PostScenarioAsync(document);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.AssertError("$.workload.customSystem.densePflops", "at least a bf16");
    }

    /// <summary>An A100 SXM 80GB HGX node as a user would type it (X14 datasheet figures).</summary>
    private static JsonObject A100System() => new()
    {
        ["name"] = "A100 HGX",
        ["densePflops"] = new JsonObject { ["bf16"] = 0.312 },
        ["hbmGb"] = 80,
        ["hbmBandwidthTBps"] = 2.039,
        ["scaleUpDomainGpus"] = 8,
        ["scaleUpTBps"] = 0.6,
        ["scaleOutGbps"] = 200,
        ["gpuPowerKw"] = 0.4,
    };

    private static async Task<double> AtTargetAsync(HttpClient client, string template)
    {
        var document = await client.GetTemplateDocumentAsync(template);
        using var response = await client.PostScenarioAsync(document);
        EvaluationReportDto report = await response.ReadReportAsync();
        return Assert.Single(report.Metrics, m => m.Id == "inference.tokensPerSecondPerGpuAtTarget").Value!.Value;
    }
}
