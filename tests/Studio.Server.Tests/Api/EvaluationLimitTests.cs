using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Studio.Server.Tests.TestSupport;

namespace Studio.Server.Tests.Api;

/// <summary>The work budget (422 beyond it) and the cap on evaluations at once (503 with Retry-After beyond it and its queue).</summary>
public sealed class EvaluationLimitTests
{
    [Fact]
    public async Task Evaluate_OverTheWorkBudget_Returns422SayingWhatIsLargeAndTheLimit()
    {
        await using var server = new StudioFactory();
        server.Settings["Limits:Evaluation:MaxWorkUnits"] = "40";
        using var client = server.CreateClient();
        var document = await client.GetTemplateDocumentAsync("vera-rubin-nvl72");

        using var response = await client.PostScenarioAsync(document);

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("https://aifactory.studio/problems/over-work-budget", problem.Type);
        problem.AssertError("$", "work units", "rack designs", "at most 40", "Limits:Evaluation:MaxWorkUnits");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(40, body.RootElement.GetProperty("maxWorkUnits").GetInt64());
        Assert.Equal(50, body.RootElement.GetProperty("workUnits").GetInt64());
    }

    [Fact]
    public async Task Compare_BothSidesTogetherOverTheBudget_Returns422CountingBoth()
    {
        var (document, single) = await TemplateAndItsUnitsAsync("vera-rubin-nvl72");
        await using var limited = new StudioFactory();
        // One side fits the budget; the two together do not.
        limited.Settings["Limits:Evaluation:MaxWorkUnits"] = (single + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var limitedClient = limited.CreateClient();

        using var evaluate = await limitedClient.PostScenarioAsync(document);
        using var compare = await limitedClient.PostAsync("/api/compare", new StringContent(
            new JsonObject { ["scenario"] = document.DeepClone(), ["baseline"] = new JsonObject { ["scenario"] = document.DeepClone() } }.ToJsonString(),
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, evaluate.StatusCode);
        var problem = await compare.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.AssertError("$", $"asks for {(2 * single).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} work units");
    }

    [Fact]
    public async Task Evaluate_BurstOverTheCapAndQueue_Gets503WithRetryAfterAndTheRestAnswer()
    {
        await using var server = new StudioFactory();
        server.Settings["Limits:Evaluation:MaxConcurrent"] = "1";
        server.Settings["Limits:Evaluation:QueueLimit"] = "1";
        server.Settings["Limits:Evaluation:RetryAfterSeconds"] = "3";
        using var client = server.CreateClient();
        var body = (await client.GetTemplateDocumentAsync("vera-rubin-nvl72")).ToJsonString();

        // Eight at once against one slot and one place in the queue: each evaluation takes tens of milliseconds.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostScenarioAsync(body)));

        var busy = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.NotEmpty(busy);
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) >= 2, "the running evaluation and the queued one answer");
        foreach (var response in busy)
        {
            Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
            var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("https://aifactory.studio/problems/busy", problem.Type);
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    /// <summary>A template's document and the units the server counts for it, read off a 422 from a server whose budget is zero.</summary>
    private static async Task<(JsonObject Document, long Units)> TemplateAndItsUnitsAsync(string id)
    {
        await using var zero = new StudioFactory();
        zero.Settings["Limits:Evaluation:MaxWorkUnits"] = "0";
        using var client = zero.CreateClient();
        var document = await client.GetTemplateDocumentAsync(id);
        using var response = await client.PostScenarioAsync(document);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (document, body.RootElement.GetProperty("workUnits").GetInt64());
    }
}
